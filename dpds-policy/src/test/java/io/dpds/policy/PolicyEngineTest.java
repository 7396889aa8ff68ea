package io.dpds.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyViolation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine: the seed examples, broken policy files, Java policies, events, the input's JSON, threads. */
class PolicyEngineTest {

  static final Path SEED = Path.of(System.getProperty("dpds.project.dir", "..")).resolve("docs/policies/seed.yaml");

  @TempDir Path dir;
  PolicyFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new PolicyFixture(dir);
  }

  private static PolicyResult result(PolicyReport report, String id) {
    return report.results().stream().filter(r -> r.policyId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theSeedExamplesPassOnTheAsyncApiPortAndFailOnTheOpenApiOne() {
    PolicyEngine engine = PolicyEngine.builder().files(SEED).build();
    assertThat(engine.problems()).isEmpty();

    PolicyReport report = engine.check(fixture.input());

    assertThat(report.results()).extracting(PolicyResult::policyId).containsExactly(
        "seed.streaming-apis-use-asyncapi", "seed.schemas-in-avro", "seed.cloudevents");
    for (PolicyResult r : report.results()) {
      assertThat(r.violations()).as(r.policyId()).isNotEmpty().allSatisfy(v ->
          assertThat(v.pointer()).startsWith("/interfaceComponents/inputPorts/0"));
    }
    assertThat(result(report, "seed.streaming-apis-use-asyncapi").violations()).singleElement().satisfies(v ->
        assertThat(v.message()).isEqualTo("a streaming API must be described with AsyncAPI"));
    assertThat(report.blocked()).isTrue();
    PolicyReport passing = engine.check(fixture.input(PolicyFixture.DESCRIPTOR.replace(
        "servicesType: streaming-services\n        api:\n          name: eventsApi", "servicesType: rest-services\n"
            + "        api:\n          name: eventsApi")));
    assertThat(passing.failures()).isEmpty();
    assertThat(passing.blocked()).isFalse();
  }

  @Test
  void messagesNeverQuoteAConfigurationValueOrOneUnderASecretLikeKey() {
    Path file = fixture.write("quoting.yaml", """
        policies:
          - id: t.config
            description: configurations name the workspace
            select: "$.internalComponents.lifecycleInfo.dev[*].configurations"
            assert: {path: kafka_api_secret, equals: expected}
          - id: t.domain
            description: the domain is fleet
            select: $.info
            assert: {path: domain, equals: fleet}
        """);
    PolicyEngine engine = PolicyEngine.builder().files(file).build();
    PolicyInput input = fixture.input(PolicyFixture.DESCRIPTOR.replace("kafka_api_secret: ${KAFKA_API_SECRET}",
        "kafka_api_secret: hunter2").replaceFirst("domain: \\w+", "domain: logistics"));

    PolicyReport report = engine.check(input);

    assertThat(result(report, "t.config").violations()).singleElement().satisfies(v ->
        assertThat(v.message()).doesNotContain("hunter2").contains("not shown"));
    assertThat(result(report, "t.domain").violations()).singleElement().satisfies(v ->
        assertThat(v.message()).contains("'logistics'"));
  }

  @Test
  void aRegularExpressionThatBacktracksForeverIsAPolicyExpressionFindingWithinItsBudget() {
    Path file = fixture.write("hostile.yaml", """
        id: t.hostile
        description: catastrophic backtracking
        select: $.info
        assert: {path: name, matches: '^(.*a){20}$'}
        """);
    PolicyEngine engine = PolicyEngine.builder().files(file).build();
    PolicyInput input = fixture.input(PolicyFixture.DESCRIPTOR.replaceFirst("name: \\w+", "name: "
        + "a".repeat(39) + "b"));

    PolicyResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> result(engine.check(input),
        "t.hostile"));

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).contains("policy.expression");
      assertThat(v.pointer()).isEqualTo("/info");
      assertThat(v.message()).contains("took longer than 100 ms");
    });
    assertThat(result.diagnostics()).extracting(d -> d.ruleId()).containsExactly("policy.expression");
  }

  @Test
  void aRegularExpressionThatRecursesPastTheStackOnALongValueIsAPolicyExpressionFinding() {
    Path file = fixture.write("deep.yaml", """
        id: t.deep
        description: a repeated group
        select: $.info
        assert: {path: description, matches: '^[a-z]+(-[a-z]+)*$'}
        """);
    PolicyEngine engine = PolicyEngine.builder().files(file).build();
    PolicyInput input = fixture.input(PolicyFixture.DESCRIPTOR.replaceFirst("(\\n  name: \\w+)", "$1\n"
        + "  description: " + "a-".repeat(200_000) + "a"));

    PolicyResult result = result(engine.check(input), "t.deep");

    assertThat(result.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).contains("policy.expression");
      assertThat(v.pointer()).isEqualTo("/info");
      assertThat(v.message()).contains("recursed deeper than the stack allows on a value of 400001 characters");
    });
  }

  @Test
  void theCloudEventsPolicyNamesTheMissingAttributeInTheAvroFile() {
    fixture.input();
    fixture.write("trip.avsc", PolicyFixture.TRIP_AVSC.replace("\"specversion\"", "\"version\""));
    PolicyEngine engine = PolicyEngine.builder().files(SEED).build();
    PolicyInput input = fixture.input(PolicyFixture.DESCRIPTOR);
    fixture.write("trip.avsc", PolicyFixture.TRIP_AVSC.replace("\"specversion\"", "\"version\""));

    List<PolicyViolation> trips = result(engine.check(input), "seed.cloudevents").violations().stream()
        .filter(v -> v.pointer().contains("outputPorts")).toList();

    assertThat(trips).singleElement().satisfies(v -> {
      assertThat(v.message()).contains("lacks 'specversion'");
      assertThat(v.location().uri().getPath()).endsWith("trip.avsc");
    });
  }

  @Test
  void aBrokenPolicyFileIsOneDiagnosticWithItsLineNeverAnException() {
    Path syntax = fixture.write("syntax.yaml", "id: x\ndescription: [unclosed\n");
    Path schema = fixture.write("schema.yaml", "id: x\ndescription: d\nselect: $\nassert:\n  path: a\n  equal: 1\n");
    Path twoOps = fixture.write("two.yaml", "id: x\ndescription: d\nselect: $\nassert:\n  exists: true\n"
        + "  equals: 1\n");
    Path jsonPath = fixture.write("path.yaml", "id: x\ndescription: d\nselect: \"$[?(@.a ==\"\nassert:\n"
        + "  exists: true\n");
    Path regex = fixture.write("regex.yaml", "id: x\ndescription: d\nselect: $\nassert:\n  matches: '(['\n");
    Path range = fixture.write("range.yaml", "id: x\ndescription: d\nselect: $\nassert:\n  path: version\n"
        + "  semver: '>=1.0.0 garbage'\n");
    Path absent = dir.resolve("absent.yaml");

    for (Path file : List.of(syntax, schema, twoOps, jsonPath, regex, range, absent)) {
      PolicyEngine engine = PolicyEngine.builder().files(file).build();
      assertThat(engine.policies()).as(file.toString()).isEmpty();
      assertThat(engine.problems()).as(file.toString()).hasSize(1);
      Diagnostic d = engine.problems().get(0);
      assertThat(d.location()).as(d.toString()).isPresent();
      assertThat(d.location().get().uri().getPath()).endsWith(file.getFileName().toString());
    }
    assertThat(PolicyEngine.builder().files(schema).build().problems().get(0)).satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("policy.file-invalid");
      assertThat(d.location().get().line()).isEqualTo(6);
      assertThat(d.message()).contains("equal");
    });
    assertThat(PolicyEngine.builder().files(twoOps).build().problems().get(0).message())
        .contains("exactly one of").contains("[exists, equals]");
    assertThat(PolicyEngine.builder().files(jsonPath).build().problems().get(0).ruleId())
        .isEqualTo("policy.expression");
    assertThat(PolicyEngine.builder().files(regex).build().problems().get(0).message())
        .contains("not a regular expression");
    assertThat(PolicyEngine.builder().files(range).build().problems().get(0)).satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("policy.expression");
      assertThat(d.message()).contains("not a version range").contains("'garbage'");
      assertThat(d.location().get().line()).isEqualTo(6);
    });
    assertThat(PolicyEngine.builder().files(syntax).build().problems().get(0).location().get().line())
        .isEqualTo(3); // where the parser found the flow sequence unclosed: the end of the file
  }

  @Test
  void aFieldOfTheWrongFormNamesItselfAndItsValue() {
    Path file = fixture.write("form.yaml", "id: Acme.Bad\ndescription: d\nblocking: 'yes'\n"
        + "events: [deprecation, nope]\nselect: $\nassert: {exists: true}\n");

    assertThat(PolicyEngine.builder().files(file).build().problems()).extracting(Diagnostic::message).containsExactly(
        "id \"Acme.Bad\": does not match the regex pattern ^[a-z0-9][a-z0-9._-]*$",
        "blocking \"yes\": string found, boolean expected",
        "events[1] \"nope\": does not have a value in the enumeration [\"product-creation\", \"version-publication\","
            + " \"stage-transition\", \"task-result\", \"deployment-result\", \"deprecation\", \"decommission\"]");
  }

  @Test
  void aFolderOfPolicyFilesAndDuplicateIds() {
    fixture.write("a.yaml", "id: a.one\ndescription: d\nselect: $.info\nassert: {path: name, exists: true}\n");
    fixture.write("b.json", "{\"id\": \"a.one\", \"description\": \"d\", \"select\": \"$\", \"assert\":"
        + " {\"exists\": true}}");
    fixture.write("notes.txt", "not a policy");

    PolicyEngine engine = PolicyEngine.builder().files(dir).build();

    assertThat(engine.policies()).extracting(Policy::id).containsExactly("a.one");
    assertThat(engine.problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("policy.duplicate-id");
      assertThat(d.pointer()).isEqualTo("/id");
      assertThat(d.location()).contains(new SourceLocation(dir.resolve("b.json").toUri(), 1, 2));
      assertThat(d.message()).isEqualTo("Two policies have the id a.one; the later one is left out; the first is at "
          + new SourceLocation(dir.resolve("a.yaml").toUri(), 1, 1));
    });
    Path empty = fixture.write("empty/notes.txt", "no policies here").getParent();
    assertThat(PolicyEngine.builder().files(empty).build().problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("policy.file-unreadable");
      assertThat(d.message()).contains("holds no policy file");
    });
  }

  @Test
  void aDuplicateIdIsLocatedWhereTheLaterPolicyDeclaresItAndNamesTheFirst() {
    String declared = "  - id: %s\n    description: d\n    select: $.info\n    assert: {path: name, exists: true}\n";
    Path file = fixture.write("list.yaml", "policies:\n" + declared.formatted("a.one") + declared.formatted("a.two")
        + declared.formatted("a.one"));
    Policy java = policy("a.two", true, Set.of(), input -> List.of());

    PolicyEngine engine = PolicyEngine.builder().files(file).policy(java).build();

    assertThat(engine.policies()).extracting(Policy::id).containsExactly("a.one", "a.two");
    assertThat(engine.problems()).satisfiesExactly(
        later -> {
          assertThat(later.pointer()).isEqualTo("/policies/2/id");
          assertThat(later.location()).contains(new SourceLocation(file.toUri(), 10, 5));
          assertThat(later.message()).endsWith("the later one is left out; the first is at "
              + new SourceLocation(file.toUri(), 2, 5));
        },
        javaLater -> {
          assertThat(javaLater.pointer()).isEmpty();
          assertThat(javaLater.location()).isEmpty(); // no file declares it
          assertThat(javaLater.message()).isEqualTo("Two policies have the id a.two; the later one (the Java class "
              + java.getClass().getName() + ") is left out; the first is at " + new SourceLocation(file.toUri(), 6, 5));
        });
    assertThat(PolicyEngine.builder().policy(java).files(file).build().problems()).element(0).satisfies(d -> {
      assertThat(d.location()).contains(new SourceLocation(file.toUri(), 6, 5));
      assertThat(d.message()).endsWith("the first is the Java class " + java.getClass().getName());
    });
  }

  @Test
  void javaPoliciesRunWithTheDeclarativeOnesAndReportTheSameWay() {
    Policy failing = policy("java.always", true, Set.of(), input -> List.of(new PolicyViolation("/info",
        "always fails", input.subject().locate("/info").orElse(null))));
    Policy throwing = policy("java.throws", false, Set.of(), input -> {
      throw new IllegalStateException("boom");
    });
    Policy creationOnly = policy("java.creation", true, Set.of(PolicyEvent.PRODUCT_CREATION), input -> List.of());
    PolicyEngine engine = PolicyEngine.builder().files(SEED).policy(failing).policy(throwing).policy(creationOnly)
        .discover().build();

    PolicyReport report = engine.check(fixture.input());

    assertThat(report.results()).extracting(PolicyResult::policyId).containsExactly(
        "seed.streaming-apis-use-asyncapi", "seed.schemas-in-avro", "seed.cloudevents", "java.always",
        "java.throws", "test.discovered");
    assertThat(result(report, "java.always").violations().get(0).location().line()).isEqualTo(2);
    PolicyResult thrown = result(report, "java.throws");
    assertThat(thrown.violations().get(0).rule()).contains("policy.failed");
    assertThat(thrown.violations().get(0).text()).startsWith("policy.failed: ").contains("boom");
    assertThat(thrown.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).as("a thrown policy is a finding of policy.failed").isEqualTo("policy.failed");
      assertThat(d.message()).contains("java.throws", "boom");
    });
    assertThat(result(report, "java.throws").blocks()).isFalse();
  }

  private static Policy policy(String id, boolean blocking, Set<PolicyEvent> events,
      java.util.function.Function<PolicyInput, List<PolicyViolation>> check) {
    return new Policy() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String description() {
        return id;
      }

      @Override
      public boolean blocking() {
        return blocking;
      }

      @Override
      public Set<PolicyEvent> events() {
        return events;
      }

      @Override
      public List<PolicyViolation> evaluate(PolicyInput input) {
        return check.apply(input);
      }
    };
  }

  @Test
  void policiesApplyOnlyToTheirEvents() {
    PolicyEngine engine = PolicyEngine.builder().files(SEED).build();
    PolicyInput deployment = PolicyInput.builder(PolicyEvent.DEPLOYMENT_RESULT)
        .after(fixture.input().subject()).context("stage", "dev").build();

    assertThat(engine.check(deployment).results()).isEmpty();
    assertThat(engine.evaluate(fixture.input()).toCompletableFuture().join()).hasSize(3);
  }

  @Test
  void theInputAsJsonForEnginesOutsideTheJvm() {
    PolicyInput input = fixture.input();
    PolicyInput transition = PolicyInput.builder(PolicyEvent.STAGE_TRANSITION).before(input.subject())
        .after(input.subject()).context("fromStage", "dev").context("toStage", "prod").build();

    JsonNode json = transition.toJson();

    assertThat(json.get("event").asText()).isEqualTo("stage-transition");
    assertThat(json.at("/after/info/name").asText()).isEqualTo("fleet");
    assertThat(json.at("/before/info/version").asText()).isEqualTo("1.4.2");
    assertThat(json.at("/context/toStage").asText()).isEqualTo("prod");
    assertThat(input.toJson().get("before").isNull()).isTrue();
    assertThat(PolicyEvent.fromLabel("task-result")).contains(PolicyEvent.TASK_RESULT);
  }

  @Test
  void anEngineSharedByManyThreadsGivesTheSameResults() throws Exception {
    PolicyEngine engine = PolicyEngine.builder().files(SEED).builtin().build();
    PolicyInput input = fixture.input();
    String expected = engine.check(input).toString();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> engine.check(input).toString()));
      }
      for (Future<String> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
