package io.dpds.adapters.kafka;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real Kafka broker per test run, in KRaft mode (a combined broker and controller), started in-process from
 * Apache Kafka's own artifacts on Maven Central, listening on loopback. A test class that uses it is extended with
 * this class ({@code @ExtendWith(Broker.class)}): the first one starts it, and JUnit stops it once every test has
 * run, before the JVM ends (stopped in a shutdown hook, it raced the others and now and then left the JVM with a
 * failing exit code). While it runs, Kafka's calls to end the process throw instead, so that none ends the test JVM.
 */
final class Broker implements BeforeAllCallback {

  private static volatile Running running;

  /** The broker, stored in the root context of the run: JUnit closes it when the run ends. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {
    private final KafkaClusterTestKit cluster;

    Running() throws Exception {
      Exit.setExitProcedure((status, message) -> {
        throw new IllegalStateException("Kafka asked to exit (" + status + "): " + message);
      });
      Exit.setHaltProcedure((status, message) -> {
        throw new IllegalStateException("Kafka asked to halt (" + status + "): " + message);
      });
      cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
          .setNumBrokerNodes(1).setNumControllerNodes(1).build()).build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    }

    @Override
    public void close() throws Exception {
      try {
        cluster.close();
      } finally {
        running = null;
        Exit.resetExitProcedure();
        Exit.resetHaltProcedure();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Running.class, type -> {
          try {
            return new Running();
          } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
          }
        }, Running.class);
  }

  /** The bootstrap servers of the shared broker. */
  static String bootstrapServers() {
    Running broker = running;
    if (broker == null) {
      throw new IllegalStateException("no broker: the test class declares @ExtendWith(Broker.class)");
    }
    return broker.cluster.bootstrapServers();
  }

  /** An admin client of the shared broker, for the tests to look at what the adapters did. */
  static Admin admin() {
    Properties props = new Properties();
    props.putAll(Map.of("bootstrap.servers", bootstrapServers()));
    return Admin.create(props);
  }
}
