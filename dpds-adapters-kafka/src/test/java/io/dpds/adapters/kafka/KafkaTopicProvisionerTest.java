package io.dpds.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceLoader;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import io.dpds.test.AdapterContract;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The topic provisioner against a real broker: the adapter kit, then what it does to topics. */
@ExtendWith(Broker.class)
class KafkaTopicProvisionerTest extends AdapterContract<KafkaTopicProvisioner> {

  private static final AtomicInteger RUNS = new AtomicInteger();

  /** Each adapter gets topics of its own: a fresh prefix on the shared broker. */
  private String prefix = "t" + RUNS.incrementAndGet() + ".";

  static final String DESCRIPTOR = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1
        name: trips
        version: 1.0.0
        domain: logistics
        owner: {id: fleet@acme.com}
      interfaceComponents:
        outputPorts:
          - name: status
            version: 1.0.0
            promises:
              platform: kafka
              servicesType: streaming-services
              api:
                name: statusApi
                version: 1.0.0
                specification: asyncapi
                specificationVersion: 2.6.0
                definition:
                  asyncapi: 2.6.0
                  info: {title: status, version: 1.0.0}
                  channels:
                    fleet.trip-status:
                      bindings:
                        kafka:
                          partitions: 3
                          topicConfiguration:
                            cleanup.policy: [compact]
                            retention.ms: 604800000
                      subscribe:
                        message:
                          payload: {type: object}
                    fleet.trip-position:
                      bindings:
                        kafka: {topic: fleet.positions, partitions: 2}
                      subscribe:
                        message:
                          payload: {type: object}
      internalComponents:
        applicationComponents:
          - {name: processor, version: 1.0.0}
        infrastructuralComponents:
          - name: eventStore
            version: 1.0.0
            platform: confluent:eu-west-1:kafka
            x-topics:
              - {name: fleet.trip-status}
              - {name: fleet.positions, partitions: 4}
              - {name: fleet.trip-events, partitions: 2, config: {retention.ms: "86400000"}}
        lifecycleInfo:
          dev:
            - {name: smoke, service: {$href: "{kit}"}}
      """;

  static ResolvedDescriptor load(String yaml) {
    URI uri = URI.create("mem://kafka/descriptor.yaml");
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(), yaml)))
        .build().load(uri);
    return loaded.resolved().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
  }

  @Override
  protected ResolvedDescriptor descriptor() {
    return load(DESCRIPTOR);
  }

  @Override
  protected KafkaTopicProvisioner adapter() {
    prefix = "t" + RUNS.incrementAndGet() + ".";
    return KafkaTopicProvisioner.builder().bootstrapServers(Broker.bootstrapServers()).topicPrefix(prefix).build();
  }

  @Override
  protected CompletionStage<StepResult> call(KafkaTopicProvisioner adapter, AdapterContext context) {
    return adapter.provision(context, infrastructure(context));
  }

  /**
   * {@return the topics of {@code prefix} once {@code settled} holds of them, or as they are after 30 s} A change the
   * controller has acknowledged (more partitions, another setting) reaches what the broker describes a moment later.
   */
  private static Map<String, String> topicsOnce(String prefix, Predicate<Map<String, String>> settled)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    Map<String, String> state = topics(prefix);
    while (!settled.test(state) && System.nanoTime() < end) {
      Thread.sleep(50);
      state = topics(prefix);
    }
    return state;
  }

  /** The topics of this adapter's prefix, with their partitions and the configuration entries set on them. */
  @Override
  protected Object observe() {
    return topics(prefix);
  }

  static Map<String, String> topics(String prefix) {
    try (Admin admin = Broker.admin()) {
      var names = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(n -> n.startsWith(prefix))
          .toList();
      Map<String, String> state = new TreeMap<>();
      if (names.isEmpty()) {
        return state;
      }
      Map<String, TopicDescription> described = new TreeMap<>();
      for (var topic : admin.describeTopics(names).topicNameValues().entrySet()) {
        try {
          described.put(topic.getKey(), topic.getValue().get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          // being deleted: listed a moment longer than it exists
        }
      }
      names = java.util.List.copyOf(described.keySet());
      Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
          .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get(30, TimeUnit.SECONDS);
      for (String name : names) {
        Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
        state.put(name, described.get(name).partitions().size() + " partitions, cleanup.policy "
            + config.get("cleanup.policy").value() + ", retention.ms " + config.get("retention.ms").value());
      }
      return state;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private StepResult provision(KafkaTopicProvisioner adapter, String yaml, String key) throws Exception {
    ResolvedDescriptor descriptor = load(yaml);
    InfrastructuralComponent component =
        descriptor.descriptor().internalComponents().orElseThrow().infrastructuralComponents().get(0);
    AdapterContext context = AdapterContext.builder().correlationId("c").product(
        "urn:dpds:com.acme:dataproducts:trips:1", "1.0.0").stage("dev").step("provision:eventStore", key)
        .deadline(Instant.now().plusSeconds(60)).descriptor(descriptor)
        .secrets(Secrets.of(Map.of(KafkaTopicProvisioner.PASSWORD_SECRET, "s3cr3t-kafka"))).build();
    return adapter.provision(context, component).toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @Test
  void topicsComeFromTheBindingsAndTheComponentWhichWinsWhereItSaysMore() throws Exception {
    KafkaTopicProvisioner adapter = adapter();

    StepResult result = provision(adapter, DESCRIPTOR, "k1");

    assertThat(topics(prefix)).containsExactly(
        Map.entry(prefix + "fleet.positions", "4 partitions, cleanup.policy delete, retention.ms 604800000"),
        Map.entry(prefix + "fleet.trip-events", "2 partitions, cleanup.policy delete, retention.ms 86400000"),
        Map.entry(prefix + "fleet.trip-status", "3 partitions, cleanup.policy compact, retention.ms 604800000"));
    assertThat(result.outputs().get("created").split(",")).hasSize(3);
    assertThat(result.message()).doesNotContain("s3cr3t");

    StepResult again = provision(adapter, DESCRIPTOR, "k2");
    assertThat(again.outputs().get("created")).isEmpty();
    assertThat(again.outputs().get("unchanged").split(",")).hasSize(3);
  }

  @Test
  void moreTopicPartitionsAndNewSettingsAreAppliedToLiveTopics() throws Exception {
    KafkaTopicProvisioner adapter = adapter();
    provision(adapter, DESCRIPTOR, "k1");

    StepResult changed = provision(adapter, DESCRIPTOR.replace("partitions: 4}", "partitions: 6}")
        .replace("retention.ms: \"86400000\"", "retention.ms: \"3600000\""), "k2");

    assertThat(changed.outputs()).containsEntry("partitionsRaised", prefix + "fleet.positions")
        .containsEntry("configured", prefix + "fleet.trip-events");
    Map<String, String> expected = Map.of(
        prefix + "fleet.positions", "6 partitions, cleanup.policy delete, retention.ms 604800000",
        prefix + "fleet.trip-events", "2 partitions, cleanup.policy delete, retention.ms 3600000");
    assertThat(topicsOnce(prefix, state -> state.entrySet().containsAll(expected.entrySet())))
        .containsAllEntriesOf(expected);
  }

  @Test
  void fewerPartitionsOrAnotherCleanupPolicyOnALiveTopicAreRefusedWhereDeclaredAndNothingChanges() throws Exception {
    KafkaTopicProvisioner adapter = adapter();
    provision(adapter, DESCRIPTOR, "k1");
    Map<String, String> before = topics(prefix);

    String fewer = DESCRIPTOR.replace("partitions: 4}", "partitions: 1}").replace("cleanup.policy: [compact]",
        "cleanup.policy: [delete]").replace("partitions: 2, config", "partitions: 5, config");

    assertThatThrownBy(() -> provision(adapter, fewer, "k2")).isInstanceOf(ExecutionException.class)
        .cause().hasMessageContaining("Refused, nothing changed")
        .hasMessageContaining("mem://kafka/descriptor.yaml:").hasMessageContaining("topic " + prefix
            + "fleet.positions has 4 partitions; 1 would drop data")
        .hasMessageContaining("topic " + prefix + "fleet.trip-status is live with cleanup.policy compact");
    assertThat(topics(prefix)).as("nothing changed, not even the allowed raise").isEqualTo(before);
  }

  @Test
  void undoDeletesOnlyTheTopicsItCreated() throws Exception {
    KafkaTopicProvisioner adapter = adapter();
    try (Admin admin = Broker.admin()) {
      admin.createTopics(java.util.List.of(new org.apache.kafka.clients.admin.NewTopic(prefix + "fleet.trip-events",
          2, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    ResolvedDescriptor descriptor = load(DESCRIPTOR);
    AdapterContext context = AdapterContext.builder().correlationId("c").product(
        "urn:dpds:com.acme:dataproducts:trips:1", "1.0.0").stage("dev").step("provision:eventStore", "undo")
        .deadline(Instant.now().plusSeconds(60)).descriptor(descriptor).build();
    StepResult done = provision(adapter, DESCRIPTOR, "undo");

    adapter.undo(context, done).toCompletableFuture().get(60, TimeUnit.SECONDS);

    assertThat(topics(prefix)).containsOnlyKeys(prefix + "fleet.trip-events");
  }

  @Test
  void aComponentThatIsNotKafkasIsLeftAlone() throws Exception {
    KafkaTopicProvisioner adapter = adapter();

    StepResult result = provision(adapter, DESCRIPTOR.replace("platform: confluent:eu-west-1:kafka",
        "platform: aws:s3").replace("x-topics:", "x-notes:"), "k");

    assertThat(result.message()).contains("not a Kafka component");
    assertThat(topics(prefix)).isEmpty();
  }

  @Test
  void aHundredTopicsAreProvisionedOnceAndASecondRunChangesNothing() throws Exception {
    StringBuilder declared = new StringBuilder("      x-topics:\n");
    for (int i = 0; i < 100; i++) {
      declared.append("        - {name: bulk.topic-").append(i).append(", partitions: 2}\n");
    }
    String hundred = DESCRIPTOR.replace("x-topics:", "x-before:").replace(
        "      platform: confluent:eu-west-1:kafka\n", "      platform: confluent:eu-west-1:kafka\n" + declared);
    KafkaTopicProvisioner adapter = adapter();

    long start = System.nanoTime();
    StepResult first = provision(adapter, hundred, "bulk-1");
    long firstMillis = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    StepResult second = provision(adapter, hundred, "bulk-2");
    long secondMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(first.outputs().get("created").split(",")).hasSize(100);
    assertThat(second.outputs().get("created")).isEmpty();
    assertThat(second.outputs().get("unchanged").split(",")).hasSize(100);
    assertThat(topics(prefix)).hasSize(100);
    System.out.println("100 topics: provisioned in " + firstMillis + " ms; the second run, changing nothing, in "
        + secondMillis + " ms");
  }

  @Test
  void bootstrapServersAreRequired() {
    assertThatThrownBy(() -> KafkaTopicProvisioner.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bootstrap.servers");
  }
}
