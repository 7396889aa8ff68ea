package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.triage.TriageRules;
import io.dpds.triage.Waiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * One case per validation rule: a fixture that triggers it, asserting rule id, severity, pointer and line, and a near
 * miss, a small change of the same fixture, that does not. Every fixture is the valid base descriptor with one edit.
 */
class RuleFixturesTest {

  private static final String OUT = "/interfaceComponents/outputPorts/0";
  private static final String TASK0 = "/internalComponents/lifecycleInfo/dev/0";
  private static final String INPUT_PORT =
      "    - name: tripEvents\n      version: 1.0.0\n      displayName: Trip events\n";
  private static final String EVENT_STORE = "    - name: eventStore\n";
  private static final String FIRST_TEMPLATE =
      "          $ref: '#/components/templates/terraformApply'\n        configurations:";
  private static final String LINEAGE = "urn:dpds:com.example:dataproducts:tripExecution:1:inputports:tripEvents";
  private static final String APP_FQN = "urn:dpds:com.example:dataproducts:tripExecution:1:applications:tripProcessor";
  private static final String STORE_FQN = "urn:dpds:com.example:dataproducts:tripExecution:1:infrastructure:eventStore";

  private static final String AVRO_FORMAT =
      "                    schemaFormat: application/vnd.apache.avro+json;version=1.9.0\n";

  @TempDir Path dir;

  // Values used by several cases

  private static final String PRODUCT_ID = "fbde6bac-3425-5e87-834c-150dffc4dbbd";
  private static final String PORT_ID = "de69db7f-f62b-5bec-876c-1e0924444f1c";
  private static final String OTHER_ID = "00000000-0000-5000-8000-000000000000";
  private static final String DEPRECATION = """
              deprecationPolicy:
                name: tripStatusDeprecation
                version: 1.0.0
                specification: custom
                definition: Old majors stay available for three months.
      """;
  private static final String DEPRECATION_FILE = """
      name: tripStatusDeprecation
      version: 1.0.0
      specification: custom
      definition: Old majors stay available for three months.
      """;
  private static final String SLA = """
              sla:
                name: tripStatusSla
                version: 1.0.0
                specification: custom
                definition:
                  availability: 99.9%
      """;
  private static final String SLA_DATASTORE = SLA.replace("specification: custom", "specification: datastoreapi");
  private static final String API_DEFINITION = base().text(Fixture.ROOT).substring(
      base().text(Fixture.ROOT).indexOf("          definition:\n            asyncapi"),
      base().text(Fixture.ROOT).indexOf("        deprecationPolicy:"));

