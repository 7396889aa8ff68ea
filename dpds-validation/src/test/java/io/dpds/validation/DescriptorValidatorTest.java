package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dpds.identity.IdStrategy;
import io.dpds.model.Promises;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.triage.WaiverFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validator as a whole: valid fixtures, profiles, overrides, waivers, extra checks, bad input, threads. */
class DescriptorValidatorTest {

  @TempDir Path dir;

  private final DescriptorValidator validator = DescriptorValidator.defaults();

  // The order of findings

  @Test
  void findingsComeByDocumentAsTextThenLineAndColumnThenPointerAndUnlocatedOnesLast() throws Exception {
    Files.writeString(dir.resolve("descriptor.yaml"), """
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: urn:dpds:com.acme:dataproducts:order:1
          name: order
          version: 1.0.0
          domain: tests
          owner: {id: owner@acme.com}
          nme: misspelt
        interfaceComponents:
          outputPorts:
            - $ref: z-port.yaml
            - $ref: a-port.yaml
        """);
    Files.writeString(dir.resolve("z-port.yaml"), "name: zed\nversion: 1.0.0\ndescriptin: z\n");
    Files.writeString(dir.resolve("a-port.yaml"), "name: alpha\nversion: 1.0.0\ndescriptin: a\ntag: a\n");
    Rule unlocated = new Rule("test.unlocated", Severity.WARNING, "Unlocated", "nothing to fix");
    DescriptorCheck last = new DescriptorCheck() {
      @Override
      public List<Rule> rules() {
        return List.of(unlocated);
      }

      @Override
      public void check(CheckContext context) {
        context.report(unlocated, "/b", "no location", null);
        context.report(unlocated, "/a", "no location", null);
      }
    };

    ValidationReport report = DescriptorValidator.builder().check(last).build()
        .validate(dir.resolve("descriptor.yaml"));

    assertThat(report.diagnostics()).extracting(d -> d.location().map(at -> Path.of(at.uri()).getFileName()
            + ":" + at.line()).orElse("-") + " " + d.pointer())
        .containsExactly(
            "a-port.yaml:3 /interfaceComponents/outputPorts/1/descriptin",
            "a-port.yaml:4 /interfaceComponents/outputPorts/1/tag",
            "descriptor.yaml:8 /info/nme",
            "z-port.yaml:3 /interfaceComponents/outputPorts/0/descriptin",
            "- /a",
            "- /b");
  }

  // Valid descriptors

  @Test
  void theSingleFileYamlBaseHasNoFindingAtAll() {
    ValidationReport report = validator.validate(Fixture.base().write(dir));

    assertThat(report.diagnostics()).as(Fixture.describe(report.diagnostics())).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void theSameDescriptorAsJsonHasNoFindingEither() throws Exception {
    Object tree = new YAMLMapper().readTree(Fixture.resource("fixtures/valid/base.yaml"));
    Path json = dir.resolve("descriptor.json");
    Files.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));

    ValidationReport report = validator.validate(json);

