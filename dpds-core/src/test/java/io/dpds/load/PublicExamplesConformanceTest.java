package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dpds.model.DataProductDescriptor;
import io.dpds.model.Definition;
import io.dpds.model.Port;
import io.dpds.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loads the public DPDS examples kept in {@code ../shared/dpds} (reference material, never copied into the project).
 * Broken examples must give diagnostics, never an exception. Each test is skipped, with the reason, when the folder
 * is absent.
 */
class PublicExamplesConformanceTest {

  static final String SPEC_EXAMPLES =
      "https://raw.githubusercontent.com/opendatamesh-initiative/odm-specification-dpdescriptor/main/examples/";
  static final String DEMO = "https://raw.githubusercontent.com/Quantyca/odm-demo-trips/main/";

  static Path examples;

  @BeforeAll
  static void findExamples() {
    Path shared = Path.of(System.getProperty("dpds.shared.dir", "../../shared"));
    examples = shared.resolve("dpds/examples");
  }

  /** Each test is reported skipped, with the reason, when the public examples are not beside the clone. */
  @BeforeEach
  void needExamples() {
    assumeTrue(Files.isDirectory(examples), "no public examples at " + examples.toAbsolutePath()
        + " (../shared/dpds beside the clone)");
  }

  private static DescriptorLoader offline() {
    return DescriptorLoader.builder()
        .mapPrefix(SPEC_EXAMPLES, examples)
        .mapPrefix(DEMO, examples.resolve("trackandtrace"))
        .build();
  }

  @Test
  void everyExampleFileLoadsWithoutAnExceptionWhateverItHolds() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(examples)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(30);
    for (Path file : files) {
      assertThatCode(() -> {
        LoadResult r = offline().load(file);
        assertThat(r.resolved().isPresent() || r.hasErrors()).as(file.toString()).isTrue();
      }).as(file.toString()).doesNotThrowAnyException();
    }
  }

  @Test
  void minimalLoadsAndKeepsWhatItHas() {
    LoadResult r = offline().load(examples.resolve("minimal.dpd.json"));

    assertThat(r.diagnostics()).isEmpty();
    DataProductDescriptor d = r.descriptor().orElseThrow();
    assertThat(d.info().orElseThrow().name()).isEmpty(); // missing in the example: validation reports it
    assertThat(d.interfaceComponents().orElseThrow().has("outputPorts")).isTrue();
  }

  @Test
  void tripExecutionResolvesEveryRelativeReference() {
    LoadResult r = offline().load(examples.resolve("tripexecution/data-product-descriptor.json"));

    assertThat(r.diagnostics()).isEmpty();
    DataProductDescriptor d = r.descriptor().orElseThrow();
    assertThat(d.ports()).hasSize(4);
    assertThat(d.ports()).noneMatch(p -> p.reference().isPresent());
    Port status = d.interfaceComponents().orElseThrow().outputPorts().get(0);
    assertThat(status.unknownProperties()).containsKey("expectatctions");
    assertThat(status.promises().orElseThrow().unknownProperties()).containsKey("serviceType");
    Definition api = status.promises().orElseThrow().api().orElseThrow().definition().orElseThrow();
    assertThat(api.asObject().orElseThrow().get("datastoreapi").asText()).isEqualTo("1.0.0");
    // the events port file is a whole descriptor, not a port: it is kept for validation to report
    assertThat(d.interfaceComponents().orElseThrow().outputPorts().get(1).unknownProperties())
        .containsKeys("dataProductDescriptor", "info");
    assertThat(d.internalComponents().orElseThrow().applicationComponents())
        .allSatisfy(app -> assertThat(app.draftBuildInfo()).isPresent());
    assertThat(r.resolved().orElseThrow().locate("/interfaceComponents/outputPorts/0/promises").orElseThrow().uri())
        .isEqualTo(examples.resolve("tripexecution/ports/trip-status-oport.json").toAbsolutePath().normalize().toUri());
  }

  @Test
  void theDraftDemoResolvesThroughThePrefixMappingAndRefusesTheNetworkOtherwise() {
    Path root = examples.resolve("trackandtrace/data-product-descriptor.json");

    LoadResult mapped = offline().load(root);
    LoadResult online = DescriptorLoader.defaults().load(root);

    assertThat(mapped.diagnostics()).isEmpty();
    DataProductDescriptor d = mapped.descriptor().orElseThrow();
    assertThat(d.ports()).hasSize(3).allSatisfy(p -> assertThat(p.reference()).isEmpty());
    assertThat(d.interfaceComponents().orElseThrow().outputPorts())
        .allSatisfy(p -> assertThat(p.draftContracts()).isPresent());
    assertThat(d.internalComponents().orElseThrow().infrastructuralComponents().get(0).draftProvisionInfo())
        .isPresent();
    assertThat(online.diagnostics()).hasSize(5).extracting(Diagnostic::ruleId).containsOnly("ref.refused");
  }
}
