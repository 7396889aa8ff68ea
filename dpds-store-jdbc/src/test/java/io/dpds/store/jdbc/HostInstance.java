package io.dpds.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.RegistryService;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import io.dpds.test.RecordingAdapters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One instance of a host, run in a child JVM by {@link TwoProcessesTest}: its own pool on the shared database
 * ({@code args[0]}, tables {@code args[1]}), 50 concurrent deploy requests of the test product, and a resume every
 * 200 ms. Its adapters mark each call in the folder {@code args[2]} under the instance's name {@code args[3]}, and hang
 * at {@code deploy:ingest} until the file {@code release} appears there.
 */
public final class HostInstance {

  static final String HANG_AT = "deploy:ingest";

  private HostInstance() {}

  public static void main(String[] args) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername("postgres");
    config.setMaximumPoolSize(8);
    JdbcStore store = JdbcStore.builder(new HikariDataSource(config)).tablePrefix(args[1]).build();
    Path marks = Path.of(args[2]);
    String name = args[3];
    Marking adapters = new Marking(marks, name);
    DeploymentService service = DeploymentService.builder().store(store)
        .registry(RegistryService.builder().store(store).build()).build(adapters).provision(adapters)
        .meta(adapters).integration(adapters).task(adapters).parallelism(1).lease(Duration.ofSeconds(3))
        .stepTimeout(Duration.ofMinutes(5)).build();
    ExecutorService requests = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 50; i++) {
      String id = name + "-" + i;
      requests.submit(() -> {
        DeploymentReport report = service.deploy(new DeployRequest(ManyInstancesTest.TRIPS, "1.0.0", "dev", id,
            Secrets.none()));
        write(marks.resolve("outcome " + id), report.state().map(Enum::name).orElse("none") + " "
            + report.problems().stream().map(Diagnostic::ruleId).collect(Collectors.joining(",")));
      });
    }
    while (true) {
      for (DeploymentReport resumed : service.resume(Secrets.none())) {
        write(marks.resolve("resumed " + name), resumed.state().map(Enum::name).orElse("none"));
      }
      Thread.sleep(200);
    }
  }

  /**
   * Writes {@code file} whole, by a move of a file written beside it: the test, which waits for the file to exist, never
   * reads it before its text is in it.
   */
  static void write(Path file, String text) {
    try {
      Path written = file.resolveSibling(".writing " + UUID.randomUUID());
      Files.writeString(written, text);
      Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Leaves a file per call: {@code <instance> <n> <step>}, holding the idempotency key. */
  static final class Marking extends RecordingAdapters {
    private final Path marks;
    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    Marking(Path marks, String name) {
      this.marks = marks;
      this.name = name;
    }

    @Override
    protected CompletionStage<StepResult> call(AdapterContext context) {
      write(marks.resolve(String.format("call %s %03d %s", name, count.incrementAndGet(),
          context.stepId().replace(':', '_'))), context.idempotencyKey());
      if (context.stepId().equals(HANG_AT) && !Files.exists(marks.resolve("release"))) {
        write(marks.resolve("reached"), name);
        return new CompletableFuture<>();
      }
      return CompletableFuture.completedFuture(StepResult.of(context.stepId() + " done"));
    }
  }
}