  private static final List<Case> CASES = List.of(
      // A. Document
      on(ValidationRules.SPEC_VERSION, swap("dataProductDescriptor: 1.0.0", "dataProductDescriptor: 2.0.0"))
          .at("/dataProductDescriptor", "dataProductDescriptor:")
          .nearMiss(swap("dataProductDescriptor: 1.0.0", "dataProductDescriptor: '1.0.0'")),
      on(ValidationRules.SPEC_VERSION_PATCH, swap("dataProductDescriptor: 1.0.0", "dataProductDescriptor: 1.0.2"))
          .at("/dataProductDescriptor", "dataProductDescriptor:")
          .nearMiss(swap("dataProductDescriptor: 1.0.0", "dataProductDescriptor: \"1.0.0\"")),
      on(ValidationRules.SPEC_DRAFT, swap("      obligations:", "      contracts:"))
          .at(OUT + "/contracts", "contracts:")
          .nearMiss(swap("      obligations:", "      x-contracts:")),
      on(ValidationRules.PROPERTY_UNKNOWN, swap("      expectations:", "      expectatctions:"))
          .at(OUT + "/expectatctions", "expectatctions:")
          .nearMiss(swap("      expectations:", "      x-expectatctions:")),
      on(ValidationRules.PROPERTY_IGNORED, swap("interfaceComponents:\n", "interfaceComponents:\n  x-note: hi\n"))
          .at("/interfaceComponents/x-note", "x-note:")
          .nearMiss(swap("interfaceComponents:\n", "x-note: hi\ninterfaceComponents:\n")),
      on(ValidationRules.PROPERTY_ALIAS, swap("deprecationPolicy:", "depreceationPolicy:"))
          .at(OUT + "/promises/depreceationPolicy", "depreceationPolicy:")
          .nearMiss(swap("deprecationPolicy:", "x-depreceationPolicy:")),

      // B. Required fields
      on(ValidationRules.ROOT_REQUIRED, swap("dataProductDescriptor: 1.0.0\n", ""))
          .at("", "info:")
          .nearMiss(() -> base().replace(INPUT_PORT, "").replace("  inputPorts:\n", "")),
      on(ValidationRules.OUTPUT_PORTS_EMPTY,
              () -> minimal().replace("  outputPorts:\n    - name: out\n      version: 1.0.0\n", "  outputPorts: []\n"))
          .at("/interfaceComponents/outputPorts", "outputPorts:")
          .nearMiss(RuleFixturesTest::minimal),
      on(ValidationRules.INFO_REQUIRED, swap("  domain: logistics\n", ""))
          .at("/info", "info:")
          .nearMiss(swap("  displayName: Trip execution\n", "")),
      on(ValidationRules.INFO_FQN_MISSING,
              swap("  fullyQualifiedName: urn:dpds:com.example:dataproducts:tripExecution:1\n", ""))
          .at("/info", "info:")
          .nearMiss(RuleFixturesTest::base),
      on(ValidationRules.COMPONENT_REQUIRED, swap(INPUT_PORT, "    - name: tripEvents\n"))
          .at("/interfaceComponents/inputPorts/0", "name: tripEvents")
          .nearMiss(swap(INPUT_PORT, "    - name: tripEvents\n      version: 1.0.0\n")),
      on(ValidationRules.DEFINITION_REQUIRED, swap("          name: tripStatusUsage\n", ""))
          .at(OUT + "/expectations/usage", "usage:")
          .nearMiss(swap("          name: tripStatusUsage\n", "          name: tripUsage\n")),
      on(ValidationRules.REFERENCE_REQUIRED,
              swap("$href: https://ci.example.com/provision", "$href: \"\""))
          .at(TASK0 + "/service/$href", "$href: \"\"")
          .nearMiss(swap("$href: https://ci.example.com/provision", "$href: provision")),
      on(ValidationRules.SCHEMA_TYPE, swap("      version: 1.1.0", "      version: 11"))
          .at(OUT + "/version", "version: 11")
          .nearMiss(swap("      version: 1.1.0", "      version: \"11.0.0\"")),

      // C. Formats
      on(ValidationRules.FORMAT_NAME, swap("domain: logistics", "domain: Transport Management"))
          .at("/info/domain", "domain:")
          .nearMiss(swap("domain: logistics", "domain: transportManagement")),
      on(ValidationRules.FORMAT_VERSION, swap("  version: 1.2.0", "  version: \"1.2\""))
          .at("/info/version", "version: \"1.2\"")
          .nearMiss(swap("  version: 1.2.0", "  version: 1.2.0-rc.1")),
      on(ValidationRules.FORMAT_FQN, swap(LINEAGE, "urn:dpds:com.example:data products:fleet:1:outputports:positions"))
          .at("/internalComponents/applicationComponents/0/consumesFrom/0", "data products")
          .nearMiss(swap(LINEAGE, "urn:dpds:com.example.fleet:dataproducts:vehicles:1:outputports:positions")),
      on(ValidationRules.FQN_CHARSET,
              swap(LINEAGE, "urn:dpds:com.example-eu:dataproducts:fleet:1:outputports:positions"))
          .at("/internalComponents/applicationComponents/0/consumesFrom/0", "com.example-eu")
          .nearMiss(swap(LINEAGE, "urn:dpds:com.exampleeu:dataproducts:fleet:1:outputports:positions")),
      on(ValidationRules.FORMAT_UUID, swap("  name: tripExecution\n", "  id: not-a-uuid\n  name: tripExecution\n"))
          .at("/info/id", "id: not-a-uuid")
          .nearMiss(swap("  name: tripExecution\n", "  id: " + PRODUCT_ID + "\n  name: tripExecution\n")),
      on(ValidationRules.FORMAT_ALPHANUMERIC, swap("entityType: application", "entityType: app-lication"))
          .at("/internalComponents/applicationComponents/0/entityType", "entityType: app-lication")
          .nearMiss(swap("entityType: application", "entityType: Application")),
      on(ValidationRules.FORMAT_URI_REFERENCE, // a fragment beyond ASCII: a reference to Java, not to the format
              swap(FIRST_TEMPLATE, FIRST_TEMPLATE.replace("terraformApply", "terraform\u00c4pply")))
          .at(TASK0 + "/template/$ref", "terraform\u00c4pply")
          .nearMiss(swap(FIRST_TEMPLATE, FIRST_TEMPLATE.replace("'#", "'data-product-descriptor.yaml#"))),
      on(ValidationRules.HREF_NOT_ABSOLUTE,
              swap("$href: https://docs.example.com/event-store", "$href: docs/event-store.html"))
          .at("/internalComponents/infrastructuralComponents/0/externalDocs/$href", "$href: docs/")
          .nearMiss(swap("$href: https://docs.example.com/event-store", "$href: file:///docs/store.html")),
      on(ValidationRules.MEDIA_TYPE, swap("mediaType: text/html", "mediaType: html"))
          .at("/internalComponents/infrastructuralComponents/0/externalDocs/mediaType", "mediaType: html")
          .nearMiss(swap("mediaType: text/html", "mediaType: text/markdown; charset=utf-8")),
      on(ValidationRules.SERVICES_TYPE, swap("servicesType: streaming-services", "servicesType: streaming-service"))
          .at(OUT + "/promises/servicesType", "servicesType:")
          .nearMiss(swap("servicesType: streaming-services", "servicesType: datastore-services")),
      on(ValidationRules.TASK_ORDER, swap("        order: 1\n", "        order: 1.5\n"))
          .at(TASK0 + "/order", "order: 1.5")
          .nearMiss(swap("        order: 1\n", "        order: 0\n")),

      // D. Identity
      on(ValidationRules.FQN_PRODUCT, swap(":dataproducts:tripExecution:1\n", ":dataproducts:tripExecution:2\n"))
          .at("/info/fullyQualifiedName", "tripExecution:2")
          .nearMiss(swap("  version: 1.2.0", "  version: 1.9.0")),
      on(ValidationRules.FQN_COMPONENT, swap("tripExecution:1:outputports:tripStatus\n      entityType",
              "tripExecution:1:outputports:tripState\n      entityType"))
          .at(OUT + "/fullyQualifiedName", "outputports:tripState")
          .nearMiss(RuleFixturesTest::base),
      on(ValidationRules.FQN_DEFINITION, swap("          name: tripStatusApi\n",
              "          fullyQualifiedName: urn:dpds:org.other:apis:tripStatusApi:1\n          name: tripStatusApi\n"))
          .at(OUT + "/promises/api/fullyQualifiedName", "org.other")
          .nearMiss(swap("          name: tripStatusApi\n",
              "          fullyQualifiedName: urn:dpds:com.example:apis:tripStatusApi:1\n"
                  + "          name: tripStatusApi\n")),
      on(ValidationRules.ENTITY_TYPE, swap("entityType: outputport", "entityType: inputport"))
          .at(OUT + "/entityType", "entityType: inputport")
          .nearMiss(RuleFixturesTest::base),
      on(ValidationRules.ID_MISMATCH,
              swap("  name: tripExecution\n", "  id: " + OTHER_ID + "\n  name: tripExecution\n"))
          .at("/info/id", "id: ")
          .nearMiss(swap("  name: tripExecution\n", "  id: " + PRODUCT_ID + "\n  name: tripExecution\n")),
      on(ValidationRules.READ_ONLY,
              swap("      name: tripStatus\n", "      id: " + PORT_ID + "\n      name: tripStatus\n"))
          .at(OUT + "/id", "id: " + PORT_ID)
          .nearMiss(swap("      name: tripStatus\n", "      x-id: " + PORT_ID + "\n      name: tripStatus\n")),

      // E. Uniqueness and references
      on(ValidationRules.UNIQUE_NAME, swap("    - name: metrics\n      version: 1.0.0\n",
              "    - name: metrics\n      version: 1.0.0\n    - name: metrics\n      version: 2.0.0\n"))
          .at("/interfaceComponents/observabilityPorts/1/name", "- name: metrics", 2)
          .nearMiss(swap("    - name: metrics\n      version: 1.0.0\n",
              "    - name: metrics\n      version: 1.0.0\n    - name: logs\n      version: 2.0.0\n")),
      on(ValidationRules.UNIQUE_IDENTITY, swap(EVENT_STORE, "    - fullyQualifiedName: " + APP_FQN + "\n"
              + "      name: eventStore\n"))
          .at("/internalComponents/infrastructuralComponents/0/fullyQualifiedName", APP_FQN, 2)
          .nearMiss(swap(EVENT_STORE, "    - fullyQualifiedName: " + STORE_FQN + "\n      name: eventStore\n")),
      on(ValidationRules.COMPONENTS_KEY, swap("components:\n  templates:\n",
              "components:\n  templates:\n    bad key!:\n      name: badKey\n      version: 1.0.0\n"
              + "      specification: custom\n      definition: echo\n"))
          .at("/components/templates/bad key!", "bad key!:")
          .nearMiss(swap("components:\n  templates:\n",
              "components:\n  templates:\n    good.key-1_a:\n      $ref: '#/components/templates/terraformApply'\n")),
      on(ValidationRules.UNIQUE_DISPLAY_NAME, swap("    - name: catalog\n",
              "    - name: catalog\n      displayName: Trip status\n"))
          .at("/interfaceComponents/discoveryPorts/0/displayName", "displayName: Trip status", 2)
          .nearMiss(swap("    - name: catalog\n", "    - name: catalog\n      displayName: Trip catalog\n")),
      on(ValidationRules.REF_TARGET_TYPE, () -> base().replace(INPUT_PORT, "    - $ref: ports/input.yaml\n")
              .file("ports/input.yaml", minimal().text(Fixture.ROOT)))
          .at("/interfaceComponents/inputPorts/0", "$ref: ports/input.yaml")
          .nearMiss(() -> base().replace(INPUT_PORT, "    - $ref: ports/input.yaml\n")
              .file("ports/input.yaml", "name: tripEvents\nversion: 1.0.0\n")),
      on(ValidationRules.REF_POSITION, () -> base().replace(DEPRECATION, "        deprecationPolicy:\n"
              + "          $ref: policies/deprecation.yaml\n").file("policies/deprecation.yaml", DEPRECATION_FILE))
          .at(OUT + "/promises/deprecationPolicy", "$ref: policies/deprecation.yaml")
          .nearMiss(() -> base().replace(DEPRECATION, DEPRECATION.replace(
              "definition: Old majors stay available for three months.",
              "definition:\n            $ref: policies/deprecation.md"))
              .file("policies/deprecation.md", "Old majors stay available for three months.\n")),
      on(ValidationRules.REF_COMPONENTS_KIND,
              () -> base().replace(INPUT_PORT, "    - $ref: '#/components/outputPorts/events'\n")
              .replace("components:\n",
                  "components:\n  outputPorts:\n    events:\n      name: tripEvents\n      version: 1.0.0\n"))
          .at("/interfaceComponents/inputPorts/0", "$ref: '#/components/outputPorts/events'")
          .nearMiss(() -> base().replace(INPUT_PORT, "    - $ref: '#/components/inputPorts/events'\n")
              .replace("components:\n",
                  "components:\n  inputPorts:\n    events:\n      name: tripEvents\n      version: 1.0.0\n")),
      on(ValidationRules.COMPONENTS_UNUSED, swap("components:\n  templates:\n",
              "components:\n  templates:\n    unusedTemplate:\n      $ref: '#/components/templates/terraformApply'\n"))
          .at("/components/templates/unusedTemplate", "$ref: '#/components/templates/terraformApply'", 3)
          .nearMiss(() -> base().replace(FIRST_TEMPLATE, FIRST_TEMPLATE.replace("terraformApply", "applyAlias"))
              .replace("components:\n  templates:\n",
              "components:\n  templates:\n    applyAlias:\n      $ref: '#/components/templates/terraformApply'\n")),
      on(ValidationRules.REF_SIBLINGS, swap(FIRST_TEMPLATE, FIRST_TEMPLATE.replace("\n        configurations:",
              "\n          name: apply\n        configurations:")))
          .at(TASK0 + "/template", FIRST_TEMPLATE.substring(0, FIRST_TEMPLATE.indexOf('\n')))
          .nearMiss(swap(FIRST_TEMPLATE, FIRST_TEMPLATE.replace("\n        configurations:",
              "\n          description: Apply the plan.\n        configurations:"))),
      on(ValidationRules.REF_REMOTE,
              () -> base().replace(INPUT_PORT, "    - $ref: https://mirror.example.com/ports/input.yaml\n")
              .file("mirror/ports/input.yaml", "name: tripEvents\nversion: 1.0.0\n"))
          .with((validator, dir) ->
              validator.loader(l -> l.mapPrefix("https://mirror.example.com/", dir.resolve("mirror"))))
          .at("/interfaceComponents/inputPorts/0", "$ref: https://mirror.example.com")
          .nearMiss(() -> base().replace(INPUT_PORT, "    - $ref: mirror/ports/input.yaml\n")
              .file("mirror/ports/input.yaml", "name: tripEvents\nversion: 1.0.0\n")),

      // F. Graph and lifecycle
      on(ValidationRules.DEPENDS_ON_UNRESOLVED, swap("infrastructure:eventStore\n", "infrastructure:eventStor\n"))
          .at("/internalComponents/applicationComponents/0/dependsOn/0", "infrastructure:eventStor")
          .nearMiss(swap("      dependsOn:\n", "      dependsOn:\n        - " + STORE_FQN + "\n")),
      on(ValidationRules.DEPENDS_ON_KIND,
              swap(EVENT_STORE, EVENT_STORE + "      dependsOn:\n        - " + APP_FQN + "\n"))
          .at("/internalComponents/infrastructuralComponents/0/dependsOn/0", "        - " + APP_FQN)
          .nearMiss(RuleFixturesTest::base),
      on(ValidationRules.DEPENDS_ON_CYCLE,
              swap(EVENT_STORE, EVENT_STORE + "      dependsOn:\n        - " + STORE_FQN + "\n"))
          .at("/internalComponents/infrastructuralComponents/0/dependsOn", "dependsOn:", 2)
          .nearMiss(swap(EVENT_STORE, EVENT_STORE + "      dependsOn: []\n")),
      on(ValidationRules.LINEAGE_UNRESOLVED, swap("inputports:tripEvents\n", "inputports:tripEventz\n"))
          .at("/internalComponents/applicationComponents/0/consumesFrom/0", "tripEventz")
          .nearMiss(swap(LINEAGE, STORE_FQN)), // an infrastructural component of this product
      on(ValidationRules.DEFINITION_SPEC_VERSION, swap(SLA, SLA_DATASTORE))
          .at(OUT + "/obligations/sla", "sla:")
          .nearMiss(swap(SLA, SLA_DATASTORE.replace(
              "specification: datastoreapi\n",
              "specification: datastoreapi\n          specificationVersion: 1.0.0\n"))),
      on(ValidationRules.LIFECYCLE_ORDER, swap("        order: 2\n", "        order: 1\n"))
          .at("/internalComponents/lifecycleInfo/dev/1/order", "order: 1", 2)
          .nearMiss(swap("        order: 2\n", "        order: 3\n")),
      on(ValidationRules.LIFECYCLE_TASK_EMPTY,
              swap("        service:\n          $href: https://ci.example.com/deploy\n", ""))
          .at("/internalComponents/lifecycleInfo/dev/1", "- name: deploy")
          .nearMiss(swap("        service:\n          $href: https://ci.example.com/deploy\n",
              "        service:\n          $href: https://ci.example.com/deploy-v2\n")),
      on(ValidationRules.LIFECYCLE_SERVICE_REF, () -> base().replace("          $href: https://ci.example.com/deploy\n",
              "          $ref: services.yaml\n").file("services.yaml", "$href: https://ci.example.com/deploy\n"))
          .at("/internalComponents/lifecycleInfo/dev/1/service", "$ref: services.yaml")
          .nearMiss(swap("          $href: https://ci.example.com/deploy\n",
              "          $href: services.yaml\n")),
      on(ValidationRules.VERSION_UNSTABLE, () -> base().replace("  version: 1.2.0", "  version: 0.3.0")
              .edit(Fixture.ROOT,
                  text -> text.replace(":dataproducts:tripExecution:1", ":dataproducts:tripExecution:0")))
          .at("/info/version", "version: 0.3.0")
          .nearMiss(swap("  version: 1.2.0", "  version: 1.0.0")),

      // G. API definitions
      on(ValidationRules.API_PARSE, swap(API_DEFINITION, "          definition: 'asyncapi: [unclosed'\n"))
          .at(OUT + "/promises/api/definition", "definition: 'asyncapi")
          .nearMiss(swap(API_DEFINITION, "          definition: 'asyncapi: 2.6.0'\n")),
      on(ValidationRules.API_VERSION, swap("specificationVersion: 2.6.0", "specificationVersion: 2.5.0"))
          .at(OUT + "/promises/api/definition/asyncapi", "asyncapi: 2.6.0")
          .nearMiss(swap("specificationVersion: 2.6.0", "specificationVersion: '2.6'")),
      on(ValidationRules.API_AVRO, swap("type: string", "type: strng"))
          .at(OUT + "/promises/api/definition/channels/tripStatus/subscribe/message/payload/fields/0/type",
              "type: strng")
          .nearMiss(swap("type: string", "type: long")),
      on(ValidationRules.API_AVRO_NAMES, swap("name: TripStatus", "name: Trip-Status"))
          .at(OUT + "/promises/api/definition/channels/tripStatus/subscribe/message/payload/name", "name: Trip-Status")
          .nearMiss(swap("name: TripStatus", "name: Trip_Status")),
      on(ValidationRules.API_JSON_SCHEMA, swap(AVRO_FORMAT, "")) // the record read as an AsyncAPI (JSON) schema
          .at(OUT + "/promises/api/definition/channels/tripStatus/subscribe/message/payload/type", "type: record")
          .nearMiss(swap(AVRO_FORMAT, AVRO_FORMAT.replace("avro+json", "avro+yaml"))),

      on(ValidationRules.API_PAYLOAD_UNREADABLE, () -> payloadIn("trip-state.avsc"))
          .at(OUT + "/promises/api/definition/channels/tripStatus/subscribe/message/payload", "payload: {$ref")
          .nearMiss(() -> payloadIn("trip-status.avsc")),
      on(ValidationRules.API_SHARED_DEFINITION, () -> linkedApis("trips.yaml"))
          .at("/interfaceComponents/discoveryPorts/0/promises/api/definition", "definition: {$href", 2)
          .nearMiss(() -> linkedApis("catalog.yaml")),

      // Validator
      on(TriageRules.WAIVER_EXPIRED, swap("domain: logistics", "domain: Transport Management"))
          .with((validator, dir) -> validator.clock(Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay()
              .toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).waivers(List.of(
                  new Waiver("format.name", "/info/*", "legacy domain", LocalDate.of(2026, 5, 31)))))
          .at("/info/domain", "domain:")
          .nearMiss(swap("domain: logistics", "domain: Transport Management"))
          .nearMissWith((validator, dir) -> validator.clock(Clock.fixed(LocalDate.of(2026, 5, 31).atStartOfDay()
              .toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).waivers(List.of(
                  new Waiver("format.name", "/info/*", "legacy domain", LocalDate.of(2026, 5, 31))))),
      on(ValidationRules.CHECK_FAILED, RuleFixturesTest::base)
          .with((validator, dir) -> validator.check(new Throwing(true)))
          .at("", "dataProductDescriptor:")
          .nearMiss(RuleFixturesTest::base)
          .nearMissWith((validator, dir) -> validator.check(new Throwing(false))));

  @TestFactory
  Stream<DynamicTest> everyRuleTriggersOnItsFixtureAndNotOnItsNearMiss() {
    return CASES.stream().flatMap(c -> Stream.of(
        dynamicTest(c.rule.id() + " triggers", () -> triggers(c)),
        dynamicTest(c.rule.id() + " near miss", () -> missesNear(c))));
  }

  @Test
  void everyValidationRuleHasACase() {
    Set<String> covered = CASES.stream().map(c -> c.rule.id()).collect(Collectors.toSet());
    assertThat(ValidationRules.ALL).extracting(Rule::id).allMatch(covered::contains,
        "a case in " + getClass().getSimpleName());
    assertThat(covered).hasSize(CASES.size());
  }

  @Test
  void anUnsupportedSpecVersionGivesOneErrorAndNothingElse() {
    Fixture fixture = base().replace("dataProductDescriptor: 1.0.0", "dataProductDescriptor: 2.0.0")
        .replace("domain: logistics", "domain: Transport Management");
    ValidationReport report = DescriptorValidator.defaults().validate(fixture.write(dir));
    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("spec.version");
      assertThat(d.message()).contains("2.0.0");
      assertThat(d.hint()).isPresent();
    });
  }

  private void triggers(Case c) throws Exception {
    Fixture fixture = c.trigger.get();
    Path root = fixture.write(Files.createDirectories(dir.resolve("trigger-" + c.rule.id())));
    List<Diagnostic> found = validate(c.config, root);
    List<Diagnostic> mine = found.stream().filter(d -> d.ruleId().equals(c.rule.id())).toList();
    int line = fixture.lineOf(c.file, c.needle, c.occurrence);
    assertThat(mine).as("%s in%s", c.rule.id(), Fixture.describe(found))
        .anySatisfy(d -> {
          assertThat(d.severity()).isEqualTo(c.rule.defaultSeverity());
          assertThat(d.pointer()).isEqualTo(c.pointer);
          assertThat(d.location()).hasValueSatisfying(l -> {
            assertThat(l.uri().getPath()).endsWith("/" + c.file);
            assertThat(l.line()).isEqualTo(line);
          });
          assertThat(d.message()).isNotBlank();
        });
  }

  private void missesNear(Case c) throws Exception {
    Path root = c.nearMiss.get().write(Files.createDirectories(dir.resolve("near-" + c.rule.id())));
    List<Diagnostic> found = validate(c.nearMissConfig, root);
    assertThat(found).as("near miss of %s:%s", c.rule.id(), Fixture.describe(found))
        .noneMatch(d -> d.ruleId().equals(c.rule.id()));
  }

  private List<Diagnostic> validate(BiConsumer<DescriptorValidator.Builder, Path> config, Path root) {
    DescriptorValidator.Builder builder = DescriptorValidator.builder();
    config.accept(builder, root.getParent());
    return builder.build().validate(root).diagnostics();
  }

  /** The base descriptor with {@code old} (occurring once) replaced by {@code now}. */
  /** The input port's and the catalog port's APIs linked to documents: trips.yaml, and {@code catalogDocument}. */
  private static Fixture linkedApis(String catalogDocument) {
    String api = "      promises:\n        api:\n          name: %s\n          version: 1.0.0\n"
        + "          specification: asyncapi\n          definition: {$href: 'https://apis.example.com/%s'}\n";
    return base().replace(INPUT_PORT, INPUT_PORT + api.formatted("eventsApi", "trips.yaml"))
        .replace("    - name: catalog\n      version: 1.0.0\n",
            "    - name: catalog\n      version: 1.0.0\n" + api.formatted("catalogApi", catalogDocument));
  }

  /** The base descriptor with its payload in {@code trip-status.avsc}, referred to as {@code ref}. */
  private static Fixture payloadIn(String ref) {
    String indent = " ".repeat(20);
    return base().replace(indent + "payload:\n" + indent + "  type: record\n",
            indent + "payload: {$ref: " + ref + "}\n" + indent + "x-inline:\n" + indent + "  type: record\n")
        .file("trip-status.avsc", "{\"type\": \"record\", \"name\": \"TripStatus\", \"fields\": []}\n");
  }

  private static Supplier<Fixture> swap(String old, String now) {
    return () -> base().replace(old, now);
  }

  private static Fixture base() {
    return Fixture.base();
  }

  private static Fixture minimal() {
    return new Fixture().file(Fixture.ROOT, Fixture.resource("fixtures/valid/minimal.yaml"));
  }

  private static Case on(Rule rule, Supplier<Fixture> trigger) {
    return new Case(rule, trigger);
  }

  /** A check that fails on every descriptor, or reports nothing. */
  private record Throwing(boolean fails) implements DescriptorCheck {
    @Override
    public List<Rule> rules() {
      return List.of();
    }

    @Override
    public void check(CheckContext context) {
      if (fails) {
        throw new IllegalStateException("boom");
      }
    }
  }

  private static final class Case {
    final Rule rule;
    final Supplier<Fixture> trigger;
    BiConsumer<DescriptorValidator.Builder, Path> config = (b, d) -> { };
    BiConsumer<DescriptorValidator.Builder, Path> nearMissConfig;
    String pointer;
    String file = Fixture.ROOT;
    String needle;
    int occurrence = 1;
    Supplier<Fixture> nearMiss;

    Case(Rule rule, Supplier<Fixture> trigger) {
      this.rule = rule;
      this.trigger = trigger;
    }

    Case with(BiConsumer<DescriptorValidator.Builder, Path> config) {
      this.config = config;
      return this;
    }

    Case nearMissWith(BiConsumer<DescriptorValidator.Builder, Path> config) {
      this.nearMissConfig = config;
      return this;
    }

    /** The pointer expected, and the first occurrence of {@code needle} in the root file as the line expected. */
    Case at(String pointer, String needle) {
      return at(pointer, needle, 1);
    }

    /** As {@link #at(String, String)} with the n-th occurrence of the needle; -1 for its last. */
    Case at(String pointer, String needle, int occurrence) {
      this.pointer = pointer;
      this.needle = needle;
      this.occurrence = occurrence;
      return this;
    }

    Case nearMiss(Supplier<Fixture> nearMiss) {
      this.nearMiss = nearMiss;
      if (nearMissConfig == null) {
        nearMissConfig = config;
      }
      return this;
    }

    @Override
    public String toString() {
      return rule.id() + " at " + Objects.requireNonNull(pointer);
    }
  }
}
