package io.dpds.compat;

import static io.dpds.compat.ChangeJudgeTest.JUNE;
import static io.dpds.compat.CompatibilityFixture.POSITIONS;
import static io.dpds.compat.CompatibilityFixture.STATUS;
import static io.dpds.compat.CompatibilityFixture.array;
import static io.dpds.compat.CompatibilityFixture.object;
import static io.dpds.compat.CompatibilityFixture.remove;
import static io.dpds.compat.CompatibilityFixture.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.PortKind;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import io.dpds.triage.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version rules, the bumps, severities and waivers, bad input, transitive modes and DRAFT shapes. */
class CompatibilityCheckerTest {

  @TempDir Path dir;
  CompatibilityFixture fixture;
  CompatibilityChecker checker;

  @BeforeEach
  void setUp() {
    fixture = new CompatibilityFixture(dir);
    checker = CompatibilityChecker.builder().clock(JUNE).build();
  }

  private CompatibilityReport diff(Consumer<ObjectNode> edit) {
    return checker.check(fixture.version(d -> { }), fixture.version(edit));
  }

  private static Consumer<ObjectNode> version(String product) {
    return d -> object(d, "/info").put("version", product);
  }

  private static Consumer<ObjectNode> major(int major) {
    return d -> object(d, "/info").put("version", major + ".0.0")
        .put("fullyQualifiedName", "urn:dpds:org.example:dataproducts:fleet:" + major);
  }

  private static final Consumer<ObjectNode> DROP_STATUS =
      d -> array(d, "/interfaceComponents/outputPorts").remove(1);
  private static final Consumer<ObjectNode> PLATFORM_MOVES =
      d -> object(d, POSITIONS + "/promises").put("platform", "pulsar");

  private static List<String> problems(CompatibilityReport report) {
    return report.versionProblems().stream().map(Diagnostic::ruleId).toList();
  }

  @Test
  void aBreakingChangeRequiresAMajorAndAMinorBumpIsTooSmall() {
    CompatibilityReport report = diff(DROP_STATUS.andThen(version("1.3.0")));

    assertThat(report.requiredBump()).isEqualTo(Bump.MAJOR);
    assertThat(report.declaredBump()).isEqualTo(Bump.MINOR);
    assertThat(report.compatible()).isFalse();
    assertThat(report.versionOk()).isFalse();
    Diagnostic problem = report.versionProblems().get(0);
    assertThat(problem.ruleId()).isEqualTo("compat.version.bump-too-small");
    assertThat(problem.pointer()).isEqualTo("/info/version");
    assertThat(problem.location().get().line()).isEqualTo(6); // after the writer's "---"
    assertThat(problem.message()).contains("1.2.0 to 1.3.0 (a minor bump) but the changes require a major bump");
  }

  @Test
  void aBreakingChangeWithTheMajorBumpedIsDeclared() {
    CompatibilityReport report = diff(DROP_STATUS.andThen(major(2)));

    assertThat(report.compatible()).isFalse();
    assertThat(report.versionOk()).isTrue();
    assertThat(report.versionProblems()).isEmpty();
  }

  @Test
  void whileTheMajorIsZeroABreakingChangeRequiresAMinor() {
    Path old = fixture.version(major(0).andThen(version("0.4.0")));
    Path now = fixture.version(major(0).andThen(version("0.5.0")).andThen(DROP_STATUS));

    CompatibilityReport report = checker.check(old, now);

    assertThat(report.compatible()).isFalse();
    assertThat(report.requiredBump()).isEqualTo(Bump.MINOR);
    assertThat(report.versionOk()).isTrue();
  }

  @Test
  void anAdditionRequiresAMinorAndADescriptionAPatch() {
    CompatibilityReport added = diff(d -> object(d, STATUS).putObject("promises").put("platform", "kafka"));
    CompatibilityReport described = diff(d -> object(d, STATUS).put("description", "now described"));

    assertThat(added.requiredBump()).isEqualTo(Bump.MINOR);
    assertThat(described.requiredBump()).isEqualTo(Bump.PATCH);
    assertThat(problems(added)).containsExactly("compat.version.bump-too-small");
    assertThat(diff(((Consumer<ObjectNode>) d -> object(d, STATUS).put("description", "x"))
        .andThen(version("1.2.1"))).versionOk()).isTrue();
  }

  @Test
  void aDecreasedVersionIsAProblemWhateverChanged() {
    CompatibilityReport report = diff(version("1.1.9"));

    assertThat(report.declaredBump()).isEqualTo(Bump.DECREASE);
    assertThat(problems(report)).containsExactly("compat.version.decreased");
    assertThat(report.versionOk()).isFalse();
    assertThat(report.compatible()).isTrue();
  }

