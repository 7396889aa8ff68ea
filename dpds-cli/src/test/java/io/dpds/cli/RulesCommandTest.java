package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.report.RuleCatalogue;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void listsEveryRuleOfEveryModuleBySection() {
    assertThat(run("rules")).isZero();

    int total = RuleCatalogue.load().rules().size();
    assertThat(out.toString()).contains("Reading and references", "Validation: A. Document",
        "Compatibility: b5. AsyncAPI", "Policies: policy files", "Lifecycle: deployment plans")
        .contains("fqn.charset", "warning, strict error").contains(total + " rules");
    assertThat(out.toString().lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(total);
  }

  @Test
  void explainsOneRule() {
    assertThat(run("rules", "compat.port.removed")).isZero();

    assertThat(out.toString()).startsWith("compat.port.removed (error) in Compatibility: b1. Ports")
        .contains("  checks: ", "  fix:    ");
  }

  @Test
  void jsonListsIdSeveritiesSectionTitleAndHintAndEndsWithANewline() throws Exception {
    assertThat(run("rules", "--format", "json")).isZero();

    JsonNode rules = new ObjectMapper().readTree(out.toString()).get("rules");
    assertThat(rules).hasSize(RuleCatalogue.load().rules().size());
    assertThat(out.toString()).endsWith("\n");
    assertThat(run("rules", "fqn.charset", "--format", "json")).isZero();
    JsonNode rule = new ObjectMapper().readTree(out.toString()).get("rules").get(0);
    assertThat(rule.get("id").asText()).isEqualTo("fqn.charset");
    assertThat(rule.get("severity").asText()).isEqualTo("warning");
    assertThat(rule.get("strictSeverity").asText()).isEqualTo("error");
    assertThat(rule.get("section").asText()).startsWith("Validation: ");
    assertThat(rule.get("title").asText()).isNotBlank();
    assertThat(rule.get("hint").asText()).isNotBlank();
  }

  @Test
  void markdownIsTheCatalogueOrOneRulesSection() {
    assertThat(run("rules", "--format", "markdown")).isZero();
    assertThat(out.toString()).isEqualTo(RuleCatalogue.load().markdown());

    assertThat(run("rules", "plan.cycle", "--format", "markdown")).isZero();
    assertThat(out.toString()).startsWith("## `plan.cycle`").contains("**How to fix.**");
  }

  @Test
  void anUnknownIdIsExitTwoWithTheNearestId() {
    assertThat(run("rules", "fqn.charst")).isEqualTo(2);

    assertThat(err.toString()).contains("no rule has the id 'fqn.charst'", "did you mean fqn.charset?");
    assertThat(out.toString()).isEmpty();
    assertThat(run("rules", "--format", "yaml")).isEqualTo(2);
  }
}
