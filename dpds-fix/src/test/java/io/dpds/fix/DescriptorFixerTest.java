package io.dpds.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.identity.IdStrategy;
import io.dpds.load.Pointers;
import io.dpds.model.ModelJson;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixer on descriptors written in the real-world styles: single-file JSON as the reference platform's test data,
 * multi-file YAML with comments, and DRAFT-shaped YAML as the early demos. Each is fixed to no error; the model after
 * the fix is the model before but for the fixed fields; comments and untouched lines stay byte for byte; a second run
 * has nothing to fix.
 */
class DescriptorFixerTest {

  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  /** The start of a valid descriptor, up to its owner: the tests that write one add the rest. */
  static final String TRIPS = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1
        name: trips
        version: 1.0.0
        domain: logistics
        owner: {id: a@acme.com}
      """;

  /** {@link #TRIPS} with one output port, {@code events}, up to its promises: the tests add what they hold. */
  static final String EVENTS_PROMISES = TRIPS + """
      interfaceComponents:
        outputPorts:
          - name: events
            version: 1.0.0
            promises:
      """;

  @TempDir Path dir;

  private Path copy(String fixture) throws IOException {
    Path from = FIXTURES.resolve(fixture);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path to = dir.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
    return dir;
  }

  private static ValidationReport validate(Path root) {
    return DescriptorValidator.builder().build().validate(root);
  }

  /** Fixes, writes, and checks everything the issue asks of one fixture; returns the fixes. */
  private List<Fix> fixesToNoError(Path root, DescriptorFixer fixer) throws IOException {
    ValidationReport before = validate(root);
    Map<Path, String> texts = texts();
    FixResult result = fixer.fix(root);
    assertThat(result.remaining()).as("no error left").noneMatch(Diagnostic::isError);

    result.write();

    ValidationReport after = validate(root);
    assertThat(after.atLeast(Severity.ERROR)).as("valid from disk").isEmpty();
    assertThat(result.documents()).allSatisfy(d -> assertThat(Files.readString(d.path())).isEqualTo(d.after()));
    for (Map.Entry<Path, String> file : texts.entrySet()) {
      String now = Files.readString(file.getKey());
      assertThat(comments(now)).as("comments of " + file.getKey()).containsAll(comments(file.getValue()));
      assertThat(changedLines(file.getValue(), now)).as("lines changed in " + file.getKey())
          .isLessThanOrEqualTo(3 * result.fixes().size());
    }
    if (before.resolved().isPresent()) {
      assertOnlyFixedFieldsDiffer(before, after, result.fixes());
    }
    FixResult again = fixer.fix(root);
    assertThat(again.documents()).as("a second run changes nothing").isEmpty();
    assertThat(again.fixes()).isEmpty();
    return result.fixes();
  }

  @Test
  void singleFileJsonAsTheReferencePlatformWritesIt() throws IOException {
    Path root = copy("reference-style").resolve("descriptor.json");
    String original = Files.readString(root);

    List<Fix> fixes = fixesToNoError(root, DescriptorFixer.builder()
        .rename("Transport Management", "transportManagement").build());

    assertThat(fixes).extracting(Fix::ruleId).contains("fqn.product", "fqn.component", "schema.type",
        "ref.position", "id.mismatch", "rename");
    String fixed = Files.readString(root);
    assertThat(fixed).contains("\"fullyQualifiedName\": \"urn:dpds:org.opendatamesh:dataproducts:tripExecution:1\",")
        .contains("\"$ref\": \"#/components/apis/tripStatusApi\"").doesNotContain("null")
        .contains("\"domain\": \"transportManagement\",");
    assertThat(fixed.lines().filter(l -> l.startsWith("    \"inputPorts\""))).containsExactlyElementsOf(
        original.lines().filter(l -> l.startsWith("    \"inputPorts\"")).toList());
  }

  @Test
  void idsAreJudgedAndWrittenByTheStrategyTheFixerIsGiven() throws IOException {
    String fqn = "urn:dpds:com.acme:dataproducts:trips:1";
    String odmId = IdStrategy.ODM_PLATFORM.idFor(fqn).toString();
    Path issued = dir.resolve("issued.yaml");
    Files.writeString(issued, EVENTS_PROMISES.replace("info:\n", "info:\n  id: " + odmId + "\n")
        .replace("promises:\n", "promises: {platform: kafka}\n"));
    Path wrong = dir.resolve("wrong.yaml");
    Files.writeString(wrong, Files.readString(issued).replace(odmId, IdStrategy.UUID_V5.idFor(fqn + "x").toString()));
    DescriptorFixer odm = DescriptorFixer.builder().only(Set.of("id.mismatch"))
        .idStrategy(IdStrategy.ODM_PLATFORM).build();

    assertThat(odm.fix(issued).fixes()).as("the platform's id is right").isEmpty();
    assertThat(DescriptorFixer.builder().only(Set.of("id.mismatch")).build().fix(issued).fixes())
        .extracting(Fix::ruleId).containsExactly("id.mismatch");
    FixResult fixed = odm.fix(wrong);
    assertThat(fixed.fixes()).extracting(Fix::ruleId).containsExactly("id.mismatch");
    assertThat(fixed.documents()).singleElement().extracting(DocumentChange::after).asString()
        .contains("id: " + odmId);
  }

  @Test
  void whatTheValidatorItIsGivenDoesNotReportIsNotFixed() throws IOException {
    Path wrong = dir.resolve("wrong.yaml");
    Files.writeString(wrong, EVENTS_PROMISES.replace("info:\n", "info:\n  id: 11111111-2222-3333-4444-555555555555\n")
        .replace("promises:\n", "promises: {platform: kafka}\n"));
    DescriptorValidator quiet = DescriptorValidator.builder().disable("id.mismatch").build();

    FixResult result = DescriptorFixer.builder().validator(quiet).build().fix(wrong);

    assertThat(result.fixes()).isEmpty();
    assertThat(result.remaining()).extracting(Diagnostic::ruleId).doesNotContain("id.mismatch");
    assertThat(DescriptorFixer.builder().build().fix(wrong).fixes()).extracting(Fix::ruleId)
        .containsExactly("id.mismatch");
  }

  @Test
  void aFindingAfterCharactersBeyondAsciiOnItsLineIsFixedToo() throws IOException {
    Path root = dir.resolve("compact.json");
    Files.writeString(root, "{\"x-note\": \"café 😀\", \"dataProductDescriptor\": \"1.0.0-DRAFT\", \"info\": {"
        + "\"fullyQualifiedName\": \"urn:dpds:com.acme:dataproducts:trips:1\", \"name\": \"trips\", \"version\":"
        + " \"1.0.0\", \"domain\": \"logistics\", \"owner\": {\"id\": \"a@acme.com\"}}, \"interfaceComponents\":"
        + " {\"outputPorts\": [{\"name\": \"events\", \"version\": \"1.0.0\"}]}}\n");

    List<Fix> fixes = fixesToNoError(root, DescriptorFixer.builder().build());

    assertThat(fixes).extracting(Fix::ruleId).containsExactly("spec.draft");
    assertThat(Files.readString(root)).contains("\"café 😀\", \"dataProductDescriptor\": \"1.0.0\", ");
  }

  @Test
  void theSpellingsOfTheProseAndTheExamplesAreRenamed() throws IOException {
    Path root = dir.resolve("dpd.yaml");
    Files.writeString(root, EVENTS_PROMISES + """
                depreceationPolicy:   # the prose's spelling
                  {name: notice, version: 1.0.0, specification: custom, definition: {months: 3}}
                serviceType: streaming-services   # the examples' spelling
              x-serviceType: kept
        """);

    List<Fix> fixes = fixesToNoError(root, DescriptorFixer.builder().build());

    assertThat(fixes).extracting(Fix::ruleId).containsExactlyInAnyOrder("property.alias", "property.unknown");
    assertThat(Files.readString(root)).contains("        deprecationPolicy:   # the prose's spelling\n")
        .contains("        servicesType: streaming-services   # the examples' spelling\n")
        .contains("      x-serviceType: kept\n").doesNotContain("depreceation");
  }

  @Test
  void versionsWrittenLooselyBecomeSemVerAndNumbersWhereTextIsExpectedAreQuoted() throws IOException {
    Path root = dir.resolve("dpd.yaml");
    Files.writeString(root, TRIPS.replace("  version: 1.0.0\n", "  version: v1.2   # released in May\n")
        .replace("dataProductDescriptor: 1.0.0", "dataProductDescriptor: 1.0") + """
        interfaceComponents:
          outputPorts:
            - name: events
              version: 1.10
              tags: [true, kafka]
            - name: positions
              version: '02.1.0-rc.01'
            - name: stops
              version: "1.4.0 "
            - name: legs
              version: 3.0.0-beta.007+build.007
        """);

    List<Fix> fixes = fixesToNoError(root, DescriptorFixer.builder().build());

    assertThat(fixes).extracting(Fix::ruleId).contains("format.version", "schema.type");
    assertThat(Files.readString(root)).startsWith("dataProductDescriptor: 1.0.0\n")
        .contains("  version: 1.2.0   # released in May\n")
        .contains("      version: 1.10.0\n").contains("      tags: [\"true\", kafka]\n")
        .contains("      version: '2.1.0-rc.1'\n").contains("      version: \"1.4.0\"\n")
        .contains("      version: 3.0.0-beta.7+build.007\n");
    assertThat(DescriptorFixer.builder().build().fix(root).fixes()).as("a second run").isEmpty();
  }

  @Test
  void whatRemainsIsWhatValidationReportsOfTheFixedDescriptorReferencesToComponentsApisIncluded() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, EVENTS_PROMISES.replace("  version: 1.0.0\n  domain", "  version: v1.0\n  domain") + """
                platform: kafka
                api: {$ref: '#/components/apis/eventsApi'}
        components:
          apis:
            eventsApi: {name: eventsApi, version: 1.0.0, specification: custom, definition: events}
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);
    result.write();

    assertThat(result.fixes()).extracting(Fix::ruleId).containsExactly("format.version");
    assertThat(result.remaining()).as("the reference is followed, so the API is used")
        .extracting(Diagnostic::ruleId).containsExactly("ref.position");
    assertThat(result.remaining()).isEqualTo(validate(root).diagnostics());
  }

  @Test
  void anOrderWrittenAsTextBecomesTheInteger() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, EVENTS_PROMISES + """
                platform: kafka
        internalComponents:
          lifecycleInfo:
            dev:
              - {name: deploy, order: "1", template: {name: tf, version: 1.0.0, definition: x}}   # first
              - name: smoke
                order: ' 2'
                template: {name: tf, version: 1.0.0, definition: x}
              - {name: later, order: 'soon', template: {name: tf, version: 1.0.0, definition: x}}
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.fixes()).extracting(Fix::ruleId, Fix::what).containsExactly(
        tuple("task.order", "\"1\" -> 1"), tuple("task.order", "\" 2\" -> 2"));
    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after())
        .contains("order: 1, template").contains("# first\n").contains("        order: 2\n")
        .contains("order: 'soon'"));
  }

  @Test
  void aNullIsRemovedWhereItsFieldIsOptionalAndKeptWhereItIsRequired() throws IOException {
    Path root = dir.resolve("descriptor.json");
    Files.writeString(root, "{\"dataProductDescriptor\": \"1.0.0\", \"info\": {\"fullyQualifiedName\":"
        + " \"urn:dpds:com.acme:dataproducts:trips:1\", \"name\": \"trips\", \"version\": \"1.0.0\", \"domain\":"
        + " \"logistics\", \"owner\": {\"id\": null, \"name\": null}, \"contactPoints\": [{\"name\": null}]},"
        + " \"interfaceComponents\": {\"outputPorts\": [{\"name\": null, \"version\": \"1.0.0\", \"id\": null}]}}");

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.fixes()).extracting(Fix::pointer).as("owner.name, a contact point's name and a port's id")
        .containsExactly("/info/owner/name", "/info/contactPoints/0/name", "/interfaceComponents/outputPorts/0/id");
    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after())
        .contains("\"owner\": {\"id\": null}", "\"contactPoints\": [{}]",
            "[{\"name\": null, \"version\": \"1.0.0\"}]"));
  }

  @Test
  void multiFileYamlWithCommentsIsEditedInEachDocument() throws IOException {
    Path root = copy("multi-file").resolve("data-product-descriptor.yaml");

    List<Fix> fixes = fixesToNoError(root, DescriptorFixer.builder().build());

    assertThat(fixes).extracting(Fix::ruleId).contains("fqn.product", "fqn.component", "entity-type", "schema.type",
        "spec.draft");
    assertThat(Files.readString(root)).contains(
        "  fullyQualifiedName: urn:dpds:com.acme:dataproducts:tripExecution:2   # no major yet\n")
        .doesNotContain("contactPoints");
    assertThat(Files.readString(dir.resolve("ports/trip-status.yaml")))
        .contains("fullyQualifiedName: 'urn:dpds:com.acme:dataproducts:tripExecution:2:outputports:tripStatus'")
        .contains("obligations:   # the DRAFT name\n").doesNotContain("description: null");
    assertThat(Files.readString(dir.resolve("infra/trip-store.yaml")))
        .contains("fullyQualifiedName: \"urn:dpds:com.acme:dataproducts:tripExecution:2:infrastructure:tripStore\"")
        .contains("entityType: infrastructure     # copied from the processor\n").doesNotContain("platform");
    assertThat(Files.readString(dir.resolve("apis/trip-status-asyncapi.yaml"))).as("not a DPDS document: untouched")
        .isEqualTo(Files.readString(FIXTURES.resolve("multi-file/apis/trip-status-asyncapi.yaml")));
  }

  @Test
  void draftShapesMoveToTheirPlacesAndTheSpecVersionComesLast() throws IOException {
    Path root = copy("draft-demo").resolve("descriptor.yaml");

    List<Fix> fixes = fixesToNoError(root, DescriptorFixer.builder().build());

    assertThat(fixes.get(fixes.size() - 1).what()).isEqualTo("dataProductDescriptor 1.0.0-DRAFT -> 1.0.0");
    String fixed = Files.readString(root);
    assertThat(fixed).startsWith("dataProductDescriptor: 1.0.0\n")
        .contains("          specificationVersion: 2.5.0      # the AsyncAPI version, as the DRAFT had it\n")
        .contains("          version: 1.1.0\n          name: shipmentEventsApi\n")
        .contains("      obligations:\n").contains("      x-buildInfo:\n").contains("      x-deployInfo:\n")
        .contains("      x-provisionInfo:\n").contains("service: {$ref: \"services/azure-devops.json\"}")
        .contains("  owner: {id: ops@acme.com, name: Ops}\n");
  }

  @Test
  void aDraftDefinitionWhoseApiVersionIsNotSemVerLeavesItsVersionToBeDecided() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, EVENTS_PROMISES + """
                api:
                  specification: asyncapi
                  version: 2.6.0
                  definition: {asyncapi: 2.6.0, info: {title: t, version: '7'}, channels: {}}
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after())
        .contains("          specificationVersion: 2.6.0\n").contains("          name: eventsApi\n")
        .doesNotContain("version: \"7\"").doesNotContain("version: '7'\n          name"));
    assertThat(result.undecided()).extracting(u -> u.finding().message())
        .contains("Standard Definition Object lacks the required field 'version'");
    assertThat(result.remaining()).extracting(Diagnostic::ruleId).doesNotContain("format.version");
  }

  @Test
  void aNameTheFixerMakesOrSuggestsIsAValidName() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, EVENTS_PROMISES.replace("name: events", "name: trip_events") + """
                api:
                  specification: asyncapi
                  version: 2.6.0
                  definition: {asyncapi: 2.6.0, info: {title: t, version: 1.0.0}, channels: {}}
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after())
        .contains("          name: tripEventsApi\n"));
    assertThat(result.undecided()).filteredOn(u -> u.finding().ruleId().equals("format.name")).singleElement()
        .satisfies(u -> assertThat(u.choices()).contains("--rename 'trip_events=tripEvents'"));
    assertThat(List.of("trip-status", "Transport Management", "Ünïcode", "2nd stage", "r", "--", "TripStatus"))
        .extracting(Fixes::camelCase)
        .containsExactly("tripStatus", "transportManagement", "unicode", "ndStage", "rName", "name", "TripStatus");
  }

  @Test
  void noFqnIsWrittenFromANameNoWellFormedFqnCanHold() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, TRIPS.replace("name: trips", "name: my trips") + """
        interfaceComponents:
          outputPorts:
            - name: trip status
              fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1:outputports:old
              version: 1.0.0
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.documents()).as("it wrote 'urn:...:my trips:1' and '...:outputports:trip status'").isEmpty();
    assertThat(result.remaining()).extracting(Diagnostic::ruleId)
        .containsExactlyInAnyOrder("fqn.product", "format.name", "format.name", "fqn.component");
  }

  @Test
  void noFqnOrIdIsWrittenFromAnInvalidNameAPersonIsToRename() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, TRIPS.replace("name: trips", "name: trip-runs") + """
        interfaceComponents:
          outputPorts:
            - name: events
              fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1:outputports:events
              version: 1.0.0
          inputPorts:
            - name: 2nd
              fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1:inputports:second
              id: 00000000-0000-0000-0000-000000000000
              version: 1.0.0
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.documents()).as("it wrote 'urn:...:trip-runs:1', '...:inputports:2nd' and their ids")
        .isEmpty();
    assertThat(result.undecided()).extracting(u -> u.finding().ruleId()).contains("format.name", "format.name");
    assertThat(result.undecided()).flatExtracting(u -> List.of(u.choices()))
        .anySatisfy(c -> assertThat(c).contains("--rename 'trip-runs=tripRuns'"));
  }

  @Test
  void referencesFollowTheFqnsTheFixReplacesAndOnlyThose() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    String trips = "urn:dpds:com.acme:dataproducts:trips:1";
    Files.writeString(root, TRIPS.replace("name: trips", "name: journeys") + """
        interfaceComponents:
          inputPorts:
            - {name: orders, version: 1.0.0}
          outputPorts:
            - name: events
              fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1:outputports:eventz
              version: 1.0.0
        internalComponents:
          applicationComponents:
            - name: loader
              version: 1.0.0
              consumesFrom:
                - urn:dpds:com.acme:dataproducts:trips:1:inputports:orders
                - urn:dpds:com.acme:dataproducts:shop:1:outputports:orders
              providesTo:
                - urn:dpds:com.acme:dataproducts:trips:1:outputports:eventz
                - urn:dpds:com.acme:dataproducts:trips:1:outputports:missing
              dependsOn: [urn:dpds:com.acme:dataproducts:trips:1:infrastructure:store]
          infrastructuralComponents:
            - {name: store, version: 1.0.0}
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);
    result.write();

    String journeys = "urn:dpds:com.acme:dataproducts:journeys:1";
    assertThat(Files.readString(root))
        .contains("- " + journeys + ":inputports:orders", "- " + journeys + ":outputports:events\n",
            "dependsOn: [" + journeys + ":infrastructure:store]")
        .as("another product's port, and a name no component has, stay")
        .contains("- urn:dpds:com.acme:dataproducts:shop:1:outputports:orders", "- " + trips + ":outputports:missing");
    assertThat(result.fixes()).filteredOn(f -> f.ruleId().endsWith(".unresolved"))
        .extracting(Fix::ruleId, Fix::what)
        .containsExactlyInAnyOrder(
            tuple("lineage.unresolved", "consumesFrom item -> " + journeys + ":inputports:orders"),
            tuple("lineage.unresolved", "providesTo item -> " + journeys + ":outputports:events"),
            tuple("depends-on.unresolved", "dependsOn item -> " + journeys + ":infrastructure:store"));
    assertThat(validate(root).diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            tuple("lineage.unresolved", "/internalComponents/applicationComponents/0/consumesFrom/1"),
            tuple("lineage.unresolved", "/internalComponents/applicationComponents/0/providesTo/1"));
  }

  @Test
  void referencesFollowAProductFqnWrittenWithoutItsMajor() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, TRIPS.replace("name: trips", "name: journeys").replace("trips:1", "trips") + """
        interfaceComponents:
          outputPorts: [{name: events, version: 1.0.0}]
        internalComponents:
          applicationComponents:
            - name: loader
              version: 1.0.0
              providesTo: ['urn:dpds:com.acme:dataproducts:trips:1:outputports:events']
        """);

    DescriptorFixer.builder().build().fix(root).write();

    assertThat(Files.readString(root)).contains("fullyQualifiedName: urn:dpds:com.acme:dataproducts:journeys:1\n",
        "providesTo: ['urn:dpds:com.acme:dataproducts:journeys:1:outputports:events']");
    assertThat(validate(root).diagnostics()).isEmpty();
  }

  @Test
  void aReferenceToAComponentWithAnInvalidNameWaitsForItsRename() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, TRIPS + """
        interfaceComponents:
          inputPorts:
            - name: 2nd
              version: 1.0.0
              fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1:inputports:second
          outputPorts: [{name: events, version: 1.0.0}]
        internalComponents:
          applicationComponents:
            - name: loader
              version: 1.0.0
              consumesFrom: ['urn:dpds:com.acme:dataproducts:trips:1:inputports:second']
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.documents()).as("it wrote '...:inputports:2nd' for the port or its consumer").isEmpty();
  }

  @Test
  void twoComponentsWritingOneFqnLeaveTheReferencesThatNameIt() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    String old = "urn:dpds:com.acme:dataproducts:trips:1:infrastructure:old";
    Files.writeString(root, TRIPS + """
        interfaceComponents:
          outputPorts: [{name: events, version: 1.0.0}]
        internalComponents:
          applicationComponents:
            - {name: loader, version: 1.0.0, dependsOn: [%1$s]}
          infrastructuralComponents:
            - {name: store, version: 1.0.0, fullyQualifiedName: %1$s}
            - {name: queue, version: 1.0.0, fullyQualifiedName: %1$s}
        """.formatted(old));

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.fixes()).extracting(Fix::ruleId).containsOnly("fqn.component");
    assertThat(result.remaining()).extracting(Diagnostic::ruleId).contains("depends-on.unresolved");
  }

  @Test
  void aValueWrittenOnceForTwoPlacesIsFixedOnlyWhenBothWantTheSameValue() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, TRIPS + """
        interfaceComponents:
          outputPorts:
            - &base
              name: status
              fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1:outputports:wrong
              entityType: port
              version: 1.0.0
            - <<: *base
              name: positions
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.fixes()).as("it wrote one port's FQN, then the other's, round after round")
        .singleElement().satisfies(fix -> assertThat(fix.what()).isEqualTo("entityType -> outputport"));
    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after())
        .contains("outputports:wrong\n      entityType: outputport\n"));
    assertThat(result.undecided()).hasSize(2).allSatisfy(u -> {
      assertThat(u.finding().ruleId()).isEqualTo("fqn.component");
      assertThat(u.choices()).isEqualTo("the value is written once for"
          + " /interfaceComponents/outputPorts/0/fullyQualifiedName and"
          + " /interfaceComponents/outputPorts/1/fullyQualifiedName (a YAML anchor, a merge key or a shared"
          + " reference), which need different values: write each its own");
    });
  }

  @Test
  void aFixOfALaterRoundIsLocatedInTheDocumentAsItWasWritten() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, TRIPS.replace("fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1",
        "fullyQualifiedName: >-\n    urn:dpds:com.acme:dataproducts:trips") + """
        interfaceComponents:
          outputPorts:
            - name: events
              version: 1.0.0
              fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:outputports:events
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.fixes()).extracting(Fix::ruleId, f -> f.location().line(), f -> f.location().column())
        .as("the port's FQN, derivable once the product's is fixed, was located in the text after that fix: 12:7")
        .containsExactly(tuple("fqn.product", 3, 3), tuple("fqn.component", 13, 7));
    assertThat(Files.readString(root).lines().toList().get(12)).startsWith("      fullyQualifiedName: ");
  }

  @Test
  void whatAPersonMustDecideIsListedWithTheChoicesAndNotChanged() throws IOException {
    Path root = copy("undecided").resolve("descriptor.yaml");
    String original = Files.readString(root);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.documents()).isEmpty();
    assertThat(result.undecided()).extracting(u -> u.finding().ruleId())
        .contains("format.name", "info.required", "unique.name");
    assertThat(result.undecided()).filteredOn(u -> u.finding().ruleId().equals("format.name")).singleElement()
        .satisfies(u -> assertThat(u.choices()).contains("--rename 'trip execution=tripExecution'"));
    assertThat(Files.readString(root)).isEqualTo(original);
  }

  @Test
  void aRenameUpdatesEveryFqnAndReferenceAndTheDescriptorStaysValid() throws IOException {
    Path root = copy("multi-file").resolve("data-product-descriptor.yaml");
    DescriptorFixer.builder().build().fix(root).write();

    FixResult renamed = DescriptorFixer.builder().rename("tripStatus", "tripPositions")
        .rename("tripExecution", "tripRuns").build().fix(root);
    renamed.write();

    assertThat(validate(root).atLeast(Severity.ERROR)).isEmpty();
    String all = texts().values().stream().reduce("", String::concat);
    assertThat(all).doesNotContain("tripStatus:", "tripExecution", ":outputports:tripStatus")
        .contains("name: tripPositions", "urn:dpds:com.acme:dataproducts:tripRuns:2:outputports:tripPositions",
            "urn:dpds:com.acme:dataproducts:tripRuns:2:infrastructure:tripStore", "name: tripRuns");
    assertThat(renamed.fixes()).extracting(Fix::ruleId).contains("rename");
  }

  @Test
  void aRenameLeavesTheNamesOfAnApiDefinitionAndOfTheOwnerAndRefusesADuplicate() throws IOException {
    Path root = dir.resolve("descriptor.yaml");
    Files.writeString(root, TRIPS.replace("owner: {id: a@acme.com}", "owner: {id: a@acme.com, name: events}") + """
        interfaceComponents:
          outputPorts:
            - name: events
              version: 1.0.0
              x-origin: {name: events}
              promises:
                api:
                  name: eventsApi
                  version: 1.0.0
                  specification: asyncapi
                  specificationVersion: 2.6.0
                  definition: {$ref: api.yaml}
            - name: status
              version: 1.0.0
        """);
    String api = "asyncapi: 2.6.0\ninfo: {title: t, version: 1.0.0}\nchannels:\n  c:\n    subscribe:\n"
        + "      message: {name: events, payload: {type: string}}\n";
    Files.writeString(dir.resolve("api.yaml"), api);

    FixResult renamed = DescriptorFixer.builder().rename("events", "tripEvents").build().fix(root);

    assertThat(renamed.fixes()).filteredOn(f -> f.ruleId().equals("rename")).extracting(Fix::pointer)
        .as("it renamed the owner's name, the extension's and the AsyncAPI message's too")
        .containsExactly("/interfaceComponents/outputPorts/0/name");
    assertThat(renamed.documents()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo(root));
    assertThatThrownBy(() -> DescriptorFixer.builder().rename("events", "status").build().fix(root))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--rename would give two items of"
            + " /interfaceComponents/outputPorts the name 'status'; choose a name none of them has");
    assertThat(DescriptorFixer.builder().rename("events", "status").rename("status", "events").build().fix(root)
        .fixes()).as("a swap gives no two items one name").hasSize(2);
  }

  @Test
  void onlyAndSkipChooseTheRules() throws IOException {
    Path root = copy("multi-file").resolve("data-product-descriptor.yaml");

    FixResult only = DescriptorFixer.builder().only(java.util.Set.of("schema.type")).build().fix(root);
    FixResult skipped = DescriptorFixer.builder().skip(java.util.Set.of("schema.type")).build().fix(root);

    assertThat(only.fixes()).extracting(Fix::ruleId).containsOnly("schema.type");
    assertThat(skipped.fixes()).extracting(Fix::ruleId).doesNotContain("schema.type").isNotEmpty();
    assertThatThrownBy(() -> DescriptorFixer.builder().only(java.util.Set.of("schema.typ")))
        .as("a misspelt rule fixed nothing, silently").isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--only: 'schema.typ' is not a rule dpds fix fixes; did you mean 'schema.type'? (dpds rules lists"
            + " what each rule's fix does)");
    assertThatThrownBy(() -> DescriptorFixer.builder().skip(java.util.Set.of("format.name")))
        .as("a rule with no fix").hasMessageStartingWith("--skip: 'format.name' is not a rule dpds fix fixes");
    assertThat(DescriptorFixer.builder().rename("tripStatus", "tripState").only(java.util.Set.of("rename")).build()
        .fix(root).fixes()).extracting(Fix::ruleId).containsOnly("rename");
  }

  @Test
  void aValueWrittenAloneWhereAListIsExpectedBecomesAListOfItWhenItIsWhatTheListHolds() throws IOException {
    Path root = dir.resolve("d.yaml");
    Files.writeString(root, TRIPS.replace("  owner: {id: a@acme.com}\n", """
          owner: {id: a@acme.com}
          contactPoints:
            name: ops   # the team

            address: |
              ops@acme.com
        tags: streaming
        """) + """
        interfaceComponents:
          outputPorts:
            - name: events
              version: 1.0.0
              tags: {kind: raw}
        internalComponents:
          lifecycleInfo:
            dev: {name: deploy, service: {$href: 'https://ci.acme.com'}}
          applicationComponents:
            - name: loader
              version: 1.0.0
              dependsOn: >-
                urn:dpds:com.acme:dataproducts:trips:1:infrastructure:db
          infrastructuralComponents: [{name: db, version: 1.0.0}]
        """);
    Path json = dir.resolve("d.json");
    Files.writeString(json, """
        {"dataProductDescriptor": "1.0.0", "tags": "streaming",
         "info": {"fullyQualifiedName": "urn:dpds:com.acme:dataproducts:trips:1", "name": "trips",
           "version": "1.0.0", "domain": "logistics", "owner": {"id": "a@acme.com"}},
         "interfaceComponents": {"outputPorts": []}}
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.fixes()).extracting(Fix::pointer).containsExactlyInAnyOrder("/info/contactPoints", "/tags",
        "/internalComponents/lifecycleInfo/dev");
    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after()).contains("""
          contactPoints:
            - name: ops   # the team

              address: |
                ops@acme.com
        tags: [streaming]
        """, "    dev: [{name: deploy, service: {$href: 'https://ci.acme.com'}}]\n", "      tags: {kind: raw}\n",
        "      dependsOn: >-\n"));
    assertThat(result.remaining()).filteredOn(Diagnostic::isError).extracting(Diagnostic::pointer)
        .containsExactlyInAnyOrder("/interfaceComponents/outputPorts/0/tags",
            "/internalComponents/applicationComponents/0/dependsOn");
    assertThat(DescriptorFixer.builder().build().fix(json).documents()).singleElement()
        .satisfies(d -> assertThat(d.after()).contains("\"tags\": [\"streaming\"],"));
  }

  @Test
  void anEmptyObjectWhereAListIsExpectedBecomesAnEmptyListNotAListOfAnEmptyItem() throws IOException {
    Path root = dir.resolve("d.yaml");
    Files.writeString(root, TRIPS + """
        interfaceComponents:
          outputPorts: [{name: events, version: 1.0.0}]
        internalComponents:
          lifecycleInfo:
            dev: {}
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after()).contains("    dev: []\n"));
    assertThat(result.fixes()).extracting(Fix::what).containsExactly("dev: {} -> []");
    assertThat(result.remaining()).as("no empty task made up").isEmpty();
  }

  @Test
  void aReferenceWithCharactersAUriDoesNotAllowIsPercentEncodedAndABackslashIsLeftToDecide() throws IOException {
    Path ports = Files.createDirectories(dir.resolve("my ports"));
    Files.writeString(ports.resolve("trip status é.yaml"), "name: tripStatus\nversion: 1.0.0\n");
    Files.writeString(ports.resolve("events.yaml"), "name: events\nversion: 1.0.0\n");
    Path root = dir.resolve("d.yaml");
    Files.writeString(root, TRIPS + """
        interfaceComponents:
          outputPorts:
            - $ref: "my ports/trip status é.yaml"   # the status
            - $ref: my ports\\events.yaml
        """);

    FixResult result = DescriptorFixer.builder().build().fix(root);

    assertThat(result.fixes()).extracting(Fix::ruleId, Fix::what)
        .containsExactly(tuple("ref.invalid", "$ref -> my%20ports/trip%20status%20%C3%A9.yaml"));
    assertThat(result.documents()).singleElement().satisfies(d -> assertThat(d.after())
        .contains("    - $ref: \"my%20ports/trip%20status%20%C3%A9.yaml\"   # the status\n"));
    assertThat(result.undecided()).extracting(u -> u.finding().ruleId()).containsExactly("ref.invalid");
    assertThat(result.remaining()).extracting(Diagnostic::ruleId).containsExactly("ref.invalid");
    assertThat(Fixes.percentEncoded("a b%20c%zz{x}\u0001")).isEqualTo("a%20b%20c%25zz%7Bx%7D%01");
  }

  @Test
  void relativeHrefsBecomeAbsoluteOnlyUnderAGivenBase() throws IOException {
    Path root = dir.resolve("d.yaml");
    Files.writeString(root, TRIPS + """
          # the docs
          x-docs: see externalDocs
        externalDocs:
          $href: docs/trips.html
        interfaceComponents:
          outputPorts: []
        """);

    FixResult without = DescriptorFixer.builder().build().fix(root);
    FixResult with = DescriptorFixer.builder().hrefBase(java.net.URI.create("https://docs.acme.com/")).build()
        .fix(root);

    assertThat(without.documents()).isEmpty();
    assertThat(without.undecided()).extracting(u -> u.finding().ruleId()).contains("href.not-absolute");
    assertThat(with.documents()).singleElement().satisfies(d ->
        assertThat(d.after()).contains("  $href: https://docs.acme.com/docs/trips.html\n").contains("# the docs"));
  }

  @Test
  void aMirroredRemoteDocumentIsFixedInItsLocalCopyWithItsHrefDefinitionsVersion() throws IOException {
    Path mirror = Files.createDirectories(dir.resolve("mirror/ports"));
    Files.writeString(mirror.resolve("status.yaml"), """
        name: status
        version: 1.0.0
        promises:
          api:
            specification: asyncapi
            version: 2.6.0
            definition:
              $href: https://example.org/ports/status-api.yaml
        """);
    Files.writeString(mirror.resolve("status-api.yaml"), "asyncapi: 2.6.0\ninfo: {title: s, version: 3.1.0}\n");
    Path root = dir.resolve("d.yaml");
    Files.writeString(root, TRIPS + """
        interfaceComponents:
          outputPorts:
            - $ref: https://example.org/ports/status.yaml
        """);

    FixResult result = DescriptorFixer.builder().mapPrefix("https://example.org/", dir.resolve("mirror")).build()
        .fix(root);

    assertThat(result.documents()).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo(mirror.resolve("status.yaml").toAbsolutePath());
      assertThat(d.after()).contains("    specificationVersion: 2.6.0\n").contains("    version: 3.1.0\n")
          .contains("    name: statusApi\n");
    });
    assertThat(result.remaining()).noneMatch(Diagnostic::isError);
  }

  /** The text of every file under the temporary folder. */
  private Map<Path, String> texts() throws IOException {
    Map<Path, String> texts = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  private static List<String> comments(String text) {
    return text.lines().filter(l -> l.contains("#") && !l.contains("$ref") && !l.contains("\"#")).map(
        l -> l.substring(l.indexOf('#'))).toList();
  }

  /** Lines of {@code after} that are not lines of {@code before}. */
  private static long changedLines(String before, String after) {
    List<String> old = new ArrayList<>(before.lines().toList());
    long changed = 0;
    for (String line : after.lines().toList()) {
      if (!old.remove(line)) {
        changed++;
      }
    }
    return changed;
  }

  /** Every node that differs between the two models lies at or beside a fixed field. */
  private static void assertOnlyFixedFieldsDiffer(ValidationReport before, ValidationReport after, List<Fix> fixes) {
    JsonNode a = ModelJson.toJson(before.resolved().get().descriptor());
    JsonNode b = ModelJson.toJson(after.resolved().get().descriptor());
    List<String> differences = new ArrayList<>();
    diff("", a, b, differences);
    for (String pointer : differences) {
      assertThat(fixes).as("a fix explains the change at " + pointer).anyMatch(f -> pointer.startsWith(f.pointer())
          || Pointers.parent(pointer).equals(Pointers.parent(f.pointer()))
          || Pointers.parent(pointer).equals(f.pointer()) || f.ruleId().equals("rename")
          || pointer.equals("/dataProductDescriptor"));
    }
  }

  private static void diff(String pointer, JsonNode a, JsonNode b, List<String> out) {
    if (a.isObject() && b.isObject()) {
      for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        diff(Pointers.child(pointer, name), a.get(name), b.path(name), out);
      }
      b.fieldNames().forEachRemaining(name -> {
        if (!a.has(name)) {
          out.add(Pointers.child(pointer, name));
        }
      });
    } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        diff(Pointers.child(pointer, i), a.get(i), b.get(i), out);
      }
    } else if (!a.equals(b)) {
      out.add(pointer);
    }
  }
}