  @Test
  void aPortWithABreakingChangeMustBumpItsMajor() {
    CompatibilityReport report = diff(PLATFORM_MOVES.andThen(major(2)));

    assertThat(problems(report)).containsExactly("compat.version.port-major-not-bumped");
    Diagnostic problem = report.versionProblems().get(0);
    assertThat(problem.pointer()).isEqualTo(POSITIONS + "/version");
    assertThat(problem.message()).contains("outputport:positions has breaking changes");

    CompatibilityReport bumped = diff(PLATFORM_MOVES.andThen(major(2))
        .andThen(d -> object(d, POSITIONS).put("version", "2.0.0")));
    assertThat(bumped.versionOk()).isTrue();
  }

  @Test
  void aPortMajorBumpForcesAProductMajorBump() {
    CompatibilityReport report = diff(d -> {
      object(d, POSITIONS).put("version", "2.0.0");
      object(d, "/info").put("version", "1.3.0");
    });

    assertThat(problems(report)).containsExactly("compat.version.port-major-without-product-major");
    assertThat(report.versionProblems().get(0).pointer()).isEqualTo(POSITIONS + "/version");
  }

  @Test
  void aPortVersionMayNotDecrease() {
    CompatibilityReport report = diff(d -> {
      object(d, STATUS).put("version", "0.9.0");
      object(d, "/info").put("version", "1.2.1");
    });

    assertThat(problems(report)).containsExactly("compat.version.decreased");
    assertThat(report.versionProblems().get(0).pointer()).isEqualTo(STATUS + "/version");
  }

  @Test
  void theFqnMajorFollowsTheVersion() {
    CompatibilityReport report = diff(version("2.0.0"));

    assertThat(problems(report)).contains("compat.version.fqn-major");
  }

  @Test
  void versionsOfAnySizeAreJudgedAsSemVerOrdersThem() {
    String big = "99999999999999999999";
    Path old = fixture.version(d -> object(d, "/info").put("version", big + ".0.0")
        .put("fullyQualifiedName", "urn:dpds:org.example:dataproducts:fleet:" + big));
    Path now = fixture.version(d -> object(d, "/info").put("version", big + ".1.0-" + "rc.".repeat(20_000) + "1")
        .put("fullyQualifiedName", "urn:dpds:org.example:dataproducts:fleet:" + big));
    Path bumped = fixture.version(major(2).andThen(DROP_STATUS));

    CompatibilityReport minor = checker.check(old, now);
    CompatibilityReport decrease = checker.check(old, bumped);

    assertThat(minor.declaredBump()).isEqualTo(Bump.MINOR);
    assertThat(minor.versionOk()).as(minor.versionProblems().toString()).isTrue();
    assertThat(decrease.declaredBump()).as("2 is below 99999999999999999999").isEqualTo(Bump.DECREASE);
    assertThat(problems(decrease)).contains("compat.version.decreased");
  }

  @Test
  void aVersionThatIsNotSemVerCannotBeJudged() {
    CompatibilityReport report = diff(version("1.3"));

    assertThat(problems(report)).containsExactly("compat.version.unreadable");
    assertThat(report.declaredBump()).isEqualTo(Bump.NONE);
    assertThat(report.versionOk()).isFalse();
  }

