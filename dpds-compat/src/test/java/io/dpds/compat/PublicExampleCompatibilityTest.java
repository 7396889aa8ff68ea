package io.dpds.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker on the public DRAFT-shaped track-and-trace example in {@code ../shared/dpds} (reference material, read
 * in place and copied only into a temporary folder) against an edited copy made here.
 */
class PublicExampleCompatibilityTest {

  private static final String DEMO = "https://raw.githubusercontent.com/Quantyca/odm-demo-trips/main/";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theDraftExampleAgainstAnEditedCopyAfterNormalisingItsShape() throws IOException {
    Path example = Path.of(System.getProperty("dpds.shared.dir", "../../shared"))
        .resolve("dpds/examples/trackandtrace");
    assumeTrue(Files.isDirectory(example), "no public examples at " + example.toAbsolutePath()
        + " (../shared/dpds beside the clone)");
    Path edited = copy(example, dir.resolve("edited"));
    // The edited copy migrates the port to 1.0.0 (contracts -> obligations), moves it and changes its billing.
    Path port = edited.resolve("ports/tripCurrentSnapshot-oport.json");
    ObjectNode tree = (ObjectNode) JSON.readTree(port.toFile());
    ObjectNode obligations = (ObjectNode) tree.remove("contracts");
    obligations.with("billingPolicy").put("x-pricePerUnit", 0.007);
    tree.set("obligations", obligations);
    tree.with("promises").put("platform", "aws:westeurope");
    Files.writeString(port, JSON.writeValueAsString(tree));
    Path root = edited.resolve("data-product-descriptor.json");
    ObjectNode descriptor = (ObjectNode) JSON.readTree(root.toFile());
    descriptor.with("info").put("version", "2.0.0");
    descriptor.with("interfaceComponents").withArray("outputPorts").remove(1);
    Files.writeString(root, JSON.writeValueAsString(descriptor));

    CompatibilityReport report = CompatibilityChecker.defaults()
        .check(load(example.resolve("data-product-descriptor.json"), example), load(root, edited));

    assertThat(report.comparable()).as("%s", report.inputProblems()).isTrue();
    assertThat(report.findings()).extracting(f -> f.diagnostic().ruleId()).containsExactlyInAnyOrder(
        "compat.version.changed", "compat.port.platform", "compat.obligation.terms", "compat.port.removed");
    Diagnostic platform = report.findings().stream().map(CompatibilityFinding::diagnostic)
        .filter(d -> d.ruleId().equals("compat.port.platform")).findFirst().orElseThrow();
    assertThat(platform.severity()).isEqualTo(Severity.ERROR);
    assertThat(platform.location().get().uri()).hasToString(DEMO + "ports/tripCurrentSnapshot-oport.json");
    assertThat(platform.location().get().line()).isEqualTo(1); // the edited copy is written on one line
    assertThat(report.requiredBump()).isEqualTo(Bump.MAJOR);
    assertThat(report.declaredBump()).isEqualTo(Bump.MAJOR);
    assertThat(report.versionProblems()).extracting(Diagnostic::ruleId)
        .containsExactly("compat.version.port-major-not-bumped");
  }

  @Test
  void everyPairOfExampleAndFixtureFilesIsComparedWithoutAnException() throws IOException {
    Path shared = Path.of(System.getProperty("dpds.shared.dir", "../../shared")).resolve("dpds/examples");
    // The validator's fixtures: every shape of a valid descriptor, in one file or many.
    List<Path> files = new ArrayList<>(files(Path.of(System.getProperty("dpds.project.dir", ".."))
        .resolve("dpds-validation/src/test/resources/fixtures")));
    if (Files.isDirectory(shared)) {
      files.addAll(files(shared));
    }
    CompatibilityChecker checker = CompatibilityChecker.builder()
        .loader(loader -> loader.root(Path.of("/")).mapPrefix(DEMO, shared.resolve("trackandtrace"))).build();

    for (Path old : files) {
      for (Path now : files) {
        assertThatCode(() -> assertThat(checker.check(old, now).toString()).isNotEmpty())
            .as(old + " -> " + now).doesNotThrowAnyException();
      }
    }
    assertThat(files).hasSizeGreaterThan(5);
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Loads a version whose references name the demo repository, served from {@code folder}. */
  private static LoadResult load(Path root, Path folder) {
    return DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT).mapPrefix(DEMO, folder).build()
        .load(root);
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    return to;
  }
}
