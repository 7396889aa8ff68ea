package io.dpds.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.compat.ApiPayloads;
import io.dpds.diag.SourceLocation;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A node an assertion looks at: its value, its pointer in the resolved descriptor, and, when it is (or is inside) a
 * port, the port's API: the virtual members {@code $api} (the definition) and {@code $payloads} (its payload schemas,
 * each {@code {format, schema, owner}}).
 *
 * @param location where the node was written when it is not at {@code pointer} of the descriptor (virtual nodes)
 * @param items for the virtual {@code $payloads} array, the place of each item; otherwise null
 */
record Scope(JsonNode node, String pointer, SourceLocation location, Evaluation evaluation, List<Scope> items) {

  private static final Pattern PORT = Pattern.compile("^(/interfaceComponents/\\w+Ports/\\d+)(/.*)?$");

  /** Where this node was written. */
  SourceLocation where() {
    return location != null ? location : evaluation.descriptor().locate(pointer).orElse(null);
  }

  /** A node below this one, at a pointer relative to it; virtual nodes keep this one's place. */
  Scope child(JsonNode value, String relative) {
    if (items != null && relative.length() > 1) {
      int end = relative.indexOf('/', 1);
      String index = end < 0 ? relative.substring(1) : relative.substring(1, end);
      if (index.chars().allMatch(Character::isDigit) && Integer.parseInt(index) < items.size()) {
        return items.get(Integer.parseInt(index)).child(value, "");
      }
    }
    return location != null ? new Scope(value, pointer, location, evaluation, null)
        : new Scope(value, pointer + relative, null, evaluation, null);
  }

  /** The virtual member {@code name} ({@code $api} or {@code $payloads}) of the port this node is in, if any. */
  Optional<Scope> virtual(String name) {
    var port = PORT.matcher(pointer);
    if (location != null || !port.matches()) {
      return Optional.empty();
    }
    return evaluation.api(port.group(1)).map(api -> name.equals("$api")
        ? new Scope(api.definition(), api.pointer(), api.location().orElse(null), evaluation, null)
        : payloads(api));
  }

  private Scope payloads(ApiPayloads api) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    List<Scope> places = new ArrayList<>();
    SourceLocation definition = api.location().orElse(null);
    for (ApiPayloads.Payload p : api.payloads()) {
      ObjectNode item = array.addObject();
      item.put("format", p.format());
      item.set("schema", p.schema());
      item.put("owner", p.owner());
      places.add(new Scope(item, p.pointer(), p.location() != null ? p.location() : definition, evaluation, null));
    }
    return new Scope(array, api.pointer(), definition == null ? where() : definition, evaluation,
        List.copyOf(places));
  }

  /** One evaluation of the policies over one descriptor: the APIs read so far, by port. */
  static final class Evaluation {
    private final ResolvedDescriptor descriptor;
    private final DescriptorLoader loader;
    private final Map<String, Optional<ApiPayloads>> apis = new HashMap<>();

    Evaluation(ResolvedDescriptor descriptor, DescriptorLoader loader) {
      this.descriptor = descriptor;
      this.loader = loader;
    }

    ResolvedDescriptor descriptor() {
      return descriptor;
    }

    synchronized Optional<ApiPayloads> api(String port) {
      return apis.computeIfAbsent(port, p -> ApiPayloads.of(descriptor, p, loader));
    }

    Scope root() {
      return new Scope(descriptor.tree(), "", null, this, null);
    }
  }
}
