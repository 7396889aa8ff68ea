package io.dpds.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dpds.load.DescriptorLoader;
import io.dpds.model.Promises;
import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyViolation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each policy of the built-in pack, passing on the fixture and failing on an edit of it. */
class BuiltinPoliciesTest {

  private static final PolicyEngine BUILTIN = PolicyEngine.builder().builtin().build();

  @TempDir Path dir;
  PolicyFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new PolicyFixture(dir);
  }

  private List<PolicyViolation> violations(String id, String descriptor) {
    PolicyResult result = BUILTIN.check(fixture.input(descriptor)).results().stream()
        .filter(r -> r.policyId().equals(id)).findFirst().orElseThrow();
    return result.violations();
  }

  /** The fixture's input port made REST, so that it passes the streaming policies. */
  private static final String PASSING = PolicyFixture.DESCRIPTOR.replace(
      "servicesType: streaming-services\n        api:\n          name: eventsApi",
      "servicesType: rest-services\n        api:\n          name: eventsApi");

  @Test
  void thePackIsCompleteAndDocumented() {
    assertThat(BUILTIN.problems()).isEmpty();
    assertThat(BUILTIN.policies()).extracting(Policy::id).containsExactly("builtin.streaming-uses-asyncapi",
        "builtin.rest-uses-openapi", "builtin.streaming-avro-payloads", "builtin.cloudevents-envelope",
        "builtin.owner-email", "builtin.output-port-slo-and-deprecation", "builtin.no-plaintext-secrets");
    assertThat(BUILTIN.policies()).allSatisfy(p -> {
      assertThat(p.description()).isNotBlank();
      assertThat(p.hint()).isNotBlank();
    });
  }

  @Test
  void streamingUsesAsyncApi() {
    assertThat(violations("builtin.streaming-uses-asyncapi", PASSING)).isEmpty();
    assertThat(violations("builtin.streaming-uses-asyncapi", PolicyFixture.DESCRIPTOR)).singleElement()
        .satisfies(v -> assertThat(v.pointer()).isEqualTo("/interfaceComponents/inputPorts/0/promises/api"
            + "/specification"));
  }

  @Test
  void restUsesOpenApi() {
    assertThat(violations("builtin.rest-uses-openapi", PASSING)).isEmpty();
    assertThat(violations("builtin.rest-uses-openapi", PASSING.replace("specification: openapi, definition:"
        + " {openapi: 3.1.0}", "specification: raml, definition: {}"))).hasSize(1);
  }

  @Test
  void streamingAvroPayloads() {
    assertThat(violations("builtin.streaming-avro-payloads", PASSING)).isEmpty();
    assertThat(violations("builtin.streaming-avro-payloads", PolicyFixture.DESCRIPTOR)).singleElement()
        .satisfies(v -> assertThat(v.message()).contains("application/json"));
    assertThat(violations("builtin.streaming-avro-payloads", PASSING.replace("payload: {$ref: trip.avsc}", "")))
        .extracting(PolicyViolation::message).contains("the API declares no payload schema");
  }

  @Test
  void cloudEventsEnvelope() {
    assertThat(violations("builtin.cloudevents-envelope", PASSING)).isEmpty();
    fixture.write("other.avsc", PolicyFixture.TRIP_AVSC.replace("\"source\"", "\"origin\""));
    assertThat(violations("builtin.cloudevents-envelope", PASSING.replace("trip.avsc", "other.avsc")))
        .singleElement().satisfies(v -> {
          assertThat(v.message()).contains("lacks 'source'");
          assertThat(v.location().uri().getPath()).endsWith("other.avsc");
        });
  }

  @Test
  void aPayloadWhoseReferenceCannotBeReadIsDeclaredButHasNoSchema() {
    String broken = PASSING.replace("payload: {$ref: trip.avsc}", "payload: {$ref: gone.avsc}");

    assertThat(violations("builtin.streaming-avro-payloads", broken)).isEmpty(); // declared, and in Avro
    assertThat(violations("builtin.cloudevents-envelope", broken)).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("$payloads[*].schema is missing");
      assertThat(v.pointer()).isEqualTo("/interfaceComponents/outputPorts/0");
    });
  }

  @Test
  void aPortWhoseServicesTypeIsUnknownIsJudgedByItsApiSpecification() {
    // The streaming output port with a slip in its services type, and an AsyncAPI payload that is JSON, not Avro.
    String slip = PASSING.replace("servicesType: streaming-services\n        api:\n          name: tripsApi",
            "servicesType: streaming-service\n        api:\n          name: tripsApi")
        .replace("schemaFormat: application/vnd.apache.avro+json;version=1.9.0", "schemaFormat: application/json");
    String restSlip = PASSING.replace("servicesType: rest-services\n        api: {name: statusApi",
            "servicesType: rest-service\n        api: {name: statusApi")
        .replace("specification: openapi, definition: {openapi: 3.1.0}", "specification: raml, definition: {}");
    String undeclared = slip.replace("servicesType: streaming-service\n        ", "");

    assertThat(violations("builtin.streaming-avro-payloads", slip)).singleElement()
        .satisfies(v -> assertThat(v.pointer()).startsWith("/interfaceComponents/outputPorts/0"));
    assertThat(violations("builtin.streaming-uses-asyncapi", slip)).isEmpty();
    assertThat(violations("builtin.rest-uses-openapi", restSlip)).isEmpty(); // RAML: judged as neither
    assertThat(violations("builtin.streaming-avro-payloads", undeclared)).isEmpty(); // nothing declared, nothing keyed
  }

  @Test
  void thePacksListOfKnownServicesTypesIsTheModels() throws Exception {
    String pack;
    try (InputStream in = PolicyEngine.class.getResourceAsStream("builtin.yaml")) {
      pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String known = Promises.SERVICES_TYPES.stream().map(t -> "'" + t + "'")
        .collect(Collectors.joining(", ", "nin [", "]"));

    assertThat(pack.lines().filter(l -> l.contains(" nin ["))).hasSize(2).allMatch(l -> l.contains(known));
  }

  @Test
  void ownerEmail() {
    assertThat(violations("builtin.owner-email", PASSING)).isEmpty();
    assertThat(violations("builtin.owner-email", PASSING.replace("id: fleet@example.org", "id: fleet-team")))
        .singleElement().satisfies(v -> assertThat(v.pointer()).isEqualTo("/info/owner/id"));
    assertThat(BUILTIN.policies().stream().filter(p -> p.id().equals("builtin.owner-email")).findFirst()
        .orElseThrow().blocking()).isFalse();
  }

  @Test
  void outputPortSloAndDeprecation() {
    List<PolicyViolation> status = violations("builtin.output-port-slo-and-deprecation", PASSING);
    assertThat(status).hasSize(2).allSatisfy(v ->
        assertThat(v.pointer()).isEqualTo("/interfaceComponents/outputPorts/1"));
    assertThat(violations("builtin.output-port-slo-and-deprecation", PASSING.replace("    - name: status\n"
        + "      version: 1.0.0\n", "    - name: status\n      version: 1.0.0\n      x-internal: true\n")
        .replaceAll("(?s)  - name: status.*?definition: \\{openapi: 3.1.0}}\n", ""))).isEmpty();
  }

  @Test
  void noPlaintextSecrets() {
    assertThat(violations("builtin.no-plaintext-secrets", PASSING)).isEmpty();
    String leaked = PASSING.replace("kafka_api_secret: ${KAFKA_API_SECRET}", "kafka_api_secret: hunter2")
        .replace("workspace: fleet-dev", "workspace: fleet-dev\n          x-token-note: 'AKIAX7Q2ZK9P3WLM8N4RT6YB'");
    List<PolicyViolation> found = violations("builtin.no-plaintext-secrets", leaked);
    assertThat(found).extracting(PolicyViolation::pointer).containsExactlyInAnyOrder(
        "/internalComponents/lifecycleInfo/dev/0/configurations/kafka_api_secret",
        "/internalComponents/lifecycleInfo/dev/0/configurations/x-token-note");
    assertThat(found).allSatisfy(v -> {
      assertThat(v.message()).doesNotContain("hunter2").doesNotContain("AKIAX7Q2");
      assertThat(v.location()).isNotNull();
    });
  }

  @Test
  void theSecretsPolicyIsLinearInAValuesLength() {
    String hostile = PASSING.replace("workspace: fleet-dev", "workspace: '" + "{".repeat(100_000) + "'")
        .replace("kafka_api_secret: ${KAFKA_API_SECRET}", "kafka_api_secret: '" + "${".repeat(100_000) + "'");

    List<PolicyViolation> found = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> violations("builtin.no-plaintext-secrets", hostile));

    assertThat(found).extracting(PolicyViolation::pointer)
        .containsExactly("/internalComponents/lifecycleInfo/dev/0/configurations/kafka_api_secret");
  }

  @Test
  void referencesToSecretStoresAndVariablesAreNotSecrets() {
    for (String reference : List.of("${KAFKA_API_SECRET}", "$ENV{KAFKA}", "$KAFKA_KEY", "{{ secrets.kafka }}",
        "prefix-${KAFKA}-suffix", "vault:kv/kafka#key", "arn:aws:secretsmanager:eu-west-1:1:secret:k",
        "projects/p1/secrets/kafka")) {
      assertThat(violations("builtin.no-plaintext-secrets",
          PASSING.replace("kafka_api_secret: ${KAFKA_API_SECRET}", "kafka_api_secret: '" + reference + "'")))
          .as(reference).isEmpty();
    }
    assertThat(violations("builtin.no-plaintext-secrets",
        PASSING.replace("kafka_api_secret: ${KAFKA_API_SECRET}", "kafka_api_secret: '${}'"))).hasSize(1);
  }

  @Test
  void highEntropyLiteralsAreTold() {
    assertThat(NoPlaintextSecretsPolicy.highEntropy("sk_live_9fQ2xLr7Vb3Nq8Zt1Kp4")).isTrue();
    assertThat(NoPlaintextSecretsPolicy.highEntropy("trackandtrace-dev-workspace")).isFalse();
    assertThat(NoPlaintextSecretsPolicy.highEntropy("https://kafka.example.org:9092/x9Qz7")).isFalse();
    assertThat(NoPlaintextSecretsPolicy.highEntropy("3f1d2f3c")).isFalse();
  }

  @Test
  void thePublicDemoRepositoryPublishedItsKeysThisWay() {
    Path example = Path.of(System.getProperty("dpds.shared.dir", "../../shared"))
        .resolve("dpds/examples/trackandtrace");
    assumeTrue(Files.isDirectory(example), "no public examples at " + example.toAbsolutePath()
        + " (../shared/dpds beside the clone)");
    var loaded = DescriptorLoader.builder().mapPrefix("https://raw.githubusercontent.com/Quantyca/odm-demo-trips/main/",
        example).build().load(example.resolve("data-product-descriptor.json"));

    List<PolicyViolation> found = new NoPlaintextSecretsPolicy().evaluate(
        PolicyInput.of(PolicyEvent.VERSION_PUBLICATION, loaded.resolved().orElseThrow()));

    assertThat(found).extracting(PolicyViolation::pointer).anyMatch(p -> p.endsWith("TF_VAR_kafka_api_secret"))
        .anyMatch(p -> p.endsWith("TF_VAR_confluent_cloud_api_key"));
    assertThat(found).allSatisfy(v -> assertThat(v.location().uri().toString()).contains("odm-demo-trips"));
  }
}
