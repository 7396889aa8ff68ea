package io.dpds.compat;

import static io.dpds.compat.CompatibilityFixture.EVENTS;
import static io.dpds.compat.CompatibilityFixture.POSITIONS;
import static io.dpds.compat.CompatibilityFixture.STATUS;
import static io.dpds.compat.CompatibilityFixture.array;
import static io.dpds.compat.CompatibilityFixture.object;
import static io.dpds.compat.CompatibilityFixture.remove;
import static io.dpds.compat.CompatibilityFixture.set;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.model.PortKind;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per row of table b1 (descriptor-level changes), in each direction the row distinguishes. */
class ChangeJudgeTest {

  static final Clock JUNE = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
  static final PortId POSITIONS_PORT = new PortId(PortKind.OUTPUT, "positions");
  static final PortId EVENTS_PORT = new PortId(PortKind.INPUT, "events");

  @TempDir Path dir;
  CompatibilityFixture fixture;
  CompatibilityChecker checker;

  @BeforeEach
  void setUp() {
    fixture = new CompatibilityFixture(dir);
    checker = CompatibilityChecker.builder().clock(JUNE).build();
  }

  private CompatibilityReport diff(Consumer<ObjectNode> edit) {
    return diff(checker, edit);
  }

  private CompatibilityReport diff(CompatibilityChecker with, Consumer<ObjectNode> edit) {
    CompatibilityReport report = with.check(fixture.version(d -> { }), fixture.version(edit));
    assertThat(report.comparable()).as("comparable: %s", report.inputProblems()).isTrue();
    return report;
  }

