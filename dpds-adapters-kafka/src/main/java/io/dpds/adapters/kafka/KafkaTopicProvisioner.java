package io.dpds.adapters.kafka;

import io.dpds.model.InfrastructuralComponent;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisions the Kafka topics a product needs: the channels of its ports' AsyncAPI definitions (a channel's Kafka
 * binding gives {@code topic}, {@code partitions}, {@code replicas} and {@code topicConfiguration}; without a
 * {@code topic}, the channel's address or name is the topic), restricted to, and completed by, the {@code x-topics}
 * the infrastructural component declares ({@code name}, {@code partitions}, {@code replicas}, {@code cleanupPolicy},
 * {@code config}) when it declares any. It creates the missing
 * ones, raises partitions and sets configuration entries where Kafka allows it, and refuses, before changing anything,
 * what would lose data or break consumers: fewer partitions than a live topic has (Kafka cannot remove partitions, and
 * keys would move), or another {@code cleanup.policy} on a live topic (consumers of a compacted topic rely on it). A
 * refusal names where the topic is declared ({@code file:line:column}).
 *
 * <p>Idempotent: the same call again changes nothing. {@code undo} deletes only the topics the calls of that
 * idempotency key created, never one that was there before. Components that are not Kafka's (their {@code platform}
 * does not mention Kafka or Confluent, and they declare no {@code x-topics}) are left alone.
 *
 * <p>Connection: {@link Builder#property} sets any Kafka admin client property (bootstrap servers, security protocol,
 * SASL mechanism); the SASL credentials come from the call's secrets {@code kafka_username} and {@code kafka_password}
 * and are never logged or put in a result.
 */
