package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityMode;
import io.dpds.compat.CompatibilityReport;
import io.dpds.compat.CompatibilityReporter;
import io.dpds.compat.PortId;
import io.dpds.fix.DescriptorFixer;
import io.dpds.fix.FixResult;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.store.FileStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyReport;
import io.dpds.report.ReportFormat;
import io.dpds.report.Reporter;
import io.dpds.report.Severity;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.triage.WaiverFile;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.Profile;
import io.dpds.validation.ValidationReport;
import io.dpds.write.DescriptorWriter;
import io.dpds.write.OutputFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Java examples, word for word (dpds-it's ReadmeExamplesTest keeps them so), run in a project that knows
 * dpds-java only through the BOM, with the Jackson its build selects; plus writing in both formats.
 */
class ReadmeExamplesTest {

  @Test
  void loading() {
    LoadResult result = DescriptorLoader.defaults().load(Path.of("data-product-descriptor.yaml"));
    result.diagnostics().forEach(System.err::println);   // path:line:col: error [ref.unresolved] ...
    result.resolved().ifPresent(resolved -> {
      for (Port port : resolved.descriptor().ports()) {
        System.out.println(port.kind() + " " + port.name().orElse("?") + " " + port.version().orElse("?"));
      }
      // Where a node was written, also inside referenced files: e.g. .../ports/trip-status-output.yaml:1:1
      resolved.locate("/interfaceComponents/outputPorts/0").ifPresent(System.out::println);
      // The same from a node you hold, without walking a pointer: the object, or one of its members
      JsonNode port = resolved.tree().at("/interfaceComponents/outputPorts/0");
      resolved.locate(port, "version").ifPresent(System.out::println);
    });
  }

  @Test
  void writingBothFormatsReadsBackTheSameDescriptor() throws Exception {
    ResolvedDescriptor resolved = DescriptorLoader.defaults().load(Path.of("data-product-descriptor.yaml"))
        .resolved().orElseThrow();
    for (OutputFormat format : OutputFormat.values()) {
      String written = DescriptorWriter.of(format).write(resolved.descriptor());
      assertTrue(written.contains("tripStatus"), format + ": " + written);
    }
  }

  @Test
  void fixing() throws Exception {
    FixResult fixed = DescriptorFixer.builder()
        .rename("Transport Management", "transportManagement")   // only what you decide
        .build().fix(Path.of("data-product-descriptor.yaml"));
    fixed.documents().forEach(d -> System.out.print(d.unifiedDiff(d.path().getFileName().toString())));
    fixed.undecided().forEach(u -> System.out.println(u.finding() + "\n  choices: " + u.choices()));
    fixed.write();                                                // each document atomically
    assertTrue(fixed.documents().isEmpty(), "a valid descriptor has nothing to fix: " + fixed.fixes());
    assertFalse(fixed.remainsAtLeast(Severity.ERROR), fixed.remaining().toString());
  }

  @Test
  void validation() throws Exception {
    DescriptorValidator validator = DescriptorValidator.builder()   // build once, share between threads
        .profile(Profile.STRICT)                                     // or DEFAULT (the spec as its examples use it)
        .severity("fqn.charset", Severity.WARNING)                   // per-rule overrides, or .disable("...")
        .waivers(WaiverFile.read(Path.of("waivers.yaml")).waivers()) // accepted findings, shown as suppressed
        .discoverChecks()                                            // your own DescriptorChecks, by ServiceLoader
        .build();
    ValidationReport report = validator.validate(Path.of("data-product-descriptor.yaml"));
    report.diagnostics().forEach(System.out::println);   // .../ports/status.yaml:12:9: warning [property.unknown] ...
    Reporter.of(ReportFormat.SARIF, validator.rules(), Path.of(""))        // text, JSON, SARIF, JUnit, Markdown
        .write(List.of(report.toFileReport("data-product-descriptor.yaml")), System.out);
    assertTrue(report.isValid(), report.diagnostics().toString());
  }

  @Test
  void compatibility() throws Exception {
    CompatibilityChecker checker = CompatibilityChecker.builder()     // build once, share between threads
        .mode(new PortId(PortKind.OUTPUT, "tripStatus"), CompatibilityMode.FULL)   // default: output FORWARD,
        .waivers(WaiverFile.read(Path.of("waivers.yaml")).waivers())              //   input BACKWARD
        .build();
    CompatibilityReport report = checker.check(Path.of("v1/descriptor.yaml"), Path.of("v2/descriptor.yaml"));
    if (!report.comparable()) {                       // a version could not be loaded: nothing was compared
      report.inputProblems().forEach(System.err::println);   // why, with file:line (compatible() is then false)
    }
    report.compatible();     // no breaking change
    report.requiredBump();   // MAJOR, MINOR, PATCH or NONE, from the changes
    report.versionOk();      // info.version and the port versions say what changed
    report.findings().forEach(f -> System.out.println(f.diagnostic()));   // every change, judged
    new CompatibilityReporter(ReportFormat.MARKDOWN, Path.of("")).write(report, "v1", "v2", System.out); // changelog
    assertTrue(report.compatible(), report.toString());
    assertTrue(report.versionOk(), report.toString());
  }

  @Test
  void policies() {
    ResolvedDescriptor previous = load("v1/descriptor.yaml");
    ResolvedDescriptor resolved = load("v2/descriptor.yaml");
    PolicyEngine engine = PolicyEngine.builder()        // build once, share between threads
        .files(Path.of("policies"))                      // declarative policy files (YAML or JSON), or one file
        .builtin()                                       // the built-in pack (opt-in)
        .discover()                                      // Java policies listed for ServiceLoader; or .policy(p)
        .build();
    engine.problems().forEach(System.err::println);      // a broken policy file or a taken id: a diagnostic, file:line
    PolicyInput input = PolicyInput.builder(PolicyEvent.VERSION_PUBLICATION)
        .before(previous).after(resolved).context("stage", "prod").build();
    PolicyReport report = engine.check(input);
    report.blocked();                                    // a blocking policy failed
    report.diagnostics().forEach(System.out::println);      // every violation as a finding: rule id = policy id
    report.results().forEach(r -> r.violations().forEach(v ->
        System.out.println(r.policyId() + " " + v.pointer() + " " + v.location() + ": " + v.message())));
    assertFalse(report.blocked(), report.diagnostics().toString());
  }

  @Test
  void publicationAndDeployment() throws Exception {
    deleteTree(Path.of(".dpds")); // each build of this project publishes afresh
    MetaService myCatalogue = new NoOpAdapters.Meta();
    String fqn = "urn:dpds:org.example:dataproducts:trips:1";
    Secrets secrets = Secrets.none();
    LifecycleStore store = FileStore.open(Path.of(".dpds"));             // or new InMemoryStore()
    RegistryService registry = RegistryService.builder().store(store)
        .policies(PolicyEngine.builder().builtin().build()).meta(myCatalogue).build();
    PublishReport published = registry.publish(Path.of("data-product-descriptor.yaml"), false);
    // STORED, ALREADY_STORED, WOULD_STORE (dry run), REFUSED (with the gate and its findings) or FAILED
    DeploymentService deployer = DeploymentService.builder().store(store).registry(registry)
        .discoverAdapters()                                               // or .build(...).provision(...).task(...)
        .retries(3, Duration.ofSeconds(1)).stepTimeout(Duration.ofMinutes(30)).build();
    DeploymentReport deployed = deployer.deploy(new DeployRequest(fqn, "1.2.0", "dev", "ci-run-4711", secrets));
    deployer.resume(secrets);         // after a crash: continue what no live instance holds (a lease, 1 min by default)
    assertEquals(PublishReport.Outcome.STORED, published.outcome(), published.toString());
    assertTrue(deployed.succeeded(), deployed.toString());
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static ResolvedDescriptor load(String file) {
    return DescriptorLoader.defaults().load(Path.of(file)).resolved().orElseThrow();
  }
}
