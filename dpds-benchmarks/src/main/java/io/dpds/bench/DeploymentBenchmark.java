package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.store.FileStore;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResourceLoader;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.LifecycleTask;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.BuildService;
import io.dpds.spi.adapter.IntegrationService;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import io.dpds.spi.adapter.TaskExecutor;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Orchestration overhead: one deployment of a 20-step plan (6 applications built and deployed, 5 infrastructural
 * components, the metadata, 2 tasks) with no-op adapters, per store: in memory, a file store that survives a process
 * crash ({@code file}), and one forced to the disk at every write ({@code file-sync}, the default). A score divided by
 * 20 is the overhead per step; 20 000 divided by the score (ms) is steps per second. The baseline is YAML
 * {@code readTree} of the descriptor.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeploymentBenchmark {

  static final int STEPS = 20;

  @Param({"memory", "file", "file-sync"})
  public String store;

  private final ObjectMapper baselineParser = new YAMLMapper();
  private final AtomicLong requests = new AtomicLong();
  private byte[] bytes;
  private Path folder;
  private DeploymentService deployer;

  /** The product: 6 applications, 5 infrastructural components in a chain, 2 tasks of stage dev. */
  static String descriptor() {
    String fqn = "urn:dpds:org.example:dataproducts:bench:1";
    StringBuilder y = new StringBuilder("""
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: %s
          name: bench
          version: 1.0.0
          domain: benchmarks
          owner: {id: bench@example.org}
        interfaceComponents:
          outputPorts:
            - {name: out, version: 1.0.0}
        internalComponents:
          applicationComponents:
        """.formatted(fqn));
    for (int i = 0; i < 6; i++) {
      y.append("    - {name: app").append(i).append(", version: 1.0.0}\n");
    }
    y.append("  infrastructuralComponents:\n");
    for (int i = 0; i < 5; i++) {
      y.append("    - {name: infra").append(i).append(", version: 1.0.0")
          .append(i == 0 ? "" : ", dependsOn: [" + fqn + ":infrastructure:infra" + (i - 1) + "]").append("}\n");
    }
    y.append("  lifecycleInfo:\n    dev:\n      - {name: migrate, order: 1, service: {$href: '{ci}'}}\n")
        .append("      - {name: smoke, order: 2, service: {$href: '{ci}'}}\n");
    return y.toString();
  }

  @Setup
  public void setUp() throws IOException {
    String text = descriptor();
    bytes = text.getBytes(StandardCharsets.UTF_8);
    LifecycleStore lifecycleStore = switch (store) {
      case "memory" -> new InMemoryStore();
      case "file" -> FileStore.open(folder = Files.createTempDirectory("dpds-bench"), FileStore.Durability.PROCESS);
      default -> FileStore.open(folder = Files.createTempDirectory("dpds-bench"), FileStore.Durability.MACHINE);
    };
    URI uri = URI.create("mem://bench/descriptor.yaml");
    RegistryService registry = RegistryService.builder().store(lifecycleStore).build();
    PublishReport published = registry.publish(DescriptorLoader.builder().loader(ResourceLoader.inMemory(
        Map.of(uri.toString(), text))).build().load(uri), "bench", false);
    if (!published.stored()) {
      throw new IllegalStateException("the benchmark's descriptor is not published: " + published);
    }
    NoOp noOp = new NoOp();
    deployer = DeploymentService.builder().store(lifecycleStore).registry(registry).build(noOp).provision(noOp)
        .meta(noOp).integration(noOp).task(noOp).build();
    DeploymentReport first = deploy();
    if (!first.succeeded() || first.steps().size() != STEPS) {
      throw new IllegalStateException("unexpected deployment: " + first);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (folder != null) {
      try (var files = Files.walk(folder)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private DeploymentReport deploy() {
    return deployer.deploy(new DeployRequest("urn:dpds:org.example:dataproducts:bench:1", "1.0.0", "dev",
        "bench-" + requests.incrementAndGet(), Secrets.none()));
  }

  @Benchmark
  public JsonNode baseline() throws IOException {
    return baselineParser.readTree(bytes);
  }

  @Benchmark
  public DeploymentReport deployment() {
    return deploy();
  }

  /** 1,000 deployments one after the other, timed as one shot; the score is per deployment. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1, batchSize = 1)
  @Measurement(iterations = 1, batchSize = 1)
  @OperationsPerInvocation(1000)
  public int thousandDeployments() {
    int succeeded = 0;
    for (int i = 0; i < 1000; i++) {
      succeeded += deploy().succeeded() ? 1 : 0;
    }
    if (succeeded != 1000) {
      throw new IllegalStateException(succeeded + " of 1000 deployments succeeded");
    }
    return succeeded;
  }

  /** Adapters that do nothing and complete at once. */
  static final class NoOp implements BuildService, ProvisionService, MetaService, IntegrationService, TaskExecutor {
    private static final CompletableFuture<StepResult> DONE = CompletableFuture.completedFuture(StepResult.of("ok"));

    @Override
    public CompletionStage<StepResult> build(AdapterContext context, ApplicationComponent application) {
      return DONE;
    }

    @Override
    public CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure) {
      return DONE;
    }

    @Override
    public CompletionStage<StepResult> register(AdapterContext context) {
      return DONE;
    }

    @Override
    public CompletionStage<StepResult> deploy(AdapterContext context, ApplicationComponent application,
        StepResult build) {
      return DONE;
    }

    @Override
    public boolean accepts(String service) {
      return true;
    }

    @Override
    public CompletionStage<StepResult> execute(AdapterContext context, LifecycleTask task) {
      return DONE;
    }
  }
}