  /** The one finding of {@code rule}, asserting its severity, pointer and that it has a line. */
  private static Diagnostic only(CompatibilityReport report, Rule rule, Severity severity, String pointer) {
    List<Diagnostic> found = report.findings().stream().map(CompatibilityFinding::diagnostic)
        .filter(d -> d.ruleId().equals(rule.id())).toList();
    assertThat(found).as("findings of %s in %s", rule.id(), report.findings()).hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.severity()).as(d.toString()).isEqualTo(severity);
    assertThat(d.pointer()).isEqualTo(pointer);
    assertThat(d.location()).as("location of %s", d).isPresent();
    return d;
  }

  private static List<String> rules(CompatibilityReport report) {
    return report.findings().stream().map(f -> f.diagnostic().ruleId()).toList();
  }

  @Test
  void identicalVersionsHaveNothingToSay() {
    CompatibilityReport report = diff(d -> { });

    assertThat(report.changes()).isEmpty();
    assertThat(report.findings()).isEmpty();
    assertThat(report.requiredBump()).isEqualTo(Bump.NONE);
    assertThat(report.declaredBump()).isEqualTo(Bump.NONE);
    assertThat(report.compatible()).isTrue();
    assertThat(report.versionOk()).isTrue();
  }

  @Test
  void specMinorOrPatchIsInfo() {
    CompatibilityReport report = diff(d -> d.put("dataProductDescriptor", "1.1.0"));

    only(report, CompatibilityRules.SPEC_MINOR, INFO, "/dataProductDescriptor");
  }

  @Test
  void specMajorIsAWarning() {
    CompatibilityReport report = diff(d -> d.put("dataProductDescriptor", "2.0.0"));

    only(report, CompatibilityRules.SPEC_MAJOR, WARNING, "/dataProductDescriptor");
  }

  @Test
  void anFqnInAnotherNamespaceIsAnotherProduct() {
    CompatibilityReport report = diff(d -> object(d, "/info")
        .put("fullyQualifiedName", "urn:dpds:org.other:dataproducts:fleet:1"));

    only(report, CompatibilityRules.PRODUCT_FQN, ERROR, "/info/fullyQualifiedName");
    assertThat(report.compatible()).isFalse();
  }

  @Test
  void aRenamedProductIsBreakingAndItsFqnFollows() {
    CompatibilityReport report = diff(d -> object(d, "/info").put("name", "vehicles")
        .put("fullyQualifiedName", "urn:dpds:org.example:dataproducts:vehicles:1"));

    only(report, CompatibilityRules.PRODUCT_NAME, ERROR, "/info/name");
    only(report, CompatibilityRules.IDENTITY_DERIVED, INFO, "/info/fullyQualifiedName");
  }

  @Test
  void aPortOrApiVersionMovedAloneStillAsksForAPatch() {
    CompatibilityReport port = diff(d -> object(d, POSITIONS).put("version", "1.0.1"));
    CompatibilityReport api = diff(d -> object(d, POSITIONS + "/promises/api").put("version", "1.0.1"));

    assertThat(rules(port)).containsExactly("compat.version.changed");
    assertThat(port.requiredBump()).isEqualTo(Bump.PATCH);
    assertThat(port.versionOk()).as("other content under the same product version").isFalse();
    assertThat(rules(api)).containsExactly("compat.version.changed");
    assertThat(api.requiredBump()).isEqualTo(Bump.PATCH);
  }

  @Test
  void aMajorBumpMovesEveryFqnWithoutBreakingAnything() {
    CompatibilityReport report = diff(d -> {
      object(d, "/info").put("version", "2.0.0")
          .put("fullyQualifiedName", "urn:dpds:org.example:dataproducts:fleet:2");
      object(d, POSITIONS).put("fullyQualifiedName",
          "urn:dpds:org.example:dataproducts:fleet:2:outputports:positions");
    });

    assertThat(rules(report)).containsExactly("compat.identity.derived", "compat.version.changed",
        "compat.identity.derived");
    assertThat(report.compatible()).isTrue();
    assertThat(report.requiredBump()).isEqualTo(Bump.NONE);
    assertThat(report.declaredBump()).isEqualTo(Bump.MAJOR);
    assertThat(report.versionProblems()).extracting(Diagnostic::ruleId)
        .containsExactly("compat.version.unneeded-major");
    assertThat(report.versionOk()).isTrue();
  }

  @Test
  void aPortFqnNamingAnotherPortIsAnIdentityError() {
    CompatibilityReport report = diff(d -> object(d, POSITIONS).put("fullyQualifiedName",
        "urn:dpds:org.example:dataproducts:fleet:1:outputports:places"));

    only(report, CompatibilityRules.IDENTITY, ERROR, POSITIONS + "/fullyQualifiedName");
  }

  @Test
  void aChangedEntityTypeOrIdIsAnIdentityError() {
    CompatibilityReport entity = diff(d -> object(d, POSITIONS).put("entityType", "inputport"));
    CompatibilityReport id = diff(d -> object(d, "/info").put("id", "3f1d2f3c-0000-5000-8000-000000000000"));
    CompatibilityReport changedId = checker.check(fixture.version(d -> object(d, "/info").put("id", "a")),
        fixture.version(d -> object(d, "/info").put("id", "b")));

    only(entity, CompatibilityRules.IDENTITY_DERIVED, INFO, POSITIONS + "/entityType");
    only(id, CompatibilityRules.IDENTITY_DERIVED, INFO, "/info/id");
    only(changedId, CompatibilityRules.IDENTITY, ERROR, "/info/id");
    CompatibilityReport changedType = checker.check(fixture.version(d -> object(d, POSITIONS)
        .put("entityType", "outputport")), fixture.version(d -> object(d, POSITIONS).put("entityType", "port")));
    only(changedType, CompatibilityRules.IDENTITY, ERROR, POSITIONS + "/entityType");
  }

  @Test
  void theDomainMovingIsAWarning() {
    only(diff(d -> object(d, "/info").put("domain", "transport")), CompatibilityRules.PRODUCT_DOMAIN, WARNING,
        "/info/domain");
  }

  @Test
  void descriptiveFieldsAreInfoAndNeedAPatch() {
    CompatibilityReport report = diff(d -> {
      object(d, "/info/owner").put("name", "New owner");
      object(d, "/info").put("description", "Fleet data, improved").put("displayName", "Fleet");
      set(d, "/info/contactPoints", "[{name: desk, channel: email, address: desk@example.org}]");
      set(d, "/tags", "[fleet]");
      set(d, "/externalDocs", "{mediaType: text/html, $href: 'https://example.org'}");
      object(d, POSITIONS).put("description", "Where vehicles are");
    });

    assertThat(rules(report)).hasSize(7).containsOnly("compat.metadata");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.diagnostic().severity()).isEqualTo(INFO));
    assertThat(report.requiredBump()).isEqualTo(Bump.PATCH);
    assertThat(report.versionOk()).isFalse();
    assertThat(report.versionProblems()).extracting(Diagnostic::ruleId)
        .containsExactly("compat.version.bump-too-small");
  }

  @Test
  void anAddedOutputPortIsInfoAndNeedsAMinor() {
    CompatibilityReport report = diff(d -> array(d, "/interfaceComponents/outputPorts")
        .add(object(CompatibilityFixture.json("{\"name\":\"trips\",\"version\":\"1.0.0\"}"), "")));

    only(report, CompatibilityRules.PORT_ADDED, INFO, "/interfaceComponents/outputPorts/2");
    assertThat(report.findings().get(0).port()).contains(new PortId(PortKind.OUTPUT, "trips"));
    assertThat(report.requiredBump()).isEqualTo(Bump.MINOR);
  }

  @Test
  void aRemovedOutputPortBreaksItsConsumers() {
    CompatibilityReport report = diff(d -> array(d, "/interfaceComponents/outputPorts").remove(1));

    Diagnostic d = only(report, CompatibilityRules.PORT_REMOVED, ERROR, STATUS);
    assertThat(d.message()).contains("output port status removed", "consumers lose it");
    assertThat(d.location().get().uri().toString()).endsWith("v1.yaml");
    assertThat(report.requiredBump()).isEqualTo(Bump.MAJOR);
  }

  @Test
  void aRemovedDeprecatedOutputPortIsAWarningOnceItsPeriodHasElapsed() {
    Path old = fixture.version(d -> object(d, POSITIONS).put("x-deprecated", "2026-01-15"));
    Path now = fixture.version(d -> array(d, "/interfaceComponents/outputPorts").remove(0));

    Diagnostic elapsed = only(checker.check(old, now), CompatibilityRules.PORT_REMOVED, WARNING, POSITIONS);
    CompatibilityChecker inMarch = CompatibilityChecker.builder()
        .clock(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC)).build();
    Diagnostic pending = only(inMarch.check(old, now), CompatibilityRules.PORT_REMOVED, ERROR, POSITIONS);

    assertThat(elapsed.message()).contains("deprecation period ended on 2026-04-15");
    assertThat(pending.message()).contains("only ends on 2026-04-15");
  }

  @Test
  void aRenamedOutputPortIsARemovalAndAnAddition() {
    CompatibilityReport report = diff(d -> object(d, STATUS).put("name", "state"));

    assertThat(rules(report)).containsExactly("compat.port.removed", "compat.port.added");
    assertThat(report.findings()).extracting(f -> f.port().get().name()).containsExactly("status", "state");
  }

  @Test
  void anAddedInputPortIsInfoAndARemovedOneAWarning() {
    CompatibilityReport added = diff(d -> array(d, "/interfaceComponents/inputPorts")
        .add(object(CompatibilityFixture.json("{\"name\":\"orders\",\"version\":\"1.0.0\"}"), "")));
    CompatibilityReport removed = diff(d -> remove(d, "/interfaceComponents/inputPorts"));

    only(added, CompatibilityRules.PORT_ADDED, INFO, "/interfaceComponents/inputPorts/1");
    assertThat(only(removed, CompatibilityRules.PORT_REMOVED, WARNING, EVENTS).message())
        .contains("producers that push to it");
  }

  @Test
  void discoveryObservabilityAndControlPortsRemovedAreWarningsAddedAreInfo() {
    CompatibilityReport removed = diff(d -> {
      remove(d, "/interfaceComponents/discoveryPorts");
      remove(d, "/interfaceComponents/observabilityPorts");
      remove(d, "/interfaceComponents/controlPorts");
    });
    CompatibilityReport added = diff(d -> set(d, "/interfaceComponents/controlPorts",
        "[{name: admin, version: 1.0.0}, {name: audit, version: 1.0.0}]"));

    assertThat(removed.findings()).hasSize(3).allSatisfy(f -> {
      assertThat(f.diagnostic().ruleId()).isEqualTo("compat.port.removed");
      assertThat(f.diagnostic().severity()).isEqualTo(WARNING);
    });
    assertThat(removed.findings()).extracting(f -> f.port().get().kind())
        .containsExactly(PortKind.DISCOVERY, PortKind.OBSERVABILITY, PortKind.CONTROL);
    only(added, CompatibilityRules.PORT_ADDED, INFO, "/interfaceComponents/controlPorts/1");
  }

  @Test
  void platformServicesTypeAndApiSpecificationChangesAreBreakingInBothDirections() {
    CompatibilityReport out = diff(d -> {
      object(d, POSITIONS + "/promises").put("platform", "pulsar").put("servicesType", "rest-services");
      object(d, POSITIONS + "/promises/api").put("specification", "openapi");
    });
    CompatibilityReport in = diff(d -> object(d, EVENTS + "/promises").put("platform", "pulsar")
        .remove("servicesType"));

    only(out, CompatibilityRules.PLATFORM, ERROR, POSITIONS + "/promises/platform");
    only(out, CompatibilityRules.SERVICES_TYPE, ERROR, POSITIONS + "/promises/servicesType");
    only(out, CompatibilityRules.API_SPECIFICATION, ERROR, POSITIONS + "/promises/api/specification");
    only(in, CompatibilityRules.PLATFORM, ERROR, EVENTS + "/promises/platform");
    only(in, CompatibilityRules.SERVICES_TYPE, ERROR, EVENTS + "/promises/servicesType");
  }

  @Test
  void aRemovedApiIsBreakingAndAnAddedOneIsAContractAddition() {
    CompatibilityReport removed = diff(d -> remove(d, POSITIONS + "/promises/api"));
    CompatibilityReport added = diff(d -> set(d, EVENTS + "/promises/api",
        "{name: eventsApi, version: 1.0.0, specification: asyncapi, definition: {asyncapi: 3.0.0}}"));

    only(removed, CompatibilityRules.API_SPECIFICATION, ERROR, POSITIONS + "/promises/api");
    only(added, CompatibilityRules.CONTRACT_ADDED, INFO, EVENTS + "/promises/api");
    assertThat(added.requiredBump()).isEqualTo(Bump.MINOR);
  }

  @Test
  void aSpecificationOrItsVersionWrittenOtherwiseIsTheSameOne() {
    CompatibilityReport report = diff(d -> object(d, POSITIONS + "/promises/api").put("specification", "AsyncAPI ")
        .put("specificationVersion", "2.6"));

    assertThat(report.findings()).extracting(f -> f.diagnostic().ruleId(), f -> f.diagnostic().severity(),
        f -> f.diagnostic().pointer()).containsExactlyInAnyOrder(
        tuple("compat.metadata", INFO, POSITIONS + "/promises/api/specification"),
        tuple("compat.metadata", INFO, POSITIONS + "/promises/api/specificationVersion"));
    assertThat(report.requiredBump()).isEqualTo(Bump.PATCH);
    only(diff(d -> object(d, POSITIONS + "/promises/api").put("specificationVersion", "2.6.1")),
        CompatibilityRules.API_SPEC_VERSION, WARNING, POSITIONS + "/promises/api/specificationVersion");
    Consumer<ObjectNode> spelt = d -> object(d, POSITIONS + "/promises/api").put("specification", " AsyncAPI");
    CompatibilityReport judged = checker.check(fixture.version(spelt), fixture.version(spelt.andThen(d ->
        object(d, POSITIONS + "/promises/api/definition/channels").putObject("trips"))));
    assertThat(rules(judged)).as("the AsyncAPI engine reads it").doesNotContain("compat.api.definition")
        .contains("compat.asyncapi.channel");
  }

  @Test
  void aNewSpecificationVersionIsAWarning() {
    only(diff(d -> object(d, POSITIONS + "/promises/api").put("specificationVersion", "3.0.0")),
        CompatibilityRules.API_SPEC_VERSION, WARNING, POSITIONS + "/promises/api/specificationVersion");
  }

  @Test
  void changesInsideAnApiDefinitionNoEngineReadsAreJudgedOnceAsTheDefinition() {
    Consumer<ObjectNode> custom = d -> object(d, POSITIONS + "/promises/api").put("specification", "datastoreapi");
    CompatibilityReport report = checker.check(fixture.version(custom), fixture.version(custom.andThen(d -> {
      object(d, POSITIONS + "/promises/api/definition/info").put("title", "Where").put("version", "1.1.0");
      object(d, POSITIONS + "/promises/api/definition/channels").putObject("trips");
    })));

    assertThat(report.changes()).hasSize(3);
    Diagnostic d = only(report, CompatibilityRules.API_DEFINITION, WARNING, POSITIONS + "/promises/api/definition");
    assertThat(d.message()).startsWith("outputport:positions promises.api.definition changed");
  }

  @Test
  void sloChangedOrRemovedIsAWarningAddedIsInfo() {
    CompatibilityReport changed = diff(d -> object(d, POSITIONS + "/promises/slo/definition").put("latency", "9s"));
    CompatibilityReport removed = diff(d -> remove(d, POSITIONS + "/promises/slo"));
    CompatibilityReport added = diff(d -> set(d, EVENTS + "/promises/slo",
        "{name: eventsSlo, version: 1.0.0, specification: custom, definition: {latency: 1s}}"));

    only(changed, CompatibilityRules.SLO, WARNING, POSITIONS + "/promises/slo");
    only(removed, CompatibilityRules.SLO, WARNING, POSITIONS + "/promises/slo");
    only(added, CompatibilityRules.CONTRACT_ADDED, INFO, EVENTS + "/promises/slo");
  }

  @Test
  void deprecationPolicyShortenedOrRemovedIsAWarningLengthenedOrAddedIsInfo() {
    CompatibilityReport shortened = diff(d -> object(d, POSITIONS + "/promises/deprecationPolicy/definition")
        .put("x-deprecation-period", "1M"));
    CompatibilityReport lengthened = diff(d -> object(d, POSITIONS + "/promises/deprecationPolicy/definition")
        .put("x-deprecation-period", "P1Y"));
    CompatibilityReport unknown = diff(d -> object(d, POSITIONS + "/promises/deprecationPolicy/definition")
        .put("x-deprecation-period", "until the next release"));
    CompatibilityReport removed = diff(d -> remove(d, POSITIONS + "/promises/deprecationPolicy"));
    CompatibilityReport added = diff(d -> set(d, STATUS + "/promises",
        "{deprecationPolicy: {name: statusDeprecation, version: 1.0.0, definition: {period: 6M}}}"));

    assertThat(only(shortened, CompatibilityRules.DEPRECATION_POLICY, WARNING, POSITIONS
        + "/promises/deprecationPolicy").message()).endsWith("the grace period went from P3M to P1M: consumers have"
        + " less time to move");
    assertThat(only(lengthened, CompatibilityRules.DEPRECATION_POLICY, INFO, POSITIONS
        + "/promises/deprecationPolicy").message()).endsWith("the grace period went from P3M to P1Y: no shorter");
    only(unknown, CompatibilityRules.DEPRECATION_POLICY, WARNING, POSITIONS + "/promises/deprecationPolicy");
    only(removed, CompatibilityRules.DEPRECATION_POLICY, WARNING, POSITIONS + "/promises/deprecationPolicy");
    only(added, CompatibilityRules.CONTRACT_ADDED, INFO, STATUS + "/promises/deprecationPolicy");
  }

  @Test
  void expectationsNarrowedAreWarningsWidenedAreInfo() {
    CompatibilityReport narrowed = diff(d -> set(d, POSITIONS + "/expectations/audience/definition/teams", "[]"));
    CompatibilityReport widened = diff(d -> remove(d, POSITIONS + "/expectations/usage"));

    only(narrowed, CompatibilityRules.EXPECTATION, WARNING, POSITIONS + "/expectations/audience");
    only(widened, CompatibilityRules.EXPECTATION, INFO, POSITIONS + "/expectations/usage");
  }

  @Test
  void aRemovedSlaBreaksConsumersOfAnOutputPortButOnlyWarnsProducersOfAnInputPort() {
    CompatibilityReport out = diff(d -> remove(d, POSITIONS + "/obligations/sla"));
    CompatibilityReport in = diff(d -> remove(d, EVENTS + "/obligations"));

    only(out, CompatibilityRules.SLA, ERROR, POSITIONS + "/obligations/sla");
    only(in, CompatibilityRules.SLA, WARNING, EVENTS + "/obligations/sla");
  }

  @Test
  void aChangedSlaIsAWarningAndAnAddedOneInfo() {
    CompatibilityReport changed = diff(d -> object(d, POSITIONS + "/obligations/sla/definition")
        .put("availability", 99.0));
    CompatibilityReport added = diff(d -> set(d, STATUS + "/obligations",
        "{sla: {name: statusSla, version: 1.0.0, definition: {availability: 99}}}"));

    only(changed, CompatibilityRules.SLA, WARNING, POSITIONS + "/obligations/sla");
    only(added, CompatibilityRules.CONTRACT_ADDED, INFO, STATUS + "/obligations/sla");
  }

  @Test
  void changedTermsOrBillingPolicyNeedReAcceptance() {
    CompatibilityReport report = diff(d -> {
      object(d, POSITIONS + "/obligations/termsAndConditions/definition").put("text", "new terms");
      object(d, POSITIONS + "/obligations/billingPolicy/definition").put("price", 10);
    });

    assertThat(rules(report)).containsExactly("compat.obligation.terms", "compat.obligation.terms");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.diagnostic().severity()).isEqualTo(WARNING));
  }

  @Test
  void internalComponentsComponentsAndExtensionsAreInfo() {
    CompatibilityReport report = diff(d -> {
      object(d, "/internalComponents/applicationComponents/0").put("version", "2.0.0");
      set(d, "/components/schemas/position", "{type: array}");
      object(d, "/info").put("x-team", "fleet-ops");
      object(d, POSITIONS + "/promises").put("x-region", "eu");
    });

    assertThat(rules(report)).containsExactlyInAnyOrder("compat.internal", "compat.components",
        "compat.extension", "compat.extension");
    assertThat(report.compatible()).isTrue();
    assertThat(report.requiredBump()).isEqualTo(Bump.PATCH);
  }

  @Test
  void anUnknownFieldCannotBeProvenSafe() {
    CompatibilityReport report = diff(d -> {
      object(d, POSITIONS + "/promises").put("region", "eu");
      d.put("audience", "everyone");
    });

    assertThat(rules(report)).containsExactly("compat.unknown", "compat.unknown");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.diagnostic().severity()).isEqualTo(WARNING));
  }

  @Test
  void theModeDecidesWhichColumnJudgesAPort() {
    Consumer<ObjectNode> dropSla = d -> remove(d, EVENTS + "/obligations/sla");
    CompatibilityChecker full = CompatibilityChecker.builder().clock(JUNE)
        .mode(EVENTS_PORT, CompatibilityMode.FULL).build();
    CompatibilityChecker forward = CompatibilityChecker.builder().clock(JUNE)
        .mode(EVENTS_PORT, CompatibilityMode.FORWARD).build();
    CompatibilityChecker none = CompatibilityChecker.builder().clock(JUNE)
        .mode(POSITIONS_PORT, CompatibilityMode.NONE).build();

    only(diff(dropSla), CompatibilityRules.SLA, WARNING, EVENTS + "/obligations/sla");
    only(diff(full, dropSla), CompatibilityRules.SLA, ERROR, EVENTS + "/obligations/sla");
    only(diff(forward, dropSla), CompatibilityRules.SLA, ERROR, EVENTS + "/obligations/sla");
    CompatibilityReport unjudged = diff(none, d -> array(d, "/interfaceComponents/outputPorts").remove(0));
    only(unjudged, CompatibilityRules.PORT_REMOVED, INFO, POSITIONS);
    assertThat(checker.mode(EVENTS_PORT)).isEqualTo(CompatibilityMode.BACKWARD);
    assertThat(checker.mode(POSITIONS_PORT)).isEqualTo(CompatibilityMode.FORWARD);
  }
}
