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

class ValidateCommandTest {

  private static final String VALID = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:cli:1
        name: cli
        version: 1.0.0
        domain: testing
        owner: {id: owner@example.org}
      interfaceComponents:
        outputPorts:
          - name: out
            version: 1.0.0
      """;

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  Path valid;
  Path invalid;
  Path warned;

  int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void writeFixtures() throws IOException {
    valid = Files.writeString(dir.resolve("valid.yaml"), VALID);
    invalid = Files.writeString(dir.resolve("invalid.yaml"), VALID.replace("domain: testing", "domain: Test Domain"));
    warned = Files.writeString(dir.resolve("warned.yaml"),
        VALID.replace("org.example:", "org.example-eu:"));
  }

  @Test
  void aValidDescriptorExitsZero() {
    int code = run("validate", valid.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains(valid + ": valid (0 errors, 0 warnings, 0 info)");
  }

  @Test
  void anErrorExitsOneWithACompilerStyleLineAndItsHint() {
    int code = run("validate", invalid.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains(invalid.toUri().getPath() + ":6:3: error [format.name] 'Test Domain' is not a valid name")
        .contains("    hint: ");
  }

  @Test
  void warningsFailOnlyWhenAskedTo() {
    assertThat(run("validate", warned.toString())).isZero();
    assertThat(run("validate", warned.toString(), "--fail-on", "warning")).isEqualTo(1);
    assertThat(run("validate", warned.toString(), "--profile", "strict")).isEqualTo(1);
    assertThat(out.toString()).contains("warning [fqn.charset]").contains("error [fqn.charset]");
  }

  @Test
  void severalFilesGiveOneJsonReportInTheOrderGiven() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"dataProductDescriptor\": \"1.0.0\",\n  \"info\": ");

    int code = run("validate", valid.toString(), invalid.toString(), broken.toString(), "--format", "json");

    assertThat(code).isEqualTo(1);
    JsonNode results = new ObjectMapper().readTree(out.toString()).get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("file").asText()).isEqualTo(valid.toString());
    assertThat(results.get(0).get("valid").asBoolean()).isTrue();
    assertThat(results.get(1).get("valid").asBoolean()).isFalse();
    JsonNode error = results.get(1).get("diagnostics").get(0);
    assertThat(error.get("ruleId").asText()).isEqualTo("format.name");
    assertThat(error.get("pointer").asText()).isEqualTo("/info/domain");
    assertThat(error.get("location").get("line").asInt()).isEqualTo(6);
    JsonNode syntax = results.get(2).get("diagnostics").get(0);
    assertThat(syntax.get("ruleId").asText()).isEqualTo("load.syntax");
    assertThat(syntax.get("location").get("line").asInt()).isEqualTo(2);
  }

  @Test
  void aMissingFileExitsTwoAfterReportingTheOthers() {
    int code = run("validate", valid.toString(), dir.resolve("absent.yaml").toString(), "--format", "json");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).contains("load.unreadable").contains("\"valid\":true");
  }

  @Test
  void sarifJunitAndMarkdownAreAvailable() throws IOException {
    assertThat(run("validate", invalid.toString(), "--format", "sarif")).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(out.toString());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("format.name");

    out.getBuffer().setLength(0);
    assertThat(run("validate", invalid.toString(), "--format", "junit")).isEqualTo(1);
    assertThat(out.toString()).startsWith("<?xml").contains("<failure type=\"format.name\"");

    out.getBuffer().setLength(0);
    assertThat(run("validate", invalid.toString(), "--format", "markdown")).isEqualTo(1);
    assertThat(out.toString()).contains("| Severity | Rule |");
  }

  @Test
  void waiversOverridesAndDisabledRulesApply() throws IOException {
    Path waivers = Files.writeString(dir.resolve("waivers.yaml"),
        "waivers:\n  - rule: format.name\n    pointer: /info/domain\n    reason: legacy domain\n");

    assertThat(run("validate", invalid.toString(), "--waivers", waivers.toString())).isZero();
    assertThat(out.toString()).contains("suppressed [format.name]").contains("(waived: legacy domain)");
    assertThat(run("validate", invalid.toString(), "--severity", "format.name=warning")).isZero();
    assertThat(run("validate", invalid.toString(), "--disable", "format.name")).isZero();
  }

  @Test
  void badOptionsExitTwoWithOneClearLine() {
    assertThat(run("validate", valid.toString(), "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("expected text, json, sarif, junit or markdown, not 'xml'");
    assertThat(run("validate", valid.toString(), "--severity", "format.name=loud")).isEqualTo(2);
    assertThat(run("validate", valid.toString(), "--severity", "format.name")).isEqualTo(2);
    assertThat(run("validate", valid.toString(), "--disable", "format.nmae")).isEqualTo(2);
    assertThat(err.toString()).contains("format.nmae");
    assertThat(run("validate", valid.toString(), "--waivers", dir.resolve("none.yaml").toString())).isEqualTo(2);
    assertThat(run("validate")).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aRootDocumentOverTheSizeLimitIsAFindingWithExitOne() throws IOException {
    Path big = dir.resolve("big.json");
    Files.writeString(big, "{\"info\": {\"description\": \"" + "x".repeat(17 << 20) + "\"}}");

    assertThat(run("validate", big.toString())).as(err.toString()).isEqualTo(1);
    assertThat(out.toString()).contains("[load.limit]", "larger than the limit of 16777216 bytes");
  }
}
