package io.dpds.adapters.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.Api;
import io.dpds.api.ApiNode;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import io.dpds.report.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The topics a product needs, read from its descriptor: the channels of its ports' AsyncAPI definitions (a channel's
 * Kafka binding gives {@code topic}, {@code partitions}, {@code replicas} and {@code topicConfiguration}; without a
 * {@code topic}, the channel's address or name is the topic), and the {@code x-topics} an infrastructural component
 * declares ({@code name}, {@code partitions}, {@code replicas}, {@code cleanupPolicy}, {@code config}). A component
 * that declares topics provisions those, its own settings first and the bindings' for the rest; one that declares
 * none provisions every topic of the ports.
 */
final class Topics {

  private Topics() {}

  /** The topics {@code component} provisions, each name with {@code prefix} in front, in declaration order. */
  static List<TopicSpec> of(ResolvedDescriptor descriptor, InfrastructuralComponent component, String prefix) {
    Map<String, TopicSpec> fromPorts = new LinkedHashMap<>();
    List<Port> ports = descriptor.descriptor().ports();
    Map<PortKind, Integer> index = new LinkedHashMap<>();
    for (Port port : ports) {
      int i = index.merge(port.kind(), 1, Integer::sum) - 1;
      String pointer = "/interfaceComponents/" + port.kind().field() + "/" + i;
      Api.of(descriptor, pointer).filter(api -> api.specification().toLowerCase(Locale.ROOT).startsWith("asyncapi"))
          .ifPresent(api -> channels(api.definition(), prefix, fromPorts));
    }
    JsonNode declared = component.extensions().get("x-topics");
    if (declared == null || !declared.isArray() || declared.isEmpty()) {
      return List.copyOf(fromPorts.values());
    }
    Map<String, TopicSpec> topics = new LinkedHashMap<>();
    String componentPointer = pointerOf(descriptor, component);
    for (int i = 0; i < declared.size(); i++) {
      JsonNode topic = declared.get(i);
      if (!topic.path("name").isTextual()) {
        continue;
      }
      String name = prefix + topic.get("name").asText();
      TopicSpec binding = fromPorts.get(name);
      Map<String, String> configs = new LinkedHashMap<>(binding == null ? Map.of() : binding.configs());
      topic.path("config").fields().forEachRemaining(e -> configs.put(e.getKey(), e.getValue().asText()));
      if (topic.path("cleanupPolicy").isTextual()) {
        configs.put("cleanup.policy", topic.get("cleanupPolicy").asText());
      }
      String where = where(descriptor, componentPointer + "/x-topics/" + i);
      Integer partitions = topic.path("partitions").canConvertToInt()
          ? Integer.valueOf(topic.get("partitions").asInt()) : binding == null ? null : binding.partitions();
      Short replicas = topic.path("replicas").canConvertToInt()
          ? Short.valueOf((short) topic.get("replicas").asInt()) : binding == null ? null : binding.replicas();
      topics.put(name, new TopicSpec(name, partitions, replicas, configs, where));
    }
    return List.copyOf(topics.values());
  }

  /** The channels of an AsyncAPI 2 or 3 definition, as topics. */
  private static void channels(ApiNode definition, String prefix, Map<String, TopicSpec> topics) {
    JsonNode channels = definition.node().path("channels");
    channels.fields().forEachRemaining(entry -> {
      ApiNode channel = definition.at("/channels/" + Pointers.escape(entry.getKey())).dereferenced();
      JsonNode kafka = channel.node().path("bindings").path("kafka");
      String address = channel.node().path("address").isTextual() ? channel.node().get("address").asText()
          : entry.getKey();
      String name = prefix + (kafka.path("topic").isTextual() ? kafka.get("topic").asText() : address);
      Map<String, String> configs = new LinkedHashMap<>();
      kafka.path("topicConfiguration").fields().forEachRemaining(e -> configs.put(e.getKey(),
          e.getValue().isArray() ? String.join(",", texts(e.getValue())) : e.getValue().asText()));
      Integer partitions = kafka.path("partitions").canConvertToInt()
          ? Integer.valueOf(kafka.get("partitions").asInt()) : null;
      Short replicas = kafka.path("replicas").canConvertToInt()
          ? Short.valueOf((short) kafka.get("replicas").asInt()) : null;
      String where = channel.locate("/bindings/kafka").map(Topics::display)
          .orElse(definition.pointer("/channels/" + Pointers.escape(entry.getKey())));
      topics.putIfAbsent(name, new TopicSpec(name, partitions, replicas, configs, where));
    });
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(v -> texts.add(v.asText()));
    return texts;
  }

  private static String pointerOf(ResolvedDescriptor descriptor, InfrastructuralComponent component) {
    var internal = descriptor.descriptor().internalComponents();
    if (internal.isPresent()) {
      int i = internal.get().infrastructuralComponents().indexOf(component);
      if (i >= 0) {
        return "/internalComponents/infrastructuralComponents/" + i;
      }
    }
    return "/internalComponents/infrastructuralComponents";
  }

  private static String where(ResolvedDescriptor descriptor, String pointer) {
    return descriptor.locate(pointer).map(Topics::display).orElse(pointer);
  }

  /** A location as people read it: a local file by its path, anything else by its URI. */
  private static String display(SourceLocation at) {
    return at.toString(Path.of(""));
  }
}