  @Test
  void severityOverridesAndDisabledRulesApply() {
    CompatibilityChecker lenient = CompatibilityChecker.builder().clock(JUNE)
        .severity("compat.port.removed", Severity.WARNING).disable("compat.version.bump-too-small").build();

    CompatibilityReport report = lenient.check(fixture.version(d -> { }), fixture.version(DROP_STATUS));

    assertThat(report.findings()).singleElement()
        .satisfies(f -> assertThat(f.diagnostic().severity()).isEqualTo(Severity.WARNING));
    assertThat(report.compatible()).isTrue();
    assertThat(report.requiredBump()).isEqualTo(Bump.MINOR);
    assertThat(report.versionOk()).isTrue();
    assertThatThrownBy(() -> CompatibilityChecker.builder().disable("compat.nope").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("compat.nope");
  }

  @Test
  void aWaiverSuppressesABreakingChangeUntilItExpires() {
    Waiver waiver = new Waiver("compat.port.removed", "/interfaceComponents/outputPorts/*", "agreed with consumers",
        LocalDate.parse("2026-12-31"));
    Waiver expired = new Waiver("compat.port.removed", "/interfaceComponents/**", "old deal",
        LocalDate.parse("2026-01-31"));

    CompatibilityReport waived = CompatibilityChecker.builder().clock(JUNE).waivers(List.of(waiver)).build()
        .check(fixture.version(d -> { }), fixture.version(DROP_STATUS.andThen(version("1.3.0"))));
    CompatibilityReport again = CompatibilityChecker.builder().clock(JUNE).waivers(List.of(expired)).build()
        .check(fixture.version(d -> { }), fixture.version(DROP_STATUS));

    assertThat(waived.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.version.changed");
    assertThat(waived.suppressed()).singleElement().satisfies(s -> assertThat(s.reason()).contains("agreed"));
    assertThat(waived.compatible()).isTrue();
    assertThat(waived.requiredBump()).isEqualTo(Bump.MINOR);
    assertThat(waived.versionOk()).isTrue();
    assertThat(again.findings()).extracting(f -> f.diagnostic().ruleId())
        .containsExactly("compat.port.removed", "waiver.expired");
    assertThat(again.compatible()).isFalse();
  }

  @Test
  void aVersionThatCannotBeLoadedIsReportedNotCompared() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "info: [unclosed\n");
    Path dangling = fixture.version(d -> object(d, STATUS).put("$ref", "missing.yaml"));

    CompatibilityReport syntax = checker.check(fixture.version(d -> { }), broken);
    CompatibilityReport reference = checker.check(dangling, fixture.version(d -> { }));
    CompatibilityReport absent = checker.check(dir.resolve("nowhere.yaml"), broken);

    assertThat(syntax.comparable()).isFalse();
    assertThat(syntax.inputProblems()).extracting(Diagnostic::ruleId).containsExactly("load.syntax");
    assertThat(syntax.inputProblems().get(0).location()).isPresent();
    assertThat(syntax.compatible()).isFalse();
    assertThat(syntax.versionOk()).isFalse();
    assertThat(reference.inputProblems()).extracting(Diagnostic::ruleId).containsExactly("ref.unresolved");
    assertThat(absent.inputProblems()).extracting(Diagnostic::ruleId).containsExactly("load.unreadable", "load.syntax");
    assertThat(absent.inputProblems()).extracting(absent::inputOf)
        .containsExactly(dir.resolve("nowhere.yaml").toUri(), broken.toUri());
    assertThatThrownBy(() -> absent.inputOf(syntax.inputProblems().get(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void transitivePortsAreJudgedAgainstEveryEarlierVersion() {
    DescriptorLoader loader = DescriptorLoader.builder().build();
    ResolvedDescriptor v1 = loader.load(fixture.version(d -> { })).resolved().orElseThrow();
    ResolvedDescriptor v2 = loader.load(fixture.version(d -> object(d, POSITIONS).put("x-deprecated", "2026-05-01")
        .with("promises").put("platform", "kafka2"))).resolved().orElseThrow();
    ResolvedDescriptor v3 = loader.load(fixture.version(d -> object(d, POSITIONS).put("x-deprecated", "2026-05-01")
        .with("promises").put("platform", "kafka2"))).resolved().orElseThrow();
    PortId positions = new PortId(PortKind.OUTPUT, "positions");
    CompatibilityChecker transitive = CompatibilityChecker.builder().clock(JUNE)
        .mode(positions, CompatibilityMode.FORWARD_TRANSITIVE).build();

    CompatibilityReport latestOnly = checker.check(List.of(v1, v2), v3);
    CompatibilityReport all = transitive.check(List.of(v1, v2), v3);

    assertThat(latestOnly.findings()).isEmpty();
    assertThat(all.findings()).singleElement().satisfies(f -> {
      assertThat(f.diagnostic().ruleId()).isEqualTo("compat.port.platform");
      assertThat(f.diagnostic().message()).endsWith("(against version 1.2.0)");
    });
    assertThat(all.compatible()).isFalse();
    assertThatThrownBy(() -> checker.check(List.of(), v3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void draftContractsAreComparedAsObligations() {
    Consumer<ObjectNode> draft = d -> {
      ObjectNode port = object(d, POSITIONS);
      port.set("contracts", port.remove("obligations"));
    };
    Path old = fixture.version(draft);

    CompatibilityReport migrated = checker.check(old, fixture.version(d -> { }));
    CompatibilityReport dropped = checker.check(old, fixture.version(d -> remove(d, POSITIONS + "/obligations/sla")));

    assertThat(migrated.findings()).isEmpty();
    assertThat(dropped.findings()).singleElement().satisfies(f -> {
      assertThat(f.diagnostic().ruleId()).isEqualTo("compat.obligation.sla");
      assertThat(f.change().oldPointer()).contains(POSITIONS + "/contracts/sla");
      assertThat(f.change().path()).isEqualTo("/obligations/sla");
    });
  }

  @Test
  void draftStandardDefinitionsAreComparedWithTheirVersionAsTheSpecificationVersion() {
    Path old = fixture.version(d -> {
      ObjectNode api = object(d, POSITIONS + "/promises/api");
      api.remove("name");
      api.set("version", api.remove("specificationVersion"));
      ObjectNode slo = object(d, POSITIONS + "/promises/slo");
      slo.remove("name");
      slo.remove("version");
      object(d, POSITIONS).set("contracts", object(d, POSITIONS).remove("obligations"));
      ObjectNode sla = object(d, POSITIONS + "/contracts/sla");
      sla.remove("name");
      sla.remove("version");
    });

    CompatibilityReport migrated = checker.check(old, fixture.version(d -> set(d, "/info/version", "'1.3.0'")));
    CompatibilityReport specMoved = checker.check(old,
        fixture.version(d -> set(d, POSITIONS + "/promises/api/specificationVersion", "'3.0.0'")));

    assertThat(migrated.findings()).extracting(f -> f.diagnostic().severity()).containsOnly(Severity.INFO);
    assertThat(migrated.findings()).extracting(f -> f.change().path()).contains("/promises/api/version",
        "/promises/api/name", "/promises/slo/name", "/obligations/sla/version");
    assertThat(migrated.requiredBump()).isEqualTo(Bump.PATCH);
    assertThat(specMoved.findings()).filteredOn(f -> f.diagnostic().ruleId().equals("compat.api.spec-version"))
        .singleElement().satisfies(f -> {
          assertThat(f.diagnostic().message()).contains("'2.6.0'", "'3.0.0'");
          assertThat(f.change().oldPointer()).contains(POSITIONS + "/promises/api/version");
        });
  }

  @Test
  void draftOnlyFieldsWithReferencesToServicesThatDoNotExistAreComparedAsOpaqueValues() {
    // The DRAFT-era history of the spec's example: build blocks whose references lead nowhere.
    String app = "/internalComponents/applicationComponents/0";
    Path old = fixture.version(d -> set(d, app + "/buildInfo", "{service: {$ref: 'services/azure-devops.json'}}"));
    Path same = fixture.version(d -> set(d, app + "/buildInfo", "{service: {$ref: 'services/azure-devops.json'}}"));
    Path moved = fixture.version(d -> set(d, app + "/buildInfo", "{service: {$ref: 'services/jenkins.json'}}"));

    CompatibilityReport unchanged = checker.check(old, same);
    CompatibilityReport changed = checker.check(old, moved);

    assertThat(unchanged.comparable()).isTrue();
    assertThat(unchanged.inputProblems()).isEmpty();
    assertThat(unchanged.changes()).isEmpty();
    assertThat(changed.comparable()).isTrue();
    assertThat(changed.changes()).singleElement().satisfies(c -> {
      assertThat(c.type()).isEqualTo(Change.Type.CHANGED);
      assertThat(c.path()).isEqualTo("/internalComponents/applicationComponents/app/buildInfo/service/$ref");
    });
  }

  @Test
  void aVersionThatCannotBeLoadedSaysWhyAsTheReadmeExampleReadsIt() throws Exception {
    Path old = fixture.version(d -> { });
    Path dangling = fixture.version(d -> array(d, "/interfaceComponents/outputPorts").add(
        CompatibilityFixture.json("{\"$ref\": \"ports/gone.yaml\"}")));

    CompatibilityReport report = checker.check(old, dangling);

    assertThat(report.comparable()).isFalse();
    assertThat(report.compatible()).isFalse();
    assertThat(report.findings()).isEmpty();
    assertThat(report.inputProblems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("ref.unresolved");
      assertThat(d.toString()) // what the README's example prints: file:line:column, rule and why
          .startsWith(dangling.toAbsolutePath() + ":").contains("[ref.unresolved]", "ports/gone.yaml");
    });
    assertThat(report.toString()).startsWith("not comparable: ").contains("ports/gone.yaml");
  }

  @Test
  void aModeForAPortNeitherVersionHasMakesTheVersionsNotComparable() {
    Path old = fixture.version(d -> { });
    CompatibilityReport report = CompatibilityChecker.builder()
        .mode(PortId.parse("outputport:positionz"), CompatibilityMode.FULL).build().check(old, old);

    assertThat(report.comparable()).isFalse();
    assertThat(report.inputProblems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("compat.mode-port");
      assertThat(d.message()).contains("outputport:positionz", "outputport:positions", "inputport:events");
    });
    assertThat(CompatibilityChecker.builder().mode(PortId.parse("outputport:positions"), CompatibilityMode.FULL)
        .build().check(old, old).comparable()).isTrue();
  }

  @Test
  void oneCheckerSharedByManyThreadsGivesTheSameReports() throws Exception {
    Path old = fixture.version(d -> { });
    List<Path> news = List.of(fixture.version(DROP_STATUS), fixture.version(PLATFORM_MOVES),
        fixture.version(major(2)), fixture.version(d -> remove(d, POSITIONS + "/promises/slo")));
    List<String> expected = news.stream().map(now -> checker.check(old, now).findings().toString()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        Path now = news.get(i % news.size());
        futures.add(pool.submit(() -> checker.check(old, now).findings().toString()));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % news.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
