package io.dpds.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.store.FileStore;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.store.jdbc.JdbcStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lifecycle per store, in operations per second: publications (each a new minor version of {@link
 * DeploymentBenchmark}'s product, validated, compared with the one before, stored, audited) and deployments of its
 * 20-step plan with no-op adapters, on memory, on the folder store forcing every write to the disk, and on PostgreSQL
 * (a local server started from zonky's binaries, through a HikariCP pool of 8, fsync on as a database runs). Steps per
 * second are 20 times the deployments per second.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmark {

  @Param({"memory", "file-sync", "postgres"})
  public String store;

  private final AtomicLong versions = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private Path folder;
  private EmbeddedPostgres postgres;
  private HikariDataSource pool;
  private RegistryService registry;
  private DeploymentService deployer;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    LifecycleStore lifecycleStore = switch (store) {
      case "memory" -> new InMemoryStore();
      case "file-sync" -> FileStore.open(folder = Files.createTempDirectory("dpds-bench"),
          FileStore.Durability.MACHINE);
      default -> postgres();
    };
    registry = RegistryService.builder().store(lifecycleStore).build();
    PublishReport first = publish();
    if (!first.stored()) {
      throw new IllegalStateException("the benchmark's descriptor is not published: " + first);
    }
    DeploymentBenchmark.NoOp noOp = new DeploymentBenchmark.NoOp();
    deployer = DeploymentService.builder().store(lifecycleStore).registry(registry).build(noOp).provision(noOp)
        .meta(noOp).integration(noOp).task(noOp).build();
    DeploymentReport deployed = deployment();
    if (!deployed.succeeded() || deployed.steps().size() != DeploymentBenchmark.STEPS) {
      throw new IllegalStateException("unexpected deployment: " + deployed);
    }
  }

  private LifecycleStore postgres() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(8);
    pool = new HikariDataSource(config);
    JdbcStore jdbc = JdbcStore.builder(pool).build();
    jdbc.migrate();
    return jdbc;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (pool != null) {
      pool.close();
      postgres.close();
    }
    if (folder != null) {
      try (var files = Files.walk(folder)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** A new minor version of the product, validated, compared with the one before, stored and audited. */
  @Benchmark
  public PublishReport publication() {
    PublishReport report = publish();
    if (!report.stored()) {
      throw new IllegalStateException("not stored: " + report);
    }
    return report;
  }

  /** A deployment of the stored version: 20 steps, each recorded and audited. */
  @Benchmark
  public DeploymentReport deployment() {
    return deployer.deploy(new DeployRequest("urn:dpds:org.example:dataproducts:bench:1", "1.0.0", "dev",
        "bench-" + requests.incrementAndGet(), Secrets.none()));
  }

  private PublishReport publish() {
    String version = "1." + versions.getAndIncrement() + ".0";
    URI uri = URI.create("mem://bench/" + version + "/descriptor.yaml");
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(),
        DeploymentBenchmark.descriptor().replaceFirst("version: 1.0.0", "version: " + version)))).build().load(uri);
    return registry.publish(loaded, "bench@" + version, false);
  }
}
