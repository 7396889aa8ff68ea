package io.dpds.adapters.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One real Kafka broker per test JVM, in KRaft mode (a combined broker and controller), started in-process from
 * Apache Kafka's own artifacts on Maven Central, listening on loopback, stopped at exit.
 */
final class Broker {

  private static KafkaClusterTestKit cluster;

  private Broker() {}

  /** The bootstrap servers of the shared broker, started on first use. */
  static synchronized String bootstrapServers() {
    if (cluster == null) {
      try {
        cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
            .setNumBrokerNodes(1).setNumControllerNodes(1).build()).build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
      } catch (Exception e) {
        throw new IllegalStateException("Kafka did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          cluster.close();
        } catch (Exception e) {
          // the JVM is ending
        }
      }));
    }
    return cluster.bootstrapServers();
  }

  /** An admin client of the shared broker, for the tests to look at what the adapters did. */
  static Admin admin() {
    Properties props = new Properties();
    props.putAll(Map.of("bootstrap.servers", bootstrapServers()));
    return Admin.create(props);
  }
}
