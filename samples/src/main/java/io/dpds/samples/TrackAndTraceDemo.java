package io.dpds.samples;

import io.dpds.compat.CompatibilityFinding;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.GateResult;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.store.FileStore;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.policy.PolicyEngine;
import io.dpds.report.Diagnostic;
import io.dpds.samples.adapters.ApplicationPackager;
import io.dpds.samples.adapters.LocalDeployer;
import io.dpds.samples.adapters.LocalTopicProvisioner;
import io.dpds.samples.adapters.SchemaCatalogue;
import io.dpds.samples.adapters.TaskRecorder;
import io.dpds.spi.adapter.LifecycleEvent;
import io.dpds.spi.adapter.Secrets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The track-and-trace sample, end to end: publish version 1.0.0 through the registry's gates and deploy it to
 * {@code dev} with adapters that do real local work, publish and deploy the compatible 1.1.0, see the breaking 1.2.0
 * refused with its reasons, and the same change accepted as 2.0.0. Everything happens under a workspace folder (the
 * registry, the topics, the schema catalogue, the builds, the deployments).
 *
 * <p>Usage: {@code java -jar samples/target/trackandtrace-demo.jar [SAMPLES_DIR [WORKSPACE]]} (defaults {@code samples}
 * and {@code samples/target/demo}). Exit 0 when every step went as it should, 1 otherwise.
 */
public final class TrackAndTraceDemo {

  private static final String FQN = "urn:dpds:com.acmelogistics:dataproducts:trackAndTrace:1";

  private final Path samples;
  private final Path work;
  private final PrintStream out;
  private final RegistryService registry;
  private final DeploymentService deployer;
  private int step;

  TrackAndTraceDemo(Path samples, Path work, PrintStream out) throws IOException {
    this.samples = samples.toAbsolutePath().normalize();
    this.work = work.toAbsolutePath().normalize();
    this.out = out;
    deleteTree(this.work);
    LifecycleStore store = FileStore.open(this.work.resolve("registry"));
    PolicyEngine policies = PolicyEngine.builder().builtin().build();
    SchemaCatalogue catalogue = new SchemaCatalogue(this.work.resolve("schema-registry"));
    this.registry = RegistryService.builder().store(store).policies(policies).meta(catalogue)
        .loader(DescriptorLoader.builder().root(this.samples).build()).listener(this::progress).build();
    this.deployer = DeploymentService.builder().store(store).registry(registry).policies(policies)
        .build(new ApplicationPackager(this.samples.resolve("trackandtrace/apps"), this.work.resolve("builds")))
        .provision(new LocalTopicProvisioner(this.work.resolve("kafka")))
        .meta(catalogue).integration(new LocalDeployer(this.work.resolve("deployments")))
        .task(new TaskRecorder(this.work.resolve("ci-jobs"))).listener(this::progress).build();
  }

