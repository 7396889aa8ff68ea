package io.dpds.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.DeploymentState;
import io.dpds.lifecycle.Descriptors;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.StepState;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResourceLoader;
import io.dpds.spi.adapter.Secrets;
import io.dpds.test.RecordingAdapters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database stops and starts again (same data, same port) while the store is in use: operations wait for it and
 * complete exactly once; past the retry time they fail with the SQL state, having changed nothing.
 */
class DatabaseRestartTest {

  @TempDir Path data;
  private int port;
  private EmbeddedPostgres server;
  private HikariDataSource pool;
  private JdbcStore store;

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    server = startServer();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:postgresql://localhost:" + port + "/postgres");
    config.setUsername("postgres");
    config.setMaximumPoolSize(4);
    config.setConnectionTimeout(1_000);
    pool = new HikariDataSource(config);
    store = JdbcStore.builder(pool).retryFor(Duration.ofSeconds(30)).build();
    store.migrate();
  }

  @AfterEach
  void stop() throws IOException {
    pool.close();
    if (server != null) {
      server.close();
    }
  }

  private EmbeddedPostgres startServer() throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
  }

  private void restartIn(Duration down) throws IOException, InterruptedException {
    server.close();
    server = null;
    Thread.sleep(down.toMillis());
    server = startServer();
  }

  @Test
  void writesMadeWhileTheDatabaseIsDownCompleteOnceWhenItIsBack() throws Exception {
    store.create("c", "k", bytes("v1"));
    server.close();
    server = null;
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> replaced = threads.submit(() -> store.replace("c", "k", 1, bytes("v2")));
      Future<?> appended = threads.submit(() -> store.append("audit", "while down"));
      Thread.sleep(1_500);
      assertThat(replaced).isNotDone();
      server = startServer();

      assertThat(replaced.get()).isTrue();
      appended.get();
    } finally {
      threads.shutdown();
    }
    assertThat(store.get("c", "k").orElseThrow().revision()).isEqualTo(2);
    assertThat(new String(store.get("c", "k").orElseThrow().value(), StandardCharsets.UTF_8)).isEqualTo("v2");
    assertThat(store.read("audit")).containsExactly("while down");
  }

  @Test
  void pastTheRetryTimeAWriteFailsWithTheSqlStateAndChangesNothing() throws Exception {
    store.create("c", "k", bytes("v1"));
    JdbcStore impatient = JdbcStore.builder(pool).retryFor(Duration.ofMillis(500)).build();
    server.close();
    server = null;

    assertThatThrownBy(() -> impatient.replace("c", "k", 1, bytes("v2"))).isInstanceOf(JdbcStoreException.class)
        .hasMessageStartingWith("Replacing c/k failed after")
        .satisfies(e -> assertThat(((JdbcStoreException) e).sqlState()).startsWith("08"));

    server = startServer();
    assertThat(store.get("c", "k").orElseThrow().revision()).isEqualTo(1);
  }

  @Test
  void aDeploymentGoesOnWhenTheDatabaseRestartsDuringAStep() throws Exception {
    RegistryService registry = RegistryService.builder().store(store).build();
    URI uri = URI.create("mem://test/descriptor.yaml");
    PublishReport published = registry.publish(DescriptorLoader.builder()
        .loader(ResourceLoader.inMemory(Map.of(uri.toString(), Descriptors.trips("1.0.0")))).build().load(uri),
        "descriptor.yaml", false);
    assertThat(published.stored()).isTrue();
    RecordingAdapters adapters = new RecordingAdapters();
    adapters.behave(context -> {
      if (context.stepId().equals("provision:topics")) {
        try {
          restartIn(Duration.ofSeconds(1));
        } catch (IOException | InterruptedException e) {
          return CompletableFuture.failedFuture(e);
        }
      }
      return adapters.byFault(context);
    });
    DeploymentService deployments = DeploymentService.builder().store(store).registry(registry).build(adapters)
        .provision(adapters).meta(adapters).integration(adapters).task(adapters).parallelism(1).build();

    DeploymentReport report = deployments.deploy(new DeployRequest("urn:dpds:com.acme:dataproducts:trips", "1.0.0",
        "dev", "restarted", Secrets.none()));

    assertThat(report.problems()).isEmpty();
    assertThat(report.state()).contains(DeploymentState.SUCCEEDED);
    assertThat(report.steps().values()).containsOnly(StepState.SUCCEEDED);
    assertThat(adapters.calls).doesNotHaveDuplicates().contains("provision:topics", "deploy:report");
    assertThat(deployments.deployment(report.deploymentId()).orElseThrow().state())
        .contains(DeploymentState.SUCCEEDED);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
