package io.dpds.adapters.kafka;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One topic as the product wants it: its name, and what it says of partitions, replicas and configuration (null or
 * empty where it says nothing, so the broker's defaults apply and a live topic is left as it is).
 *
 * @param name the topic's name, the prefix included
 * @param partitions the partitions, or null
 * @param replicas the replication factor, or null
 * @param configs topic configuration entries, e.g. {@code cleanup.policy -> compact}
 * @param where where the topic is declared, for findings: {@code file:line:column} or a JSON pointer
 */
record TopicSpec(String name, @Nullable Integer partitions, @Nullable Short replicas, Map<String, String> configs,
    String where) {

  TopicSpec {
    Objects.requireNonNull(name, "name");
    configs = Map.copyOf(configs);
  }
}