public final class KafkaTopicProvisioner implements ProvisionService {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaTopicProvisioner.class);

  /** The secret holding the SASL user name. */
  public static final String USERNAME_SECRET = "kafka_username";

  /** The secret holding the SASL password. */
  public static final String PASSWORD_SECRET = "kafka_password";

  private final Map<String, String> properties;
  private final String topicPrefix;
  private final Map<String, Set<String>> createdByKey = new ConcurrentHashMap<>();

  private KafkaTopicProvisioner(Builder b) {
    this.properties = Map.copyOf(b.properties);
    this.topicPrefix = b.topicPrefix;
  }

  /** {@return a builder; {@code bootstrap.servers} is required} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "kafka-topics";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure) {
    return CompletableFuture.supplyAsync(() -> {
      if (!isKafka(infrastructure)) {
        return StepResult.of(infrastructure.name().orElse("component") + " is not a Kafka component: nothing to do");
      }
      List<TopicSpec> topics = Topics.of(context.descriptor(), infrastructure, topicPrefix);
      try (Admin admin = Admin.create(adminProperties(context.secrets()))) {
        return apply(admin, topics, context);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException(context.secrets().redact("Kafka refused or did not answer: "
            + e.getMessage()), null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while provisioning Kafka topics", e);
      }
    });
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return CompletableFuture.runAsync(() -> {
      Set<String> created = new LinkedHashSet<>(createdByKey.getOrDefault(context.idempotencyKey(), Set.of()));
      Optional.ofNullable(done.outputs().get("created")).filter(s -> !s.isEmpty())
          .ifPresent(s -> created.addAll(List.of(s.split(","))));
      if (created.isEmpty()) {
        return;
      }
      try (Admin admin = Admin.create(adminProperties(context.secrets()))) {
        for (var deletion : admin.deleteTopics(created).topicNameValues().entrySet()) {
          try {
            deletion.getValue().get(timeout(context), TimeUnit.MILLISECONDS);
          } catch (ExecutionException e) {
            if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
              throw new IllegalStateException("could not delete topic " + deletion.getKey() + ": "
                  + e.getCause().getMessage(), null);
            }
          }
        }
        awaitGone(admin, created, timeout(context)); // deletion is asynchronous: done means gone
        createdByKey.remove(context.idempotencyKey());
      } catch (TimeoutException e) {
        throw new IllegalStateException("Kafka did not answer in time while deleting " + created, null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while deleting topics", e);
      }
    });
  }

  private StepResult apply(Admin admin, List<TopicSpec> topics, AdapterContext context)
      throws ExecutionException, InterruptedException, TimeoutException {
    long wait = timeout(context);
    Map<String, TopicDescription> live = describe(admin, topics.stream().map(TopicSpec::name).toList(), wait);
    Map<String, Config> configs = live.isEmpty() ? Map.of() : admin.describeConfigs(live.keySet().stream()
        .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all().get(wait, TimeUnit.MILLISECONDS)
        .entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    List<String> refusals = new ArrayList<>();
    List<NewTopic> create = new ArrayList<>();
    Map<String, NewPartitions> raise = new LinkedHashMap<>();
    Map<ConfigResource, Collection<AlterConfigOp>> alter = new LinkedHashMap<>();
    List<String> unchanged = new ArrayList<>();
    for (TopicSpec topic : topics) {
      TopicDescription existing = live.get(topic.name());
      if (existing == null) {
        create.add(new NewTopic(topic.name(), Optional.ofNullable(topic.partitions()),
            Optional.ofNullable(topic.replicas())).configs(topic.configs()));
        continue;
      }
      int partitions = existing.partitions().size();
      if (topic.partitions() != null && topic.partitions() < partitions) {
        refusals.add(topic.where() + ": topic " + topic.name() + " has " + partitions + " partitions; "
            + topic.partitions() + " would drop data and move keys (Kafka cannot remove partitions): keep "
            + partitions + " or more, or use a new topic");
      }
      Config current = configs.get(topic.name());
      String policy = topic.configs().get("cleanup.policy");
      String livePolicy = current == null || current.get("cleanup.policy") == null ? "delete"
          : current.get("cleanup.policy").value();
      if (policy != null && !normalise(policy).equals(normalise(livePolicy))) {
        refusals.add(topic.where() + ": topic " + topic.name() + " is live with cleanup.policy " + livePolicy
            + "; changing it to " + policy + " breaks what its consumers rely on: keep it, or use a new topic");
      }
      List<AlterConfigOp> ops = new ArrayList<>();
      topic.configs().forEach((key, value) -> {
        ConfigEntry entry = current == null ? null : current.get(key);
        if (!key.equals("cleanup.policy") && (entry == null || !value.equals(entry.value()))) {
          ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET));
        }
      });
      if (!ops.isEmpty()) {
        alter.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), ops);
      }
      if (topic.partitions() != null && topic.partitions() > partitions) {
        raise.put(topic.name(), NewPartitions.increaseTo(topic.partitions()));
      }
      if (ops.isEmpty() && !raise.containsKey(topic.name())) {
        unchanged.add(topic.name());
      }
    }
    if (!refusals.isEmpty()) {
      throw new IllegalStateException("Refused, nothing changed:\n" + String.join("\n", refusals), null);
    }
    Set<String> created = createdByKey.computeIfAbsent(context.idempotencyKey(),
        k -> ConcurrentHashMap.newKeySet());
    for (var creation : admin.createTopics(create).values().entrySet()) {
      try {
        creation.getValue().get(wait, TimeUnit.MILLISECONDS);
        created.add(creation.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
        unchanged.add(creation.getKey()); // created meanwhile by someone else: not ours to delete
      }
    }
    awaitDescribed(admin, created, wait); // created means usable: every broker knows it
    if (!raise.isEmpty()) {
      admin.createPartitions(raise).all().get(wait, TimeUnit.MILLISECONDS);
    }
    if (!alter.isEmpty()) {
      admin.incrementalAlterConfigs(alter).all().get(wait, TimeUnit.MILLISECONDS);
    }
    List<String> configured = alter.keySet().stream().map(ConfigResource::name).toList();
    LOG.info("Kafka topics for {}: created {}, partitions raised {}, configured {}, unchanged {}",
        context.productFqn(), created, raise.keySet(), configured, unchanged);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("created", String.join(",", created));
    outputs.put("partitionsRaised", String.join(",", raise.keySet()));
    outputs.put("configured", String.join(",", configured));
    outputs.put("unchanged", String.join(",", unchanged));
    return new StepResult(outputs, "Kafka topics: " + created.size() + " created, " + raise.size()
        + " with more partitions, " + configured.size() + " configured, " + unchanged.size() + " unchanged");
  }

  /** Waits until every topic of {@code topics} is described by the cluster (created means usable). */
  private static void awaitDescribed(Admin admin, Set<String> topics, long wait)
      throws InterruptedException, TimeoutException {
    awaitUntil("topics created but not yet described: " + topics, wait,
        () -> describe(admin, topics, wait).keySet().containsAll(topics));
  }

  /** Waits until no topic of {@code topics} is listed any more (deletion is asynchronous). */
  private static void awaitGone(Admin admin, Set<String> topics, long wait)
      throws InterruptedException, TimeoutException {
    awaitUntil("topics still listed after deletion: " + topics, wait, () -> {
      Set<String> live = admin.listTopics().names().get(wait, TimeUnit.MILLISECONDS);
      return topics.stream().noneMatch(live::contains);
    });
  }

  private static void awaitUntil(String late, long wait, Condition condition)
      throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait);
    try {
      while (!condition.holds()) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(late);
        }
        Thread.sleep(50);
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka refused: " + e.getCause().getMessage(), null);
    }
  }

  /** A state of the cluster waited for. */
  private interface Condition {
    boolean holds() throws ExecutionException, InterruptedException, TimeoutException;
  }

  /** The topics of {@code names} that exist, described; the others are left out. */
  private static Map<String, TopicDescription> describe(Admin admin, Collection<String> names, long wait)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<String, TopicDescription> live = new LinkedHashMap<>();
    var futures = admin.describeTopics(names).topicNameValues();
    for (var entry : futures.entrySet()) {
      try {
        live.put(entry.getKey(), entry.getValue().get(wait, TimeUnit.MILLISECONDS));
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
    }
    return live;
  }

  private static String normalise(String policy) {
    List<String> parts = new ArrayList<>(List.of(policy.toLowerCase(Locale.ROOT).replace(" ", "").split(",")));
    parts.sort(null);
    return String.join(",", parts);
  }

  private static long timeout(AdapterContext context) {
    return Math.max(1_000, Duration.between(Instant.now(), context.deadline()).toMillis());
  }

  private boolean isKafka(InfrastructuralComponent component) {
    String platform = component.platform().orElse("").toLowerCase(Locale.ROOT);
    return platform.contains("kafka") || platform.contains("confluent") || component.extensions().containsKey(
        "x-topics");
  }

  private Properties adminProperties(Secrets secrets) {
    Properties props = new Properties();
    props.putAll(properties);
    Optional<String> user = secrets.get(USERNAME_SECRET);
    Optional<String> password = secrets.get(PASSWORD_SECRET);
    if (user.isPresent() && password.isPresent()) {
      props.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
          + user.get().replace("\"", "\\\"") + "\" password=\"" + password.get().replace("\"", "\\\"") + "\";");
    }
    props.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "30000");
    return props;
  }

  /** Builds a {@link KafkaTopicProvisioner}. */
  public static final class Builder {
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String topicPrefix = "";

    private Builder() {}

    /**
     * Sets a Kafka admin client property, e.g. {@code security.protocol -> SASL_SSL}.
     *
     * @param key the property's name
     * @param value its value
     * @return this builder
     */
    public Builder property(String key, String value) {
      properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The brokers to connect to, e.g. {@code kafka-1:9092,kafka-2:9092}.
     *
     * @param servers the bootstrap servers
     * @return this builder
     */
    public Builder bootstrapServers(String servers) {
      return property(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    }

    /**
     * Puts {@code prefix} in front of every topic name, e.g. {@code dev.} to keep the stages of one cluster apart
     * (default none).
     *
     * @param prefix the prefix
     * @return this builder
     */
    public Builder topicPrefix(String prefix) {
      this.topicPrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /**
     * {@return the provisioner}
     *
     * @throws IllegalStateException when no bootstrap servers were given
     */
    public KafkaTopicProvisioner build() {
      if (!properties.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
        throw new IllegalStateException("bootstrap.servers is required (Builder.bootstrapServers)");
      }
      return new KafkaTopicProvisioner(this);
    }
  }
}
