package io.dpds.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

  static final Rule RULE = new Rule("test.rule", Severity.WARNING, "Checks a thing", "Fix the thing.");

  @Test
  void aRuleGivesItsIdSeverityAndHintToItsFindings() {
    Diagnostic d = RULE.at("/info/name").message("bad name").build();

    assertThat(d.ruleId()).isEqualTo("test.rule");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.hint()).contains("Fix the thing.");
    assertThat(d.pointer()).isEqualTo("/info/name");
    assertThat(d.location()).isEmpty();
    assertThat(d.isError()).isFalse();
  }

  @Test
  void compilerStyleUsesThePathOfLocalFilesAndTheUriOfOthers() {
    Diagnostic local = RULE.at("").message("m")
        .location(new SourceLocation(URI.create("file:/work/p/root.yaml"), 3, 7)).build();
    Diagnostic remote = local.toBuilder()
        .location(new SourceLocation(URI.create("https://example.com/root.yaml"), 1, 2))
        .severity(Severity.ERROR).build();
    Diagnostic nowhere = RULE.at("/a/b").message("m").build();

    assertThat(local).hasToString("/work/p/root.yaml:3:7: warning [test.rule] m");
    assertThat(remote).hasToString("https://example.com/root.yaml:1:2: error [test.rule] m");
    assertThat(nowhere).hasToString("#/a/b: warning [test.rule] m");
  }

  @Test
  void diagnosticsAreValues() {
    Diagnostic a = RULE.at("/x").message("m").build();

    assertThat(a).isEqualTo(a.toBuilder().build()).hasSameHashCodeAs(a.toBuilder().build());
    assertThat(a).isNotEqualTo(a.toBuilder().pointer("/y").build());
    assertThatThrownBy(() -> Diagnostic.builder().ruleId("r").severity(Severity.INFO).build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void severitiesAreOrderedAndLabelled() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThat(Severity.fromLabel("Error")).isEqualTo(Severity.ERROR);
  }

  @Test
  void locationsAreOneBased() {
    assertThatThrownBy(() -> new SourceLocation(URI.create("file:/x"), 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