  public static void main(String[] args) throws IOException {
    Path samples = Path.of(args.length > 0 ? args[0] : "samples");
    Path work = Path.of(args.length > 1 ? args[1] : "samples/target/demo");
    if (!Files.isDirectory(samples.resolve("trackandtrace"))) {
      System.err.println("dpds demo: no sample at " + samples.resolve("trackandtrace").toAbsolutePath()
          + "; run it from the root of the clone, or give the samples folder as the first argument");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.exit(new TrackAndTraceDemo(samples, work, out).run() ? 0 : 1);
  }

  /** Runs the story; true when every step ended as it should. */
  boolean run() throws IOException {
    out.println("dpds demo: the life of a data product, from its descriptor to a deployment");
    out.println("""

        A data product is described by a descriptor (DPDS): who owns it, the ports it offers (here Kafka topics
        described in AsyncAPI, with Avro schemas), the application and infrastructure behind them, and how each
        stage is deployed. The registry accepts a new version only if it is valid, does not break the consumers of
        the previous version without saying so (a major version), and passes the mesh's governance policies.
        """);
    out.println("Sample:    " + samples.resolve("trackandtrace"));
    out.println("Workspace: " + work + " (registry, topics, schema registry, builds, deployments)");
    boolean ok = publish("1.0.0", "trackandtrace", "the first version", PublishReport.Outcome.STORED);
    ok &= deploy("1.0.0");
    ok &= publish("1.1.0", "trackandtrace-1.1.0", "a compatible change: tripPosition gains an optional speed",
        PublishReport.Outcome.STORED);
    ok &= deploy("1.1.0");
    ok &= publish("1.2.0", "trackandtrace-1.2.0-breaking", "a breaking change: tripStatus moves to another region,"
        + " but the version says minor", PublishReport.Outcome.REFUSED);
    ok &= publish("2.0.0", "trackandtrace-2.0.0", "the same change, declared as a new major version",
        PublishReport.Outcome.STORED);
    summary();
    out.println();
    out.println(ok ? "Demo finished: every step went as expected." : "Demo finished, but a step did not go as"
        + " expected (see above).");
    return ok;
  }

  private boolean publish(String version, String folder, String what, PublishReport.Outcome expected) {
    heading("Publish " + version + ": " + what);
    Path file = samples.resolve(folder).resolve("data-product-descriptor.yaml");
    out.println("  descriptor: " + samples.getParent().relativize(file));
    PublishReport report = registry.publish(file, false);
    report.compatibility().ifPresent(c -> {
      out.println("  compared with " + report.previousVersion().orElse("?") + ": required bump "
          + c.requiredBump().name().toLowerCase() + ", declared " + c.declaredBump().name().toLowerCase());
      for (CompatibilityFinding f : c.findings()) {
        if (!List.of("compat.version.changed", "compat.internal", "compat.identity.derived",
            "compat.asyncapi.documentation").contains(f.diagnostic().ruleId())) {
          out.println("    change: " + f.diagnostic().message());
        }
      }
    });
    switch (report.outcome()) {
      case STORED -> out.println("  => published " + version + " (stored in the registry, schemas registered)");
      case REFUSED -> {
        GateResult gate = report.refusedBy().orElseThrow();
        out.println("  => REFUSED by the " + gate.gate() + " gate, nothing stored. Why, and where:");
        for (Diagnostic d : gate.findings()) {
          out.println("     " + d.location().map(l -> relative(l.toString())).orElse("#" + d.pointer()) + ": ["
              + d.ruleId() + "] " + d.message());
          d.hint().ifPresent(h -> out.println("       how to fix: " + h));
        }
      }
      default -> {
        out.println("  => " + report.outcome());
        report.problems().forEach(d -> out.println("     " + d));
      }
    }
    return expect(report.outcome() == expected, "publish " + version + " should be " + expected);
  }

  private boolean deploy(String version) {
    heading("Deploy " + version + " to dev: build the app, create the topics, register the schemas, deploy,"
        + " run the dev tasks");
    DeploymentReport report = deployer.deploy(new DeployRequest(FQN, version, "dev", "demo-" + version,
        Secrets.none()));
    report.problems().forEach(d -> out.println("     " + d));
    out.println("  => " + report.state().map(s -> s.name().toLowerCase()).orElse("refused") + " ("
        + report.steps().size() + " steps)");
    return expect(report.succeeded(), "deploy " + version + " should succeed");
  }

  private void summary() throws IOException {
    heading("What the adapters left in the workspace");
    for (String area : List.of("kafka", "schema-registry", "builds", "deployments", "ci-jobs")) {
      Path folder = work.resolve(area);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".by"))
            .sorted(Comparator.naturalOrder())
            .forEach(f -> out.println("  " + work.relativize(f)));
      }
    }
  }

  private void progress(LifecycleEvent event) {
    String mark = switch (event.type()) {
      case GATE_FAILED, STEP_FAILED, PUBLICATION_REFUSED, PUBLICATION_FAILED, DEPLOYMENT_FAILED,
          COMPENSATION_FAILED -> "x";
      case STEP_STARTED, PUBLICATION_STARTED, DEPLOYMENT_STARTED -> ">";
      default -> "+";
    };
    if (event.type() != LifecycleEvent.Type.PUBLICATION_STARTED) {
      out.println("    " + mark + " " + relative(event.message()));
    }
  }

  private void heading(String text) {
    out.println();
    out.println("Step " + ++step + ". " + text);
  }

  private boolean expect(boolean condition, String what) {
    if (!condition) {
      out.println("  !! unexpected: " + what);
    }
    return condition;
  }

  private String relative(String text) {
    return text.replace(samples.getParent().toUri().getPath(), "").replace(samples.getParent() + "/", "");
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
