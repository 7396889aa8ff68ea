package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dpds.report.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Validates the public DPDS examples kept in {@code ../shared/dpds} (reference material, never copied into the project)
 * and expects the problems the spec notes (section 11) list for each. Each test is skipped, with the reason, when the
 * folder is absent.
 */
class PublicExamplesValidationTest {

  private static final String SPEC_EXAMPLES =
      "https://raw.githubusercontent.com/opendatamesh-initiative/odm-specification-dpdescriptor/main/examples/";
  private static final String DEMO = "https://raw.githubusercontent.com/Quantyca/odm-demo-trips/main/";

  private static Path examples;
  private static DescriptorValidator validator;

  @BeforeAll
  static void findExamples() {
    examples = Path.of(System.getProperty("dpds.shared.dir", "../../shared")).resolve("dpds/examples");
    validator = DescriptorValidator.builder()
        .loader(loader -> loader.mapPrefix(SPEC_EXAMPLES, examples).mapPrefix(DEMO, examples.resolve("trackandtrace")))
        .build();
  }

  /** Each test is reported skipped, with the reason, when the public examples are not beside the clone. */
  @BeforeEach
  void needExamples() {
    assumeTrue(Files.isDirectory(examples), "no public examples at " + examples.toAbsolutePath()
        + " (../shared/dpds beside the clone)");
  }

