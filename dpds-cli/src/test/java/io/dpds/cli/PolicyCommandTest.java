package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

  private static final String DESCRIPTOR = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:cli:1
        name: cli
        version: 1.0.0
        domain: testing
        owner: {id: owner}
      interfaceComponents:
        outputPorts:
          - name: out
            version: 1.0.0
            promises: {servicesType: streaming-services, api: {specification: openapi, definition: {openapi: 3.0.3}}}
      """;
  private static final String POLICIES = """
      policies:
        - id: t.asyncapi
          description: streaming ports use AsyncAPI
          select: "$.interfaceComponents.outputPorts[?(@.promises.servicesType == 'streaming-services')]"
          assert: {path: promises.api.specification, equals: asyncapi}
        - id: t.owner
          description: the owner is an e-mail address
          hint: write an e-mail address
          blocking: false
          select: $.info.owner
          assert: {path: id, matches: '@'}
      """;

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  Path descriptor;
  Path policies;

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void write() throws IOException {
    descriptor = Files.writeString(dir.resolve("descriptor.yaml"), DESCRIPTOR);
    policies = Files.writeString(dir.resolve("policies.yaml"), POLICIES);
  }

  @Test
  void sarifJunitAndMarkdownComeFromTheSharedReportersWithThePolicyIdAsRuleId() throws IOException {
    int sarif = run("policy", descriptor.toString(), "--policies", policies.toString(), "--format", "sarif");

    assertThat(sarif).as(err.toString()).isEqualTo(1);
    JsonNode run = new ObjectMapper().readTree(out.toString()).get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules")).extracting(r -> r.get("id").asText())
        .contains("t.asyncapi", "t.owner", "policy.failed");
    assertThat(run.get("results")).extracting(r -> r.get("ruleId").asText() + " " + r.get("level").asText())
        .containsExactly("t.asyncapi error", "t.owner warning");
    assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt()).isEqualTo(12);

    assertThat(run("policy", descriptor.toString(), "--policies", policies.toString(), "--format", "junit"))
        .isEqualTo(1);
    assertThat(out.toString()).startsWith("<?xml").contains("t.asyncapi", "failures=\"1\"");

    assertThat(run("policy", descriptor.toString(), "--policies", policies.toString(), "--format", "markdown"))
        .isEqualTo(1);
    assertThat(out.toString()).contains("`t.asyncapi`", "`t.owner`", "write an e-mail address");
  }

  @Test
  void theJsonReportFollowsTheContract() throws IOException {
    int code = run("policy", descriptor.toString(), "--policies", policies.toString(), "--format", "json");

    assertThat(code).as(err.toString()).isEqualTo(1);
    JsonNode results = new ObjectMapper().readTree(out.toString()).get("results");
    assertThat(results).hasSize(2);
    JsonNode api = results.get(0);
    assertThat(api.get("policy").asText()).isEqualTo("t.asyncapi");
    assertThat(api.get("blocking").asBoolean()).isTrue();
    assertThat(api.get("passed").asBoolean()).isFalse();
    JsonNode violation = api.get("violations").get(0);
    assertThat(violation.get("pointer").asText()).isEqualTo("/interfaceComponents/outputPorts/0/promises/api"
        + "/specification");
    assertThat(violation.get("message").asText()).isEqualTo("promises.api.specification is 'openapi', expected"
        + " 'asyncapi'");
    assertThat(violation.get("location").get("line").asInt()).isEqualTo(12);
    assertThat(results.get(1).get("blocking").asBoolean()).isFalse();
  }

  @Test
  void onlyABlockingFailureExitsOne() throws IOException {
    Files.writeString(descriptor, DESCRIPTOR.replace("specification: openapi", "specification: asyncapi"));

    assertThat(run("policy", descriptor.toString(), "--policies", policies.toString())).isZero();
    assertThat(out.toString()).contains("advisory [t.owner] id is 'owner', which does not match @")
        .contains("    hint: write an e-mail address").contains("2 policies, 1 passed, 1 failed (0 blocking)");
  }

  @Test
  void theBuiltinPackAndAFolderOfPolicies() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("governance"));
    Files.copy(policies, folder.resolve("policies.yaml"));

    assertThat(run("policy", descriptor.toString(), "--policies", "builtin")).isEqualTo(1);
    assertThat(out.toString()).contains("blocking [builtin.streaming-uses-asyncapi]");
    assertThat(run("policy", descriptor.toString(), "--policies", folder.toString(), "--format", "json"))
        .isEqualTo(1);
    assertThat(run("policy", descriptor.toString(), "--policies", dir.toString())).as("a folder with a"
        + " descriptor in it is not a folder of policies").isEqualTo(2);
  }

  @Test
  void aBrokenPolicyFileOrDescriptorExitsTwoWithOneClearLine() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "id: x\ndescription: d\nselect: $\nassert: {}\n");
    Path syntax = Files.writeString(dir.resolve("syntax.yaml"), "info: [\n");

    assertThat(run("policy", descriptor.toString(), "--policies", broken.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("broken.yaml:4:").contains("[policy.file-invalid]")
        .contains("exactly one of");
    assertThat(run("policy", syntax.toString(), "--policies", "builtin")).isEqualTo(2);
    assertThat(err.toString()).contains("[load.syntax]");
    assertThat(run("policy", descriptor.toString(), "--policies", dir.resolve("none.yaml").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("[policy.file-unreadable]");
    assertThat(run("policy", descriptor.toString(), "--policies", "builtin", "--event", "lunch")).isEqualTo(2);
    assertThat(err.toString()).contains("expected one of [product-creation");
    assertThat(run("policy", descriptor.toString())).isEqualTo(2);
  }

  @Test
  void theEventDecidesWhichPoliciesRun() throws IOException {
    Files.writeString(policies, POLICIES.replace("select: $.info.owner", "events: [decommission]\n"
        + "    select: $.info.owner"));

    assertThat(run("policy", descriptor.toString(), "--policies", policies.toString(), "--event",
        "version-publication", "--format", "json")).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(out.toString()).get("results")).hasSize(1);
  }
}