    assertThat(report.diagnostics()).as(Fixture.describe(report.diagnostics())).isEmpty();
  }

  @Test
  void aDescriptorOverYamlAndJsonFilesWithEveryPortKindLifecycleAndComponentsHasNoFinding() {
    ValidationReport report = validator.validate(Fixture.tree("fixtures/valid/multi").write(dir));

    assertThat(report.diagnostics()).as(Fixture.describe(report.diagnostics())).isEmpty();
    var descriptor = report.resolved().orElseThrow().descriptor();
    assertThat(descriptor.ports()).extracting(p -> p.kind().name()).containsExactlyInAnyOrder(
        "INPUT", "OUTPUT", "OUTPUT", "DISCOVERY", "OBSERVABILITY", "CONTROL");
  }

  /**
   * A Standard Definition used in two places counts once for unique.name when it is the same, its description aside,
   * whether it is shared through a reference or written twice; a definition of the same name that differs anywhere else
   * is a second one.
   */
  @Test
  void aDefinitionWrittenTwiceCountsOnceUnlessItDiffersBesidesItsDescription() {
    String shared = "        template:\n          $ref: '#/components/templates/terraformApply'\n";
    String second = "      - name: deploy\n        order: 2\n        service:\n          $href: https://ci.example.com/deploy\n"
        + shared;
    String base = Fixture.base().text(Fixture.ROOT);
    assertThat(base).contains(second);
    String inline = "        template:\n          name: terraformApply\n          version: 1.0.0\n"
        + "          specification: terraform\n          specificationVersion: 1.6.0\n";
    String deploy = second.replace(shared, "");

    for (var variant : List.of(
        List.of(inline + "          description: the same, described\n"
            + "          definition: terraform apply -auto-approve\n", ""),
        List.of(inline + "          definition: terraform apply\n", "/template/name"),
        List.of(inline.replace("1.6.0", "1.7.0") + "          definition: terraform apply -auto-approve\n",
            "/template/name"))) {
      Path descriptor = new Fixture().file(Fixture.ROOT, base.replace(second, deploy + variant.get(0)))
          .write(dir.resolve("v" + variant.hashCode()));

      assertThat(validator.validate(descriptor).diagnostics()).as(variant.get(0))
          .filteredOn(d -> d.ruleId().equals("unique.name")).extracting(Diagnostic::pointer)
          .containsExactlyElementsOf(variant.get(1).isEmpty() ? List.of()
              : List.of("/internalComponents/lifecycleInfo/dev/1" + variant.get(1)));
    }
  }

  /**
   * A name is unique within its kind of port or of component: an input and a discovery port, or an application and an
   * infrastructural component, may share one; two input ports may not.
   */
  @Test
  void aNameIsUniqueWithinItsKindOfPortOrOfComponentOnly() {
    String base = Fixture.base().text(Fixture.ROOT);
    String secondInput = "  inputPorts:\n    - name: tripEvents\n";
    assertThat(base).contains(secondInput, "    - name: catalog\n", "    - name: eventStore\n");
    for (var variant : List.of(
        List.of(base.replace("    - name: catalog\n", "    - name: tripEvents\n"), ""),
        List.of(base.replace("    - name: eventStore\n", "    - name: tripProcessor\n"), ""),
        List.of(base.replace(secondInput, secondInput + "      version: 1.0.0\n    - name: tripEvents\n"),
            "/interfaceComponents/inputPorts/1/name"))) {
      Path descriptor = new Fixture().file(Fixture.ROOT, variant.get(0)).write(dir.resolve("n" + variant.hashCode()));

      assertThat(validator.validate(descriptor).diagnostics()).as(variant.get(1))
          .filteredOn(d -> d.ruleId().equals("unique.name")).extracting(Diagnostic::pointer)
          .containsExactlyElementsOf(variant.get(1).isEmpty() ? List.of() : List.of(variant.get(1)));
    }
  }

  @Test
  void aPromiseOrExpectationWrittenOnThePortItselfIsSuggestedWhereItBelongs() throws Exception {
    Path descriptor = Files.writeString(dir.resolve("beside.yaml"), """
        dataProductDescriptor: 1.0.0
        info: {name: orders, version: 1.0.0, domain: sales, owner: {id: a@acme.com}}
        interfaceComponents:
          outputPorts:
            - {name: events, version: 1.0.0, serviceType: streaming-services, platform: kafka, usage: x, zzz: 1}
        """);

    assertThat(validator.validate(descriptor).diagnostics()).filteredOn(d -> d.ruleId().equals("property.unknown"))
        .extracting(Diagnostic::message).containsExactly(
            "'serviceType' is not a field of the Output Port Component; did you mean 'promises.servicesType', a field"
                + " of the port's promises?",
            "'platform' is not a field of the Output Port Component; did you mean 'promises.platform', a field of the"
                + " port's promises?",
            "'usage' is not a field of the Output Port Component; did you mean 'expectations.usage', a field of the"
                + " port's expectations?",
            "'zzz' is not a field of the Output Port Component");
  }

  /** Suggestions are remembered by one validator across validations, bounded: the same message every time. */
  @Test
  void aMisspeltFieldGetsTheSameSuggestionOnEveryValidationEvenWhenTheMemoryOfSuggestionsOverflows() {
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i <= PropertyCheck.MAX_SUGGESTIONS; i++) {
      noise.append("  zz").append(i).append(": 1\n");
    }
    Path plain = new Fixture().file(Fixture.ROOT, Fixture.base().text(Fixture.ROOT)
        .replace("  name: tripExecution\n", "  nme: tripExecution\n")).write(dir.resolve("plain"));
    Path noisy = new Fixture().file(Fixture.ROOT, Fixture.base().text(Fixture.ROOT)
        .replace("  name: tripExecution\n", noise + "  nme: tripExecution\n")).write(dir.resolve("noisy"));

    for (Path descriptor : List.of(plain, plain, noisy, plain)) {
      assertThat(validator.validate(descriptor).diagnostics())
          .filteredOn(d -> d.pointer().equals("/info/nme")).extracting(Diagnostic::message)
          .containsExactly("'nme' is not a field of the Info Object; did you mean 'name'?");
    }
  }

  @Test
  void theMinimalDescriptorIsValid() {
    ValidationReport report = validator.validate(
        new Fixture().file(Fixture.ROOT, Fixture.resource("fixtures/valid/minimal.yaml")).write(dir));

    assertThat(report.isValid()).as(Fixture.describe(report.diagnostics())).isTrue();
  }

  @Test
  void theBundledSampleIsValid() {
    Path sample = Path.of("../samples/trackandtrace/data-product-descriptor.yaml");

    ValidationReport report = validator.validate(sample);

    assertThat(report.atLeast(Severity.WARNING)).as(Fixture.describe(report.diagnostics())).isEmpty();
  }

  // API definitions

  @Test
  void problemsOfALocalApiDefinitionAreWarningsLocatedInItsOwnDocument() {
    Fixture fixture = Fixture.tree("fixtures/valid/multi")
        .replaceIn("apis/positions.asyncapi.yaml", "name: Position\n", "name: Posi-tion\n")
        .replaceIn("ports/positions-out.yaml", "specificationVersion: 3.0.0", "specificationVersion: 2.6.0");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.isValid()).isTrue();
    String api = "/interfaceComponents/outputPorts/0/promises/api/definition";
    assertThat(report.diagnostics()).anySatisfy(d -> {
      assertThat(d.ruleId()).isEqualTo("api.avro-names");
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.pointer()).isEqualTo(api + "/components/messages/position/payload/schema/name");
      assertThat(d.location().orElseThrow().uri().getPath()).endsWith("apis/positions.asyncapi.yaml");
      assertThat(d.location().orElseThrow().line())
          .isEqualTo(fixture.lineOf("apis/positions.asyncapi.yaml", "name: Posi-tion", 1));
    }).anySatisfy(d -> {
      assertThat(d.ruleId()).isEqualTo("api.version-mismatch");
      assertThat(d.pointer()).isEqualTo(api + "/asyncapi");
      assertThat(d.location().orElseThrow().uri().getPath()).endsWith("apis/positions.asyncapi.yaml");
      assertThat(d.location().orElseThrow().line()).isEqualTo(1);
    });
  }

  @Test
  void aRememberedAvroVerdictIsReportedAtEveryUseAndInEveryValidation() {
    Fixture fixture = Fixture.base().replace("name: TripStatus", "name: Trip-Status");
    String port = fixture.text(Fixture.ROOT).substring(fixture.text(Fixture.ROOT).indexOf("    - fullyQualifiedName"),
        fixture.text(Fixture.ROOT).indexOf("  discoveryPorts:"));
    Path root = fixture.replace("  discoveryPorts:", port.replace("tripStatus", "tripState")
        .replace("Trip status", "Trip state") + "  discoveryPorts:").write(dir);

    for (int run = 0; run < 2; run++) {
      assertThat(validator.validate(root).diagnostics()).filteredOn(d -> d.ruleId().equals("api.avro-names"))
          .extracting(Diagnostic::pointer)
          .containsExactly("/interfaceComponents/outputPorts/0/promises/api/definition/channels/tripStatus/subscribe"
                  + "/message/payload/name",
              "/interfaceComponents/outputPorts/1/promises/api/definition/channels/tripState/subscribe"
                  + "/message/payload/name");
    }
  }

  @Test
  void anOpenApiDefinitionWithoutItsVersionFieldIsNotAnOpenApiDocument() {
    Fixture fixture = Fixture.tree("fixtures/valid/multi")
        .replaceIn("apis/health.openapi.yaml", "openapi: 3.1.0\n", "swagger: '2.0'\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).anySatisfy(d -> {
      assertThat(d.ruleId()).isEqualTo("api.version-mismatch");
      assertThat(d.message()).contains("swagger 2.0", "3.1.0");
    });
  }

  // Spec versions and suggestions

  @Test
  void versionsOfManyIdentifiersAndHugeNumbersAreJudgedAsVersions() {
    String manyIdentifiers = "1.0.0-" + "a.".repeat(20_000) + "a";
    Fixture fixture = new Fixture().file(Fixture.ROOT, Fixture.resource("fixtures/valid/minimal.yaml")
        .replace("dataProductDescriptor: 1.0.0", "dataProductDescriptor: 1.0.0+" + "b.".repeat(20_000) + "b")
        .replaceFirst("version: 1.0.0", "version: " + manyIdentifiers));

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId)
        .as("no check failed").containsExactly("spec.version-patch");
  }

  @Test
  void aDraftSpecVersionIsRecognisedWithAMigrationHint() {
    ValidationReport report = validator.validate(
        Fixture.base().replace("dataProductDescriptor: 1.0.0", "dataProductDescriptor: 1.0.0-DRAFT").write(dir));

    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("spec.draft");
      assertThat(d.pointer()).isEqualTo("/dataProductDescriptor");
      assertThat(d.hint().orElseThrow()).contains("contracts -> obligations");
    });
  }

  @Test
  void draftOnlyFieldsAreOneWarningEachNamingTheLinksInsideThatAreNotFollowed() {
    // The DRAFT-era shape of the spec's example: build and provision blocks whose services do not exist.
    ValidationReport report = validator.validate(Fixture.base()
        .replace("      dependsOn:\n        - urn:dpds:com.example:dataproducts:tripExecution:1:infrastructure:eventStore\n",
            "      dependsOn:\n        - urn:dpds:com.example:dataproducts:tripExecution:1:infrastructure:eventStore\n"
                + "      buildInfo:\n"
                + "        service: {$ref: 'services/azure-devops.json'}\n"
                + "        template: {$ref: 'templates/missing.yaml'}\n"
                + "      deployInfo:\n"
                + "        service: {$href: azureDevOps}\n")
        .replace("      displayName: Event store\n",
            "      displayName: Event store\n      provisionInfo: {$ref: 'services/terraform.json'}\n")
        .write(dir));

    assertThat(report.isValid()).isTrue();
    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId).containsOnly("spec.draft");
    assertThat(report.diagnostics()).extracting(Diagnostic::pointer).containsExactlyInAnyOrder(
        "/internalComponents/applicationComponents/0/buildInfo",
        "/internalComponents/applicationComponents/0/deployInfo",
        "/internalComponents/infrastructuralComponents/0/provisionInfo");
    assertThat(report.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("'buildInfo'") && m.contains("neither followed nor checked")
            && m.contains("$ref 'services/azure-devops.json'") && m.contains("$ref 'templates/missing.yaml'"))
        .anyMatch(m -> m.contains("'deployInfo'") && m.contains("$href 'azureDevOps'"))
        .anyMatch(m -> m.contains("'provisionInfo'") && m.contains("$ref 'services/terraform.json'"));
  }

  @Test
  void aComponentUsedTwiceGivesOneFindingPerRuleListingEveryPointerThatReachesIt() {
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n",
            "  discoveryPorts:\n    - $ref: '#/components/discoveryPorts/catalog'\n"
                + "    - $ref: '#/components/discoveryPorts/catalog'\n")
        .replace("components:\n  templates:\n",
            "components:\n  discoveryPorts:\n    catalog:\n      name: data-catalog\n      version: 1.0.0\n"
                + "  templates:\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("format.name")).singleElement()
        .satisfies(d -> {
          assertThat(d.pointer()).isEqualTo("/interfaceComponents/discoveryPorts/0/name");
          assertThat(d.pointers()).containsExactlyInAnyOrder("/interfaceComponents/discoveryPorts/0/name",
              "/interfaceComponents/discoveryPorts/1/name", "/components/discoveryPorts/catalog/name");
          assertThat(d.location().orElseThrow().line()).isEqualTo(fixture.lineOf(Fixture.ROOT, "name: data-catalog", 1));
        });
  }

  @Test
  void theFindingOfASharedComponentIsPointedAtItsFirstUseAsWrittenNotAsTheSpecListsThePortKinds() {
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n  observabilityPorts:\n"
                + "    - name: metrics\n      version: 1.0.0\n",
            "  observabilityPorts:\n    - $ref: '#/components/discoveryPorts/catalog'\n"
                + "  discoveryPorts:\n    - $ref: '#/components/discoveryPorts/catalog'\n")
        .replace("components:\n  templates:\n",
            "components:\n  discoveryPorts:\n    catalog:\n      name: catalog\n      version: 1\n"
                + "  templates:\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("schema.type")).singleElement()
        .satisfies(d -> {
          assertThat(d.pointer()).isEqualTo("/interfaceComponents/observabilityPorts/0/version");
          assertThat(d.pointers()).containsExactly("/interfaceComponents/observabilityPorts/0/version",
              "/interfaceComponents/discoveryPorts/0/version", "/components/discoveryPorts/catalog/version");
        });
  }

  @Test
  void aDuplicateIsTheOneWrittenLaterWhateverTheKindsOfTheirPorts() {
    String id = "      id: 0b9f5d43-5d1f-5a36-9f0e-5fd1f0c1d6a1\n";
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n  observabilityPorts:\n"
                + "    - name: metrics\n      version: 1.0.0\n",
            "  observabilityPorts:\n    - name: metrics\n      version: 1.0.0\n" + id
                + "  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n" + id);

    assertThat(validator.validate(fixture.write(dir)).diagnostics())
        .filteredOn(d -> d.ruleId().equals("unique.identity")).singleElement().satisfies(d -> {
          assertThat(d.pointer()).isEqualTo("/interfaceComponents/discoveryPorts/0/id");
          assertThat(d.message()).endsWith("already used by /interfaceComponents/observabilityPorts/0 ("
              + Fixture.ROOT + ":" + fixture.lineOf(Fixture.ROOT, "- name: metrics", 1) + ":7)");
        });
  }

  @Test
  void aServicesTypeTheSpecDoesNotNameIsAWarningWithTheNearestKnownValue() {
    Fixture slip = Fixture.base().replace("servicesType: streaming-services", "servicesType: streaming-service");

    assertThat(validator.validate(slip.write(dir)).diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("promises.services-type");
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.pointer()).isEqualTo("/interfaceComponents/outputPorts/0/promises/servicesType");
      assertThat(d.message()).contains("'streaming-service'", "did you mean 'streaming-services'?");
      assertThat(d.location().orElseThrow().line()).isEqualTo(slip.lineOf(Fixture.ROOT, "servicesType:", 1));
    });
    assertThat(messages(Fixture.base().replace("servicesType: streaming-services", "servicesType: Streaming")))
        .singleElement().asString().contains("did you mean 'streaming-services'?");
    assertThat(messages(Fixture.base().replace("servicesType: streaming-services", "servicesType: graphql")))
        .singleElement().asString().contains("the known values are rest-services, restful-services");
    for (String known : Promises.SERVICES_TYPES) {
      assertThat(messages(Fixture.base().replace("servicesType: streaming-services", "servicesType: " + known)))
          .as(known).isEmpty();
    }
  }

  private List<String> messages(Fixture fixture) {
    return validator.validate(fixture.write(dir)).diagnostics().stream().map(Diagnostic::message).toList();
  }

  @Test
  void aDuplicateKeyInAPayloadFileIsReportedOnceAtItsLine() {
    String payload = "                    payload: {$ref: trip.avsc}\n";
    Fixture fixture = Fixture.base().replace("                    payload:\n", payload + "                    x-was:\n")
        .file("trip.avsc", "{\"type\": \"record\", \"name\": \"Trip\",\n \"name\": \"Trip2\", \"fields\": []}\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("load.duplicate-key")).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).isEqualTo("Duplicate key 'name'; the first one is kept");
          assertThat(d.location().orElseThrow().uri().getPath()).endsWith("/trip.avsc");
          assertThat(d.location().orElseThrow().line()).isEqualTo(2);
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
  }

  @Test
  void lifecycleFindingsNameTheirTasks() {
    Fixture fixture = Fixture.base().replace("        order: 2\n", "        order: 1\n")
        .replace("          $ref: '#/components/templates/terraformApply'\n  applicationComponents:",
            "          $ref: '#/components/templates/terraformApply'\n      - order: 3\n  applicationComponents:");

    assertThat(messages(fixture)).contains("Tasks 0 ('provision') and 1 ('deploy') of stage 'dev' both have order 1",
        "Task 2 of stage 'dev' has no service and no template");
  }

  @Test
  void findingsAboutAliasesAndMergedEntriesAreLocatedWhereEachIsWritten() {
    Fixture fixture = Fixture.base()
        .replace("      expectations:\n        usage:", "      expectations: &use\n        usage:")
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n",
            "  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n      expectatctions: *use\n"
                + "    - <<: &port {version: 1.0.0, tags: bad}\n      name: search\n"
                + "    - <<: *port\n      name: browse\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("property.unknown")).singleElement()
        .satisfies(d -> assertThat(d.location().orElseThrow().line())
            .isEqualTo(fixture.lineOf(Fixture.ROOT, "expectatctions: *use", 1)));
    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("schema.type")).singleElement()
        .satisfies(d -> {
          assertThat(d.location().orElseThrow().line()).isEqualTo(fixture.lineOf(Fixture.ROOT, "tags: bad", 1));
          assertThat(d.pointers()).containsExactly(
              "/interfaceComponents/discoveryPorts/1/tags", "/interfaceComponents/discoveryPorts/2/tags");
        });
  }

  @Test
  void aMistypedItemOfAListIsNamedByItsListAndIndexAndAMemberNamedLikeAnIndexByItsName() {
    Fixture fixture = Fixture.base().replace("    - name: catalog\n      version: 1.0.0\n",
        "    - name: catalog\n      version: 1.0.0\n      tags: [ok, [nested, 2]]\n      x-map: {'0': 1}\n"
            + "      promises: {platform: {'0': 1}}\n");

    assertThat(messages(fixture)).contains("'tags[1]' array found, string expected",
        "'platform' object found, string expected");
    assertThat(messages(fixture)).noneMatch(message -> message.startsWith("'0'") || message.startsWith("'1'"));
  }

  @Test
  void anItemOfAListInTheWrongFormatIsNamedByItsListAndIndex() {
    String store = "        - urn:dpds:com.example:dataproducts:tripExecution:1:infrastructure:eventStore\n";
    Fixture fixture = Fixture.base().replace(store, store + "        - not an fqn\n");

    assertThat(messages(fixture)).contains("'not an fqn' is not a valid fqn (dependsOn[1]): ' ' is not allowed in an"
        + " FQN");
  }

  @Test
  void aNameThatCannotBeASegmentOfAnFqnIsAFormatFindingNotAFailedCheck() {
    Fixture fixture = Fixture.base()
        .replace("      name: tripStatus\n", "      name: ''\n")
        .replace("      name: tripProcessor\n", "      name: 'trip:processor'\n")
        .replace("  name: tripExecution\n", "  name: 'trip:execution'\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId).doesNotContain("validation.check-failed")
        .contains("format.name");
    assertThat(messages(fixture)).contains("'' is not a valid name (name): a name cannot be empty");
  }

  @Test
  void aNumberOrBooleanWrittenWhereAStringIsExpectedIsToldToBeQuotedAsWritten() {
    Fixture fixture = Fixture.base().replace("    - name: catalog\n      version: 1.0.0\n",
        "    - name: catalog\n      version: 1.10\n      tags: [true]\n      promises: {platform: {a: 1}}\n");

    assertThat(messages(fixture)).contains(
        "'version' number found, string expected; write it in quotes as a version, \"1.10.0\"",
        "'tags[0]' boolean found, string expected; write it in quotes, \"true\"",
        "'platform' object found, string expected");
    assertThat(messages(Fixture.base().replace("dataProductDescriptor: 1.0.0", "dataProductDescriptor: 1")))
        .contains("'dataProductDescriptor' integer found, string expected; write it in quotes as a version, \"1.0.0\"");
    assertThat(messages(Fixture.base().replace("    - name: catalog\n", "    - name: catalog\n      description: 1.5\n")))
        .contains("'description' number found, string expected; write it in quotes, \"1.5\"");
  }

  @Test
  void aNumberWrittenInQuotesWhereAnIntegerIsExpectedIsToldToLoseThem() {
    assertThat(messages(Fixture.base().replace("        order: 1\n", "        order: '1'\n")))
        .contains("'order' string found, integer expected; write it without quotes, 1");
    assertThat(messages(Fixture.base().replace("        order: 1\n", "        order: 'first'\n")))
        .contains("'order' string found, integer expected");
  }

  @Test
  void aYamlValueWithoutAJsonEquivalentIsOneFindingNotOneMoreForTheTextItIsReadAs() {
    ValidationReport report = validator.validate(Fixture.base().replace("        order: 1\n", "        order: .inf\n")
        .write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer)
        .containsExactly(tuple("load.yaml-tag", "/internalComponents/lifecycleInfo/dev/0/order"));
  }

  @Test
  void aStandardDefinitionFqnNamesEverySegmentThatIsWrong() {
    Fixture fixture = Fixture.base().replace("          name: tripStatusApi\n",
        "          fullyQualifiedName: urn:dpds:org.other:apis:tripState:1\n          name: tripStatusApi\n");

    assertThat(messages(fixture)).contains("'urn:dpds:org.other:apis:tripState:1': the namespace is not the product's"
        + " 'com.example'; the name segment is not 'tripStatusApi'");
  }

  @Test
  void anAvroPayloadWhoseOwnTypeIsUndefinedSaysWhichNameAsANestedOneDoes() {
    Fixture fixture = Fixture.base().replace("                      type: record\n",
        "                      type: recrd\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("api.avro")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("The Avro payload schema does not parse: Undefined schema: recrd");
      assertThat(d.pointer()).endsWith("/subscribe/message/payload/type");
      assertThat(d.location().orElseThrow().line()).isEqualTo(fixture.lineOf(Fixture.ROOT, "type: recrd", 1));
    });
  }

  @Test
  void anAvroPayloadThatDoesNotParseIsToldInTheWordsOfTheAvroSpecification() {
    Map<String, String> told = Map.of(
        "[['null', string]]", "a union directly inside a union, which Avro does not allow; list the inner union's"
            + " types in the outer one",
        "['null', string, 'null']", "the union lists null more than once",
        "null", "null is not an Avro schema; write a type's name, a union (a list of schemas) or an object with a"
            + " type");
    told.forEach((type, message) -> {
      Fixture fixture = Fixture.base().replace("                          type: string\n",
          "                          type: " + type + "\n");

      assertThat(validator.validate(fixture.write(dir)).diagnostics()).as(type)
          .filteredOn(d -> d.ruleId().equals("api.avro")).singleElement().extracting(Diagnostic::message)
          .isEqualTo("The Avro payload schema does not parse: " + message);
    });
  }

  @Test
  void aWholeDescriptorWhereAPortIsExpectedIsOneFindingNotOnePerFieldItLacks() {
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n",
            "  discoveryPorts:\n    - $ref: catalog.yaml\n")
        .file("catalog.yaml", Fixture.resource("fixtures/valid/minimal.yaml"));

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("ref.target-type");
      assertThat(d.pointer()).isEqualTo("/interfaceComponents/discoveryPorts/0");
    });
  }

  @Test
  void aComponentReachedThroughAChainOfReferencesInAnotherFileIsUsed() {
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n",
            "  discoveryPorts:\n    - $ref: 'shared.yaml#/catalog'\n")
        .replace("components:\n", "components:\n  discoveryPorts:\n    catalog: {name: catalog, version: 1.0.0}\n"
            + "    spare: {name: spare, version: 1.0.0}\n")
        .file("shared.yaml", "catalog: {$ref: '" + Fixture.ROOT + "#/components/discoveryPorts/catalog'}\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer)
        .containsExactly(tuple("components.unused", "/components/discoveryPorts/spare"));
  }

  @Test
  void aReferenceToTextOrToAValueThatIsNoObjectIsOneFindingThatSaysWhatItFound() {
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n",
            "  discoveryPorts:\n    - $ref: catalog.txt\n    - $ref: 'list.yaml#/ports'\n")
        .file("catalog.txt", "The catalog port is described elsewhere.\n")
        .file("list.yaml", "ports: [catalog]\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer, Diagnostic::message)
        .containsExactly(
            tuple("ref.target-type", "/interfaceComponents/discoveryPorts/0",
                "'catalog.txt' is a string, not the object this position expects"),
            tuple("ref.target-type", "/interfaceComponents/discoveryPorts/1",
                "'list.yaml#/ports' is an array, not the object this position expects"));
  }

  @Test
  void aReferenceThatIsNoReferenceIsOneFindingNotOneMoreForItsValue() {
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n",
            "  discoveryPorts:\n    - $ref: ''\n    - $ref: 5\n")
        .replace("        deprecationPolicy:\n          name: tripStatusDeprecation\n          version: 1.0.0\n"
            + "          specification: custom\n          definition: Old majors stay available for three months.\n",
            "        deprecationPolicy: {$ref: ''}\n"); // where the spec allows none: not followed, not reported so

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer).containsExactly(
        tuple("ref.invalid", "/interfaceComponents/outputPorts/0/promises/deprecationPolicy"),
        tuple("ref.invalid", "/interfaceComponents/discoveryPorts/0"),
        tuple("ref.invalid", "/interfaceComponents/discoveryPorts/1"));
  }

  @Test
  void anFqnOfAComponentWhoseReferenceOrNameIsMissingIsNotReportedAgainAsNamingNothing() {
    Fixture fixture = Fixture.base()
        .replace("  inputPorts:\n    - name: tripEvents\n      version: 1.0.0\n      displayName: Trip events\n",
            "  inputPorts:\n    - $ref: '#/components/inputPorts/tripEvents'\n")
        .replace("    - name: eventStore\n", "    - displayName: Store\n")
        .replace("      displayName: Event store\n", "");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer).containsExactly(
        tuple("ref.pointer", "/interfaceComponents/inputPorts/0"),
        tuple("component.required", "/internalComponents/infrastructuralComponents/0"));
  }

  @Test
  void anFqnOfAComponentWhoseReferenceNamesNoObjectIsNotReportedAgainAsNamingNothing() {
    Fixture fixture = Fixture.base()
        .replace("  inputPorts:\n    - name: tripEvents\n      version: 1.0.0\n      displayName: Trip events\n",
            "  inputPorts:\n    - $ref: events.txt\n")
        .file("events.txt", "The trip events port is described elsewhere.\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer)
        .containsExactly(tuple("ref.target-type", "/interfaceComponents/inputPorts/0"));
  }

  @Test
  void aReferenceThatIsNoUriIsOneFindingThatSaysHowToWriteIt() {
    Fixture fixture = Fixture.base()
        .replace("  discoveryPorts:\n    - name: catalog\n      version: 1.0.0\n",
            "  discoveryPorts:\n    - $ref: 'ports/catalog port.yaml'\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer, Diagnostic::message)
        .containsExactly(tuple("ref.invalid", "/interfaceComponents/discoveryPorts/0", "$ref 'ports/catalog port.yaml'"
            + " is not a URI reference: Illegal character in path; write ' ' (character 14) percent-encoded, as %20"));
  }

  @Test
  void anFqnOfAKindWhoseComponentsAreAllNamedIsStillReportedWhenItNamesNone() {
    Fixture fixture = Fixture.base()
        .replace("  inputPorts:\n    - name: tripEvents\n      version: 1.0.0\n      displayName: Trip events\n",
            "  inputPorts:\n    - $ref: '#/components/inputPorts/tripEvents'\n")
        .replace(":1:infrastructure:eventStore", ":1:infrastructure:x")
        .replace("        - urn:dpds:com.example:dataproducts:tripExecution:1:outputports:tripStatus",
            "        - urn:dpds:com.example:dataproducts:tripExecution:1:outputports:y");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer).containsExactly(
        tuple("ref.pointer", "/interfaceComponents/inputPorts/0"),
        tuple("lineage.unresolved", "/internalComponents/applicationComponents/0/providesTo/0"),
        tuple("depends-on.unresolved", "/internalComponents/applicationComponents/0/dependsOn/0"));
  }

  @Test
  void anIdOfTheOtherKnownStrategyIsNamedAsSuch() {
    String fqn = "urn:dpds:com.example:dataproducts:tripExecution:1";
    String odm = IdStrategy.ODM_PLATFORM.idFor(fqn).toString(); // d7f72d94-587f-339e-9361-457029a6e30b
    String dpds = IdStrategy.UUID_V5.idFor(fqn).toString(); // fbde6bac-3425-5e87-834c-150dffc4dbbd

    Path odmIds = Fixture.base().replace("  name: tripExecution\n", "  id: " + odm + "\n  name: tripExecution\n")
        .write(dir.resolve("odm"));
    Path dpdsIds = Fixture.base().replace("  name: tripExecution\n", "  id: " + dpds + "\n  name: tripExecution\n")
        .write(dir.resolve("dpds"));

    assertThat(validator.validate(odmIds).diagnostics()).filteredOn(d -> d.ruleId().equals("id.mismatch"))
        .extracting(Diagnostic::message).containsExactly("id '" + odm + "' is not the id of '" + fqn + "'; expected '"
            + dpds + "' (the id given is the one the ODM platform derives, a UUID version 3 of the FQN; DPDS 1.0.0"
            + " derives a version 5)");
    DescriptorValidator odmValidator = DescriptorValidator.builder().idStrategy(IdStrategy.ODM_PLATFORM).build();
    assertThat(odmValidator.validate(dpdsIds).diagnostics()).filteredOn(d -> d.ruleId().equals("id.mismatch"))
        .extracting(Diagnostic::message).containsExactly("id '" + dpds + "' is not the id of '" + fqn + "'; expected '"
            + odm + "' (the id given is the one DPDS 1.0.0 derives, a UUID version 5 of the FQN; this validator"
            + " derives the ODM platform's version 3)");
    assertThat(odmValidator.validate(odmIds).diagnostics()).extracting(Diagnostic::ruleId)
        .doesNotContain("id.mismatch").contains("read-only.declared");
  }

  @Test
  void lineageToAnotherProductIsReportedAsUnresolvedNotAsWrong() {
    Fixture fixture = Fixture.base()
        .replace("        - urn:dpds:com.example:dataproducts:tripExecution:1:outputports:tripStatus",
            "        - urn:dpds:com.other:dataproducts:fleet:2:inputports:trips\n"
                + "        - urn:dpds:com.example:dataproducts:tripExecution:2:outputports:tripStatus\n"
                + "        - urn:dpds:com.other:apis:tripStatus:1.0.0");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.isValid()).isTrue();
    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::severity, Diagnostic::pointer,
        Diagnostic::message).containsExactly(
        tuple("lineage.unresolved", Severity.WARNING, "/internalComponents/applicationComponents/0/providesTo/0",
            "'urn:dpds:com.other:dataproducts:fleet:2:inputports:trips' names a component of another data product"
                + " (com.other:fleet:2), which cannot be checked here"),
        tuple("lineage.unresolved", Severity.WARNING, "/internalComponents/applicationComponents/0/providesTo/1",
            "'urn:dpds:com.example:dataproducts:tripExecution:2:outputports:tripStatus' names a component of major"
                + " version 2 of this data product, which cannot be checked here"),
        tuple("lineage.unresolved", Severity.WARNING, "/internalComponents/applicationComponents/0/providesTo/2",
            "'urn:dpds:com.other:apis:tripStatus:1.0.0' names no port or infrastructural component of this product"));
  }

  @Test
  void anItemOfAListThatIsNoObjectDoesNotHoldBackTheFindingsOfTheOtherItems() {
    Fixture fixture = Fixture.base()
        .replace("  outputPorts:\n", "  outputPorts:\n    - tripStatus\n")
        .replace("      name: tripStatus\n", "      name: trip-status\n")
        .replace("    dev:\n      - name: provision\n        order: 1\n",
            "    dev:\n      - 7\n      - name: provision\n        order: 2\n")
        .replace("  applicationComponents:\n", "  applicationComponents:\n    - true\n")
        .replace("      name: tripProcessor\n", "      name: trip_processor\n")
        .replace("  contactPoints:\n", "  contactPoints:\n    - mail\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer).contains(
        tuple("schema.type", "/interfaceComponents/outputPorts/0"),
        tuple("format.name", "/interfaceComponents/outputPorts/1/name"),
        tuple("fqn.component", "/interfaceComponents/outputPorts/1/fullyQualifiedName"),
        tuple("schema.type", "/internalComponents/lifecycleInfo/dev/0"),
        tuple("lifecycle.order-duplicate", "/internalComponents/lifecycleInfo/dev/2/order"),
        tuple("schema.type", "/internalComponents/applicationComponents/0"),
        tuple("format.name", "/internalComponents/applicationComponents/1/name"),
        tuple("schema.type", "/info/contactPoints/0"));
  }

  @Test
  void aComponentFqnOfTheWrongFormNamesTheFormWithItsArticle() {
    Fixture fixture = Fixture.base()
        .replace("Name: urn:dpds:com.example:dataproducts:tripExecution:1:outputports:tripStatus\n",
            "Name: urn:dpds:com.example:dataproducts:tripExecution:outputports:x\n")
        .replace("      name: tripStatus\n", "")
        .replace("dataproducts:tripExecution:1:applications:tripProcessor\n",
            "dataproducts:tripExecution:applications\n")
        .replace("      name: tripProcessor\n", "");

    assertThat(validator.validate(fixture.write(dir)).diagnostics())
        .filteredOn(d -> d.ruleId().equals("fqn.component")).extracting(Diagnostic::message).containsExactly(
            "'urn:dpds:com.example:dataproducts:tripExecution:outputports:x' is not urn:dpds:{namespace}:dataproducts:"
                + "{product}:{major}:{kind}:{name}, the FQN form of an Output Port Component",
            "'urn:dpds:com.example:dataproducts:tripExecution:applications' is not urn:dpds:{namespace}:dataproducts:"
                + "{product}:{major}:{kind}:{name}, the FQN form of an Application Component");
  }

  @Test
  void noFqnIsExpectedOfANameNoWellFormedFqnCanHold() {
    Fixture fixture = Fixture.base()
        .replace("  name: tripExecution\n", "  name: trip execution\n")
        .replace("      name: tripStatus\n", "      name: trip status\n")
        .replace("      name: tripProcessor\n", "      name: trip-processor\n");

    assertThat(validator.validate(fixture.write(dir)).diagnostics())
        .filteredOn(d -> d.ruleId().startsWith("fqn.")).extracting(Diagnostic::ruleId, Diagnostic::message)
        .containsExactly(
            tuple("fqn.product", "'urn:dpds:com.example:dataproducts:tripExecution:1' is not the FQN of this data"
                + " product, whose name 'trip execution' can stand in no well-formed FQN; give it a valid name first"
                + " (format.name), and the FQN follows"),
            tuple("fqn.component", "'urn:dpds:com.example:dataproducts:tripExecution:1:outputports:tripStatus' is not"
                + " the FQN of this Output Port Component, whose name 'trip status' can stand in no well-formed FQN;"
                + " give it a valid name first (format.name), and the FQN follows"),
            tuple("fqn.component", "'urn:dpds:com.example:dataproducts:tripExecution:1:applications:tripProcessor' is"
                + " not the FQN of this Application Component; expected"
                + " 'urn:dpds:com.example:dataproducts:tripExecution:1:applications:trip-processor'"));
  }

  @Test
  void anEntryOfAComponentsMapThatIsNoObjectDoesNotHoldBackTheFindingsOfTheOthers() {
    Fixture fixture = Fixture.base().replace("components:\n  templates:\n",
        "components:\n  discoveryPorts:\n    broken: just text\n"
            + "    spare: {name: spare, version: 1.0.0, expectatctions: {}}\n  templates:\n    broken: 5\n"
            + "    spareTemplate: {name: spareTemplate, version: 1.0.0, specification: x, definition: y, sepc: z}\n");

    assertThat(validator.validate(fixture.write(dir)).diagnostics())
        .extracting(Diagnostic::ruleId, Diagnostic::pointer).contains(
            tuple("schema.type", "/components/discoveryPorts/broken"),
            tuple("property.unknown", "/components/discoveryPorts/spare/expectatctions"),
            tuple("schema.type", "/components/templates/broken"),
            tuple("property.unknown", "/components/templates/spareTemplate/sepc"));
  }

  @Test
  void aDefinitionWrittenAsALinkHasItsHrefAndMediaTypeCheckedAsAnyLinksAre() {
    Fixture fixture = Fixture.base().replace("          definition:\n            availability: 99.9%\n",
        "          definition: {$href: azureDevOps, mediaType: json}\n");

    assertThat(validator.validate(fixture.write(dir)).diagnostics())
        .extracting(Diagnostic::ruleId, Diagnostic::pointer, Diagnostic::message).containsExactly(
            tuple("href.not-absolute", "/interfaceComponents/outputPorts/0/obligations/sla/definition/$href",
                "$href 'azureDevOps' is a relative URI, which has no defined base in DPDS 1.0.0"),
            tuple("media-type", "/interfaceComponents/outputPorts/0/obligations/sla/definition/mediaType",
                "mediaType 'json' is not of the form type/subtype"));
  }

  @Test
  void aMessageNamesAnotherFileRelativeToTheRootDocumentsFolder() {
    String api = "      promises:\n        api:\n          name: %s\n          version: 1.0.0\n"
        + "          specification: asyncapi\n          definition: {$ref: apis/trips.yaml}\n";
    Fixture fixture = Fixture.base()
        .replace("    - name: catalog\n      version: 1.0.0\n", "    - name: catalog\n      version: 1.0.0\n"
            + api.formatted("catalogApi") + "    - name: search\n      version: 1.0.0\n" + api.formatted("searchApi"))
        .file("apis/trips.yaml", "asyncapi: 2.6.0\ninfo: {title: Trips, version: 1.0.0}\nchannels: {}\n");

    assertThat(validator.validate(fixture.write(dir)).diagnostics())
        .filteredOn(d -> d.ruleId().equals("api.shared-definition")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("'s (apis/trips.yaml); point it"));
  }

  @Test
  void unknownPropertiesComeWithTheNearestFieldName() {
    ValidationReport report = validator.validate(Fixture.base()
        .replace("      expectations:", "      expectatctions:")
        .replace("        servicesType:", "        serviceType:")
        .replace("      obligations:", "      contracts:")
        .write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("'expectatctions'") && m.contains("did you mean 'expectations'"))
        .anyMatch(m -> m.contains("'serviceType'") && m.contains("did you mean 'servicesType'"))
        .anyMatch(m -> m.contains("'contracts'") && m.contains("'obligations'"));
  }

  // Profiles, overrides, waivers

  @Test
  void theStrictProfileAppliesTheLetterOfTheSpec() {
    Path root = Fixture.base()
        .replace("  fullyQualifiedName: urn:dpds:com.example:dataproducts:tripExecution:1\n", "")
        .replace("        deprecationPolicy:\n          name: tripStatusDeprecation\n          version: 1.0.0\n"
            + "          specification: custom\n          definition: Old majors stay available for three months.\n",
            "        deprecationPolicy:\n          $ref: deprecation.yaml\n")
        .file("deprecation.yaml",
            "name: deprecation\nversion: 1.0.0\nspecification: custom\ndefinition: three months\n")
        .write(dir);

    ValidationReport lenient = validator.validate(root);
    ValidationReport strict = DescriptorValidator.builder().profile(Profile.STRICT).build().validate(root);

    assertThat(lenient.isValid()).as(Fixture.describe(lenient.diagnostics())).isTrue();
    assertThat(severityOf(lenient, "info.fqn-missing")).isEqualTo(Severity.INFO);
    assertThat(severityOf(lenient, "ref.position")).isEqualTo(Severity.WARNING);
    assertThat(strict.isValid()).isFalse();
    assertThat(severityOf(strict, "info.fqn-missing")).isEqualTo(Severity.ERROR);
    assertThat(severityOf(strict, "ref.position")).isEqualTo(Severity.ERROR);
    assertThat(strict.resolved().orElseThrow().tree()
        .at("/interfaceComponents/outputPorts/0/promises/deprecationPolicy/$ref").asText())
        .as("strict follows no reference the spec does not allow").isEqualTo("deprecation.yaml");
  }

  @Test
  void theStrictProfileMakesUnknownIgnoredAndAliasedPropertiesErrors() {
    Path root = Fixture.base()
        .replace("      expectations:", "      expectatctions:")
        .replace("deprecationPolicy:", "depreceationPolicy:")
        .replace("interfaceComponents:\n", "interfaceComponents:\n  x-note: hi\n")
        .write(dir);

    ValidationReport lenient = validator.validate(root);
    ValidationReport strict = DescriptorValidator.builder().profile(Profile.STRICT).build().validate(root);

    for (String rule : List.of("property.unknown", "property.alias", "property.ignored")) {
      assertThat(severityOf(lenient, rule)).as(rule).isEqualTo(Severity.WARNING);
      assertThat(severityOf(strict, rule)).as(rule).isEqualTo(Severity.ERROR);
    }
  }

  @Test
  void severitiesCanBeOverriddenAndRulesDisabled() {
    Path root = Fixture.base().replace("domain: logistics", "domain: Transport Management").write(dir);

    ValidationReport lowered = DescriptorValidator.builder().severity("format.name", Severity.WARNING).build()
        .validate(root);
    ValidationReport disabled = DescriptorValidator.builder().disable("format.name").build().validate(root);

    assertThat(lowered.isValid()).isTrue();
    assertThat(severityOf(lowered, "format.name")).isEqualTo(Severity.WARNING);
    assertThat(disabled.diagnostics()).isEmpty();
  }

  @Test
  void anUnknownRuleIdIsRefusedWhenTheValidatorIsBuilt() {
    assertThatThrownBy(() -> DescriptorValidator.builder().disable("format.nme").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format.nme");
    assertThatThrownBy(() -> DescriptorValidator.builder().severity("no.such-rule", Severity.INFO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWaiverSuppressesMatchingFindingsWithItsReasonAndOnlyThose() throws Exception {
    Path root = Fixture.base()
        .replace("domain: logistics", "domain: Transport Management")
        .replace("      expectations:", "      expectatctions:")
        .write(dir);
    Path file = dir.resolve("waivers.yaml");
    Files.writeString(file, """
        waivers:
          - rule: format.name
            pointer: /info/*
            reason: the catalogue still uses spaces in domains
            expires: 2999-12-31
          - rule: property.unknown
            pointer: /interfaceComponents/inputPorts/**
            reason: matches nothing here
        """);

    ValidationReport report =
        DescriptorValidator.builder().waivers(WaiverFile.read(file).waivers()).build().validate(root);

    assertThat(report.isValid()).isTrue();
    assertThat(report.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.diagnostic().ruleId()).isEqualTo("format.name");
      assertThat(s.reason()).isEqualTo("the catalogue still uses spaces in domains");
    });
    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("property.unknown");
  }

  /**
   * A definition whose payloads were all sound is remembered by one validator, but only while it is the same tree at
   * the same place and refers to nothing outside itself: a change of a payload, of a document a payload refers to, or
   * of a definition behind an {@code $href} is found in the next validation.
   */
  @Test
  void aSoundDefinitionIsJudgedAgainWhenItOrWhatItRefersToChanges() throws Exception {
    String trip = "{\"type\": \"record\", \"name\": \"Trip\", \"fields\": []}";
    Path avsc = Files.writeString(dir.resolve("trip.avsc"), trip);
    Path linked = Files.writeString(dir.resolve("status-api.yaml"), "openapi: 3.1.0\ninfo: {title: s, version: 1.0.0}\n"
        + "paths: {/s: {get: {responses: {'200': {content: {application/json: {schema: {type: object}}}}}}}}\n");
    String descriptor = """
        dataProductDescriptor: 1.0.0
        info: {name: trips, version: 1.0.0, domain: logistics, owner: {id: jane@example.com}}
        interfaceComponents:
          outputPorts:
            - name: trips
              version: 1.0.0
              promises:
                api:
                  name: tripsApi
                  version: 1.0.0
                  specification: asyncapi
                  definition:
                    asyncapi: 2.6.0
                    info: {title: trips, version: 1.0.0}
                    channels:
                      trips:
                        subscribe:
                          message:
                            schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                            payload: {$ref: trip.avsc}
            - name: inline
              version: 1.0.0
              promises:
                api:
                  name: inlineApi
                  version: 1.0.0
                  specification: asyncapi
                  definition:
                    asyncapi: 2.6.0
                    info: {title: inline, version: 1.0.0}
                    channels:
                      inline:
                        subscribe:
                          message:
                            schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                            payload: {$ref: '#/components/schemas/Event'}
                    components:
                      schemas:
                        Event: {type: record, name: Event, fields: [{name: at, type: long}]}
            - name: status
              version: 1.0.0
              promises:
                api:
                  name: statusApi
                  version: 1.0.0
                  specification: openapi
                  definition: {$href: status-api.yaml}
        """;
    Path root = Files.writeString(dir.resolve("descriptor.yaml"), descriptor);
    DescriptorValidator shared = DescriptorValidator.defaults();
    java.util.function.Supplier<List<String>> apiFindings = () -> shared.validate(root).diagnostics().stream()
        .filter(d -> d.ruleId().startsWith("api.")).map(d -> d.ruleId() + " " + d.pointer()).toList();

    assertThat(apiFindings.get()).isEmpty();
    assertThat(apiFindings.get()).as("sound, and remembered as such").isEmpty();
    Files.writeString(avsc, trip.replace("[]", "[{\"name\": \"id\", \"type\": \"strng\"}]"));
    assertThat(apiFindings.get()).as("a document a payload refers to has changed")
        .containsExactly("api.avro /interfaceComponents/outputPorts/0/promises/api/definition/channels/trips/subscribe"
            + "/message/payload");
    Files.writeString(linked, Files.readString(linked).replace("type: object", "type: obejct"));
    assertThat(apiFindings.get()).as("the definition behind the $href has changed").hasSize(2)
        .anyMatch(f -> f.startsWith("api.json-schema /interfaceComponents/outputPorts/2/promises/api/definition"));
    Files.writeString(root, descriptor.replace("type: long", "type: lng"));
    assertThat(apiFindings.get()).as("a payload written in the definition has changed").hasSize(3)
        .contains("api.avro /interfaceComponents/outputPorts/1/promises/api/definition/components/schemas/Event"
            + "/fields/0/type");
  }

  /**
   * A validator's own loads keep each JSON object's bytes, so a definition read from JSON is known again by its bytes:
   * one changed byte of a payload is found in the next validation, and the same definition written with other
   * spacing is judged again, soundly.
   */
  @Test
  void aSoundDefinitionReadFromJsonIsKnownByItsBytesAndJudgedAgainWhenOneChanges() throws Exception {
    String descriptor = """
        {"dataProductDescriptor": "1.0.0",
         "info": {"name": "trips", "version": "1.0.0", "domain": "logistics", "owner": {"id": "jane@example.com"}},
         "interfaceComponents": {"outputPorts": [{"name": "trips", "version": "1.0.0", "promises": {"api": {
           "name": "tripsApi", "version": "1.0.0", "specification": "asyncapi",
           "definition": {"asyncapi": "2.6.0", "info": {"title": "trips", "version": "1.0.0"},
             "channels": {"trips": {"subscribe": {"message": {
               "schemaFormat": "application/vnd.apache.avro+json;version=1.9.0",
               "payload": {"type": "record", "name": "Trip", "fields": [{"name": "at", "type": "long"}]}}}}}}}}}]}}
        """;
    Path root = Files.writeString(dir.resolve("descriptor.json"), descriptor);
    DescriptorValidator shared = DescriptorValidator.defaults();
    java.util.function.Supplier<List<String>> apiFindings = () -> shared.validate(root).diagnostics().stream()
        .filter(d -> d.ruleId().startsWith("api.")).map(d -> d.ruleId() + " " + d.pointer()).toList();

    ValidationReport first = shared.validate(root);
    assertThat(first.diagnostics()).extracting(Diagnostic::ruleId).noneMatch(id -> id.startsWith("api."));
    var resolved = first.resolved().orElseThrow();
    assertThat(resolved.source(resolved.tree().at("/interfaceComponents/outputPorts/0/promises/api/definition")))
        .as("the validator's loader keeps sources").isPresent();
    assertThat(apiFindings.get()).as("sound, and remembered as such").isEmpty();
    Files.writeString(root, descriptor.replace("\"long\"", "\"lng\""));
    assertThat(apiFindings.get()).as("one byte of the payload has changed").containsExactly("api.avro"
        + " /interfaceComponents/outputPorts/0/promises/api/definition/channels/trips/subscribe/message/payload/fields"
        + "/0/type");
    assertThat(apiFindings.get()).as("and is still wrong the next time").hasSize(1);
    Files.writeString(root, descriptor.replace("\"type\": \"long\"", "\"type\":\"long\""));
    assertThat(apiFindings.get()).as("the first definition, written with other spacing").isEmpty();
  }

  @Test
  void payloadSchemasAreCheckedWhereverTheyAreWrittenAndLocatedThereAtTheirLine() throws Exception {
    Files.writeString(dir.resolve("trip.avsc"), """
        {"type": "record",
         "name": "Trip",
         "fields": [
           {"name": "id", "type": "strng"}]}
        """);
    Files.writeString(dir.resolve("position.json"), """
        {
          "type": "object",
          "required": "id"
        }
        """);
    Files.writeString(dir.resolve("status-api.yaml"), """
        openapi: 3.1.0
        info: {title: status, version: 1.0.0}
        paths:
          /status:
            get:
              responses:
                '200':
                  content:
                    application/json:
                      schema:
                        type: obejct
        """);
    Path root = Files.writeString(dir.resolve("descriptor.yaml"), """
        dataProductDescriptor: 1.0.0
        info: {name: trips, version: 1.0.0, domain: logistics, owner: {id: jane@example.com}}
        interfaceComponents:
          outputPorts:
            - name: trips
              version: 1.0.0
              promises:
                api:
                  name: tripsApi
                  version: 1.0.0
                  specification: asyncapi
                  definition:
                    asyncapi: 2.6.0
                    info: {title: trips, version: 1.0.0}
                    channels:
                      trips:
                        subscribe:
                          message:
                            schemaFormat: application/vnd.apache.avro+json;version=1.9.0
                            payload: {$ref: trip.avsc}
                      positions:
                        subscribe:
                          message:
                            payload: {$ref: position.json}
                      inline:
                        subscribe:
                          message:
                            schemaFormat: application/schema+json;version=draft-07
                            payload:
                              properties:
                                at: {type: datetime}
            - name: status
              version: 1.0.0
              promises:
                api:
                  name: statusApi
                  version: 1.0.0
                  specification: openapi
                  definition: {$href: status-api.yaml}
        """);

    ValidationReport report = DescriptorValidator.defaults().validate(root);

    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("api.avro")).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).contains("strng");
          assertThat(d.location().orElseThrow().uri().getPath()).endsWith("/trip.avsc");
          assertThat(d.location().orElseThrow().line()).isEqualTo(4);
          assertThat(d.pointer()).endsWith("/channels/trips/subscribe/message/payload");
        });
    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("api.json-schema"))
        .extracting(d -> d.location().orElseThrow().uri().getPath().replaceAll(".*/", "")
            + ":" + d.location().orElseThrow().line())
        .containsExactlyInAnyOrder("position.json:3", "descriptor.yaml:31", "status-api.yaml:11");
    assertThat(report.diagnostics()).filteredOn(d -> d.ruleId().equals("api.json-schema"))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
        .anySatisfy(d -> assertThat(d.message()).contains("draft-07", "array expected"))
        .anySatisfy(d -> assertThat(d.message()).contains("2020-12", "enumeration"));
  }

  @Test
  void aTaskOrderBeyondInt32WrittenAsAFloatIsRefused() {
    for (String order : List.of("1e400", "1e10", "-1e400", "2147483648", ".inf", "1.0e3")) {
      Path root = Fixture.base().replace("        order: 1\n", "        order: " + order + "\n").write(dir);

      ValidationReport report = DescriptorValidator.defaults().validate(root);

      if (order.equals("1.0e3")) {
        assertThat(report.diagnostics()).as(order).extracting(Diagnostic::ruleId).doesNotContain("task.order");
      } else if (order.equals(".inf")) { // no JSON value at all: refused as it is read, one finding
        assertThat(report.diagnostics()).as(order).extracting(Diagnostic::ruleId).containsExactly("load.yaml-tag");
      } else {
        assertThat(report.diagnostics()).as(order).filteredOn(d -> d.ruleId().equals("task.order")).isNotEmpty();
      }
    }
  }

  @Test
  void aStageThatIsNoListIsASchemaFindingNotAFailedCheck() {
    Fixture fixture = Fixture.base()
        .replace("  lifecycleInfo:\n    dev:\n", "  lifecycleInfo:\n    test: {$href: ''}\n    dev:\n");

    ValidationReport report = validator.validate(fixture.write(dir));

    assertThat(report.diagnostics()).extracting(Diagnostic::ruleId, Diagnostic::pointer)
        .containsExactly(tuple("schema.type", "/internalComponents/lifecycleInfo/test"));
  }

  @Test
  void aDefinitionThatDoesNotParseIsLocatedWhereItsReadingStoppedWithoutTheQuotedText() {
    String base = Fixture.base().text(Fixture.ROOT);
    String definition = base.substring(base.indexOf("          definition:\n            asyncapi"),
        base.indexOf("        deprecationPolicy:"));
    Fixture linked = Fixture.base().replace(definition, "          definition: {$ref: api/events.yaml}\n")
        .file("api/events.yaml", "asyncapi: 2.6.0\nchannels: {,}\n");
    Fixture inline = Fixture.base().replace(definition, "          definition: |\n            asyncapi: 2.6.0\n"
        + "            channels: {,}\n");

    List<Diagnostic> fromFile = validator.validate(linked.write(dir.resolve("linked"))).diagnostics();
    List<Diagnostic> fromText = validator.validate(inline.write(dir.resolve("inline"))).diagnostics();

    assertThat(fromFile).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("api.parse");
      assertThat(d.message()).isEqualTo("The definition does not parse: Invalid YAML: expected the node content,"
          + " but found ','");
      assertThat(d.location().orElseThrow()).satisfies(at -> {
        assertThat(at.uri().toString()).endsWith("/linked/api/events.yaml");
        assertThat(at.line()).isEqualTo(2);
        assertThat(at.column()).isEqualTo(12);
      });
    });
    assertThat(fromText).singleElement().satisfies(d -> assertThat(d.message()).isEqualTo("The definition does not"
        + " parse as JSON or YAML: expected the node content, but found ',' (line 2, column 12 of the text)"));
  }

  // Extra checks

  @Test
  void checksRegisteredOnTheBuilderOrFoundByServiceLoaderRunAndJoinTheCatalogue() {
    Path root = Fixture.base().replace("id: jane.doe@example.com", "id: jane.doe").write(dir);

    DescriptorValidator discovering = DescriptorValidator.builder().discoverChecks().build();
    DescriptorValidator registering = DescriptorValidator.builder().check(new OwnerEmailCheck()).build();

    for (DescriptorValidator v : List.of(discovering, registering)) {
      assertThat(v.rules()).contains(OwnerEmailCheck.RULE);
      assertThat(v.validate(root).diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.ruleId()).isEqualTo("x-example.owner-email");
        assertThat(d.pointer()).isEqualTo("/info/owner/id");
        assertThat(d.location().orElseThrow().line()).isEqualTo(9);
      });
    }
    assertThat(DescriptorValidator.defaults().rules()).doesNotContain(OwnerEmailCheck.RULE);
  }

  @Test
  void theCatalogueHoldsReadingAndValidationRulesEachOnce() {
    List<String> ids = DescriptorValidator.catalogue().stream().map(Rule::id).toList();

    assertThat(ids).doesNotHaveDuplicates()
        .contains("load.syntax", "ref.cycle", "spec.version", "api.avro")
        .containsAll(ValidationRules.ALL.stream().map(Rule::id).toList());
  }

  // Bad input never throws

  @Test
  void badInputGivesDiagnosticsNeverAnException() throws Exception {
    Files.write(dir.resolve("binary.yaml"), new byte[] {0, (byte) 0xff, (byte) 0xfe, 1, 2, 3});
    Files.writeString(dir.resolve("empty.yaml"), "");
    Files.writeString(dir.resolve("array.json"), "[1, 2]");
    Files.writeString(dir.resolve("scalar.yaml"), "just text\n");
    Files.writeString(dir.resolve("broken.json"), "{\"dataProductDescriptor\": \"1.0.0\", \"info\": {");
    Files.writeString(dir.resolve("types.yaml"), "dataProductDescriptor: 1.0.0\ninfo: []\ninterfaceComponents: 7\n");

    for (String name : List.of("binary.yaml", "empty.yaml", "array.json", "scalar.yaml", "broken.json",
        "types.yaml", "absent.yaml", ".")) {
      assertThatCode(() -> {
        ValidationReport report = validator.validate(dir.resolve(name));
        assertThat(report.isValid()).as(name).isFalse();
        assertThat(report.atLeast(Severity.ERROR)).as(name)
            .allSatisfy(d -> assertThat(d.message()).isNotBlank());
      }).as(name).doesNotThrowAnyException();
    }
  }

  // Threads

  @Test
  void oneValidatorSharedBySixteenThreadsGivesTheResultsOfOneThread() throws Exception {
    List<Path> roots = new ArrayList<>();
    String[][] edits = {
        {"domain: logistics", "domain: Transport Management"},
        {"      expectations:", "      expectatctions:"},
        {"        order: 2\n", "        order: 1\n"},
        {"name: TripStatus", "name: Trip-Status"},
        {"dataProductDescriptor: 1.0.0", "dataProductDescriptor: 1.0.2"},
        {"mediaType: text/html", "mediaType: html"},
        {"    - name: catalog\n", "    - name: catalog\n      displayName: Trip status\n"},
        {"  version: 1.2.0", "  version: 0.3.0"}};
    for (int i = 0; i < edits.length; i++) {
      roots.add(Fixture.base().replace(edits[i][0], edits[i][1]).write(Files.createDirectory(dir.resolve("d" + i))));
    }
    roots.add(Fixture.tree("fixtures/valid/multi").write(Files.createDirectory(dir.resolve("multi"))));
    List<String> expected = roots.stream().map(r -> render(validator.validate(r))).toList();

    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (Path root : roots) {
          results.add(pool.submit(() -> render(validator.validate(root))));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(expected.get(i % roots.size()));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).anyMatch(r -> r.contains("format.name")).anyMatch(r -> r.contains("api.avro"));
  }

  private static String render(ValidationReport report) {
    return report.diagnostics().toString();
  }

  private static Severity severityOf(ValidationReport report, String ruleId) {
    return report.diagnostics().stream().filter(d -> d.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " not in" + Fixture.describe(report.diagnostics())))
        .severity();
  }
}
