package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the public DPDS examples kept in {@code ../shared/dpds} (reference material, never copied into the project)
 * and expects the problems the spec notes (section 11) list for each. Skipped, with a message, when the folder is
 * absent.
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
    if (!Files.isDirectory(examples)) {
      System.out.println(PublicExamplesValidationTest.class.getSimpleName()
          + " skipped: no public examples at " + examples.toAbsolutePath());
    }
    assumeTrue(Files.isDirectory(examples), "public examples in ../shared/dpds");
    validator = DescriptorValidator.builder()
        .loader(loader -> loader.mapPrefix(SPEC_EXAMPLES, examples).mapPrefix(DEMO, examples.resolve("trackandtrace")))
        .build();
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

  @Test
  void minimalLacksInfoNameAndBreaksTheNameAndFqnFormats() {
    ValidationReport report = validator.validate(examples.resolve("minimal.dpd.json"));

    assertThat(report.isValid()).isFalse();
    expect(report, "info.required", "/info", "minimal.dpd.json", 3).contains("'name'");
    expect(report, "format.name", "/info/domain", "minimal.dpd.json", 6);
    expect(report, "fqn.charset", "/info/fullyQualifiedName", "minimal.dpd.json", 4);
  }

  @Test
  void tripExecutionReferencesAWholeDescriptorAsAPortAndCarriesTyposAndDraftFields() {
    ValidationReport report = validator.validate(examples.resolve("tripexecution/data-product-descriptor.json"));

    assertThat(report.isValid()).isFalse();
    expect(report, "ref.target-type", "/interfaceComponents/outputPorts/1", "data-product-descriptor.json", 27);
    expect(report, "component.required", "/interfaceComponents/outputPorts/1", "trip-events-oport.json", 1);
    expect(report, "property.unknown", "/interfaceComponents/outputPorts/0/expectatctions",
        "trip-status-oport.json", 50).contains("did you mean 'expectations'");
    expect(report, "property.unknown", "/interfaceComponents/outputPorts/0/promises/serviceType",
        "trip-status-oport.json", 9).contains("did you mean 'servicesType'");
    expect(report, "property.unknown", "/interfaceComponents/observabilityPorts/0/promises/serviceType",
        "health-obport.json", 9);
    expect(report, "spec.draft", "/internalComponents/applicationComponents/0/buildInfo", "cdc-ingestion-app.json", 8);
    expect(report, "spec.draft", "/internalComponents/infrastructuralComponents/0/provisionInfo",
        "event-store.json", 8);
    expect(report, "format.name", "/info/domain", "data-product-descriptor.json", 7);
  }

  @Test
  void trackAndTraceIsADraftEraDescriptorWithFqnsLackingTheMajor() {
    ValidationReport report = validator.validate(examples.resolve("trackandtrace/data-product-descriptor.json"));

    assertThat(report.isValid()).isFalse();
    expect(report, "fqn.product", "/info/fullyQualifiedName", "trackandtrace/data-product-descriptor.json", 5);
    expect(report, "ref.remote", "/interfaceComponents/inputPorts/0", "trackandtrace/data-product-descriptor.json", 17);
    expect(report, "fqn.component", "/interfaceComponents/inputPorts/0/fullyQualifiedName", "tripEvent-iport.json", 2);
    expect(report, "definition.required", "/interfaceComponents/inputPorts/0/promises/api", "tripEvent-iport.json", 11)
        .contains("'name'");
    expect(report, "spec.draft", "/interfaceComponents/inputPorts/0/promises/api", "tripEvent-iport.json", 11);
    expect(report, "definition.required", "/interfaceComponents/outputPorts/0/promises/slo",
        "tripCurrentSnapshot-oport.json", 28);
    expect(report, "spec.draft", "/interfaceComponents/outputPorts/1/contracts", "tripRouteHistory-oport.json", 51);
    expect(report, "component.required", "/internalComponents/applicationComponents/0", "processingapp.json", 1);
    expect(report, "component.required", "/internalComponents/infrastructuralComponents/0", "confluentcloud.json", 1);
    expect(report, "spec.draft", "/internalComponents/infrastructuralComponents/0/provisionInfo",
        "confluentcloud.json", 7);
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

  /** Asserts the finding is in the report and returns an assertion on its message. */
  private static AbstractStringAssert<?> expect(
      ValidationReport report, String ruleId, String pointer, String file, int line) {
    List<Diagnostic> matching = report.diagnostics().stream()
        .filter(d -> d.ruleId().equals(ruleId) && d.pointer().equals(pointer))
        .filter(d -> d.location().filter(l -> l.uri().toString().endsWith("/" + file) && l.line() == line).isPresent())
        .toList();
    assertThat(matching)
        .as("%s at %s (%s:%d) in%s", ruleId, pointer, file, line, Fixture.describe(report.diagnostics()))
        .isNotEmpty();
    return assertThat(matching.get(0).message());
  }
}