  @Test
  void everyExampleFileIsValidatedWithoutAnExceptionWhateverItHolds() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(examples)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      assertThatCode(() -> assertThat(validator.validate(file).uri()).isNotNull())
          .as(file.toString()).doesNotThrowAnyException();
    }
  }

  // Each example gives exactly the findings below, each standing for a problem its README (../shared/dpds/README.md,
  // "Validity against DPDS 1.0.0") or the hand validation it points to (spec notes, section 11) lists, and no other.
  // Findings are written "rule file:line".

  @Test
  void minimalGivesExactlyItsListedFindings() {
    assertFindings("minimal.dpd.json",
        "info.required minimal.dpd.json:3", // info.name missing
        "fqn.charset minimal.dpd.json:4", // FQN contains '-'
        "format.name minimal.dpd.json:6", // domain "Transport Management" breaks string:name
        "output-ports.empty minimal.dpd.json:13"); // spec notes 12, rule 5: [W] when outputPorts is empty
  }

  @Test
  void tripExecutionGivesExactlyItsListedFindings() {
    List<String> components = List.of("apps/cdc-ingestion-app.json", "apps/event-processor-app.json",
        "apps/db-sink-connector-app.json", "infra/event-store.json", "infra/state-store.json");
    List<String> expected = new ArrayList<>(List.of(
        "fqn.charset data-product-descriptor.json:5", // same FQN format issue as minimal
        "format.name data-product-descriptor.json:7", // same domain format issue
        "ref.target-type data-product-descriptor.json:27", // trip-events-oport.json is a whole descriptor, not a port
        "fqn.charset ports/trip-status-oport.json:2", // FQN '-'
        "property.unknown ports/trip-status-oport.json:9", // serviceType instead of servicesType
        "property.unknown ports/trip-status-oport.json:50", // typo expectatctions
        "fqn.charset ports/health-obport.json:2",
        "property.unknown ports/health-obport.json:9")); // serviceType typo
    for (String component : components) {
      expected.add("fqn.charset " + component + ":2");
      // DRAFT-only blocks; the message names the $href "azureDevOps" inside, which 1.0.0 neither follows nor checks
      expected.add("spec.draft " + component + ":8");
      if (component.startsWith("apps/")) {
        expected.add("spec.draft " + component + ":25");
      }
    }

    ValidationReport report = assertFindings("tripexecution/data-product-descriptor.json",
        expected.toArray(String[]::new));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("spec.draft"))
        .allSatisfy(d -> assertThat(d.message()).contains("$href 'azureDevOps'"));
    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("property.unknown"))
        .anySatisfy(d -> assertThat(d.message()).contains("did you mean 'expectations'"))
        .anySatisfy(d -> assertThat(d.message()).contains("did you mean 'servicesType'"));
  }

  @Test
  void trackAndTraceGivesExactlyItsListedFindings() {
    List<String> expected = new ArrayList<>(List.of(
        "fqn.charset data-product-descriptor.json:5", // '-' in the namespace
        "fqn.product data-product-descriptor.json:5", // FQN lacks the major-version segment
        "format.name data-product-descriptor.json:7", // domain has a space
        // all $refs absolute raw.githubusercontent.com URLs (info: served here by the prefix mapping)
        "ref.remote data-product-descriptor.json:17",
        "ref.remote data-product-descriptor.json:23",
        "ref.remote data-product-descriptor.json:27",
        "ref.remote data-product-descriptor.json:35",
        "ref.remote data-product-descriptor.json:41",
        "component.required apps/processingapp.json:1", // app lacks name
        "fqn.charset apps/processingapp.json:2",
        "fqn.component apps/processingapp.json:2", // FQN lacks the major
        "spec.draft apps/processingapp.json:7", // DRAFT buildInfo
        "spec.draft apps/processingapp.json:21", // DRAFT deployInfo
        "component.required infra/confluentcloud.json:1", // infra lacks name
        "fqn.charset infra/confluentcloud.json:2",
        "fqn.component infra/confluentcloud.json:2",
        "spec.draft infra/confluentcloud.json:7", // DRAFT provisionInfo
        "api.shared-definition ports/tripRouteHistory-oport.json:14")); // points at tripCurrentSnapshot's API file
    for (String port : List.of("tripEvent-iport", "tripCurrentSnapshot-oport", "tripRouteHistory-oport")) {
      String file = "ports/" + port + ".json:";
      expected.addAll(List.of("fqn.charset " + file + 2, "fqn.component " + file + 2, // FQN lacks the major
          "property.unknown " + file + 10, // serviceType
          "definition.required " + file + 11, "spec.draft " + file + 11, // api lacks name, version is the spec's
          "definition.required " + file + 24, "definition.required " + file + 28)); // bare deprecationPolicy, slo
      if (!port.startsWith("tripEvent")) {
        expected.add("definition.required " + file + 40); // bare audience
        expected.add("spec.draft " + file + 51); // contracts, with its bare definitions and empty $href inside
      }
    }

    ValidationReport report = assertFindings("trackandtrace/data-product-descriptor.json",
        expected.toArray(String[]::new));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("spec.draft") && d.pointer().endsWith("contracts"))
        .allSatisfy(d -> assertThat(d.message()).contains("$href ''"));
  }

  @Test
  void theStrictProfileTurnsTheFqnCharacterSetIntoErrors() {
    DescriptorValidator strict = DescriptorValidator.builder().profile(Profile.STRICT)
        .loader(loader -> loader.mapPrefix(SPEC_EXAMPLES, examples))
        .build();
    ValidationReport report = strict.validate(examples.resolve("tripexecution/data-product-descriptor.json"));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("fqn.charset"))
        .isNotEmpty()
        .allMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Validates an example and asserts its findings are exactly {@code expected} ("rule file:line"), any order. */
  private static ValidationReport assertFindings(String example, String... expected) {
    ValidationReport report = validator.validate(examples.resolve(example));
    String folder = example.contains("/") ? example.substring(0, example.indexOf('/') + 1) : "";
    List<String> found = report.diagnostics().stream().map(d -> d.ruleId() + " " + d.location()
        .map(l -> relative(l.uri(), folder) + ":" + l.line()).orElse("#" + d.pointer())).toList();
    assertThat(found).as(Fixture.describe(report.diagnostics())).containsExactlyInAnyOrder(expected);
    return report;
  }

  /** A finding's file as the expectations name it: below the example's folder, or below a mapped upstream URL. */
  private static String relative(URI uri, String folder) {
    if ("file".equals(uri.getScheme())) {
      Path base = examples.toAbsolutePath().normalize().resolve(folder);
      return base.relativize(Path.of(uri).normalize()).toString().replace('\\', '/');
    }
    return uri.toString().startsWith(DEMO) ? uri.toString().substring(DEMO.length()) : uri.toString();
  }
}
