package io.dpds.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyViolation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each assertion kind of the declarative format, passing and failing, with the violation's pointer and line. */
class AssertionsTest {

  @TempDir Path dir;
  PolicyFixture fixture;
  PolicyInput input;

  @BeforeEach
  void setUp() {
    fixture = new PolicyFixture(dir);
    input = fixture.input();
  }

  /** The violations of one policy selecting the output ports with {@code assertion} (YAML, indented 4). */
  private List<PolicyViolation> outputPorts(String assertion) {
    return run("$.interfaceComponents.outputPorts[*]", assertion);
  }

  private List<PolicyViolation> run(String select, String assertion) {
    Path file = fixture.write("p.yaml", "id: test.policy\ndescription: a test\nselect: \"" + select + "\"\n"
        + "assert:\n" + assertion.indent(2));
    PolicyEngine engine = PolicyEngine.builder().files(file).build();
    assertThat(engine.problems()).as("policy compiles").isEmpty();
    PolicyResult result = engine.check(input).results().get(0);
    assertThat(result.passed()).isEqualTo(result.violations().isEmpty());
    return result.violations();
  }

  @Test
  void exists() {
    assertThat(outputPorts("path: promises.api\nexists: true")).isEmpty();
    List<PolicyViolation> missing = outputPorts("path: promises.slo\nexists: true");
    assertThat(missing).singleElement().satisfies(v -> {
      assertThat(v.pointer()).isEqualTo("/interfaceComponents/outputPorts/1");
      assertThat(v.message()).isEqualTo("promises.slo is missing");
      assertThat(v.location().line()).isEqualTo(47);
    });
    assertThat(outputPorts("path: promises.platform\nexists: false")).isEmpty();
    assertThat(outputPorts("path: promises.slo\nexists: false")).singleElement()
        .satisfies(v -> assertThat(v.pointer()).isEqualTo("/interfaceComponents/outputPorts/0/promises/slo"));
  }

  @Test
  void equals() {
    assertThat(run("$.info", "path: domain\nequals: logistics")).isEmpty();
    assertThat(run("$.info", "path: domain\nequals: finance")).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("domain is 'logistics', expected 'finance'");
      assertThat(v.pointer()).isEqualTo("/info/domain");
      assertThat(v.location().line()).isEqualTo(6);
    });
  }

  @Test
  void in() {
    assertThat(outputPorts("path: promises.servicesType\nin: [streaming-services, rest-services]")).isEmpty();
    assertThat(outputPorts("path: promises.servicesType\nin: [rest-services]")).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("expected one of ['rest-services']"));
  }

  @Test
  void matches() {
    assertThat(outputPorts("path: name\nmatches: '^[a-z]+$'")).isEmpty();
    assertThat(outputPorts("path: name\nmatches: '^t'")).singleElement()
        .satisfies(v -> assertThat(v.pointer()).isEqualTo("/interfaceComponents/outputPorts/1/name"));
  }

  @Test
  void semverRange() {
    assertThat(outputPorts("path: version\nsemver: '>=1.0.0 <3.0.0'")).isEmpty();
    assertThat(outputPorts("path: version\nsemver: '^2.0.0'")).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("version is '1.0.0', not a version in ^2.0.0"));
  }

  @Test
  void countBounds() {
    assertThat(run("$", "path: interfaceComponents.outputPorts\ncount: {min: 1, max: 2}")).isEmpty();
    assertThat(run("$", "path: \"interfaceComponents.outputPorts[?(@.promises.servicesType == 'rest-services')]\"\n"
        + "count: {max: 0}")).singleElement().satisfies(v -> assertThat(v.message()).contains("has 1 item, expected"
        + " at most 0"));
    assertThat(run("$", "path: interfaceComponents.discoveryPorts\ncount: {min: 1}")).singleElement()
        .satisfies(v -> assertThat(v.message()).endsWith("has 0 items, expected at least 1"));
    assertThat(run("$", "path: interfaceComponents.outputPorts\ncount: {max: 1}")).as("located at the list counted")
        .singleElement().satisfies(v -> {
          assertThat(v.message()).isEqualTo("interfaceComponents.outputPorts has 2 items, expected at most 1");
          assertThat(v.pointer()).isEqualTo("/interfaceComponents/outputPorts");
        });
  }

  @Test
  void contains() {
    assertThat(run("$.interfaceComponents.outputPorts[0]", "path: \"$payloads[*].schema.fields[*].name\"\n"
        + "contains: [id, source]")).isEmpty();
    assertThat(run("$.interfaceComponents.outputPorts[0]", "path: \"$payloads[*].schema.fields[*].name\"\n"
        + "contains: [id, subject]")).singleElement().satisfies(v -> {
          assertThat(v.message()).endsWith("lacks 'subject'");
          assertThat(v.location().uri().getPath()).endsWith("trip.avsc");
        });
  }

  @Test
  void allAnyNone() {
    String both = "all:\n  - {path: promises.slo, exists: true}\n  - {path: promises.deprecationPolicy, exists: true}";
    assertThat(outputPorts(both)).hasSize(2).allSatisfy(v ->
        assertThat(v.pointer()).isEqualTo("/interfaceComponents/outputPorts/1"));
    String either = "any:\n  - {path: promises.slo, exists: true}\n  - {path: promises.api.specification,"
        + " equals: openapi}";
    assertThat(outputPorts(either)).isEmpty();
    String neither = "any:\n  - {path: promises.slo, exists: true}\n  - {path: name, equals: nothing}";
    assertThat(outputPorts(neither)).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("none of the alternatives holds: promises.slo is missing"));
    String forbidden = "none:\n  - {path: promises.servicesType, equals: rest-services}";
    assertThat(outputPorts(forbidden)).singleElement().satisfies(v -> assertThat(v.message())
        .isEqualTo("must not hold: promises.servicesType equals 'rest-services'"));
  }

  @Test
  void theApiDefinitionAndItsPayloadsAreReachable() {
    assertThat(run("$.interfaceComponents.outputPorts[0]", "path: \"$api.asyncapi\"\nequals: 2.6.0")).isEmpty();
    assertThat(run("$.interfaceComponents.outputPorts[0]", "path: \"$payloads[*].format\"\n"
        + "matches: '(?i)avro'")).isEmpty();
    List<PolicyViolation> json = run("$.interfaceComponents.inputPorts[0]", "path: \"$payloads[*].format\"\n"
        + "matches: '(?i)avro'");
    assertThat(json).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("$payloads[*].format is 'application/json', which does not match (?i)avro");
      assertThat(v.pointer()).isEqualTo("/interfaceComponents/inputPorts/0/promises/api/definition/paths/~1events"
          + "/post/requestBody/content/application~1json/schema");
    });
  }

  @Test
  void aCustomMessageReplacesTheGeneratedOne() {
    assertThat(outputPorts("path: promises.slo\nexists: true\nmessage: every output port needs an SLO"))
        .singleElement().satisfies(v -> assertThat(v.message()).isEqualTo("every output port needs an SLO"));
  }
}
