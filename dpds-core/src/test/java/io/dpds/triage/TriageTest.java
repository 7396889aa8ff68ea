package io.dpds.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dpds.load.LoadRules;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.report.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageTest {

  @TempDir Path dir;

  private static final Diagnostic SYNTAX = LoadRules.SYNTAX.at("/interfaceComponents/outputPorts/0/name")
      .message("m").build();

  @Test
  void waiverGlobsMatchOneTokenWithOneStarAndAnyDepthWithTwo() {
    assertThat(new Waiver("load.syntax", "/interfaceComponents/outputPorts/*/name", "r", null).matches(SYNTAX))
        .isTrue();
    assertThat(new Waiver("load.syntax", "/interfaceComponents/*/name", "r", null).matches(SYNTAX)).isFalse();
    assertThat(new Waiver("load.syntax", "/interfaceComponents/**", "r", null).matches(SYNTAX)).isTrue();
    assertThat(new Waiver("load.unreadable", "**", "r", null).matches(SYNTAX)).isFalse();
    assertThat(new Waiver("load.syntax", "**", "r", LocalDate.of(2026, 1, 1)).expiredOn(LocalDate.of(2026, 1, 1)))
        .as("a waiver applies through its expiry day").isFalse();
  }

  @Test
  void overridesDisablingAndWaiversApplyInThatOrderAndAnExpiredWaiverWarns() {
    Clock clock = Clock.fixed(LocalDate.of(2027, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Diagnostic unreadable = LoadRules.UNREADABLE.at("").message("u").build();
    Diagnostic duplicate = LoadRules.DUPLICATE_KEY.at("/a").message("d")
        .location(new SourceLocation(dir.toUri(), 3, 4)).build();
    Triage triage = Triage.builder().severity("load.syntax", Severity.WARNING).disable("load.unreadable")
        .waivers(List.of(new Waiver("load.duplicate-key", "/a", "old", LocalDate.of(2027, 1, 31)),
            new Waiver("load.syntax", "**", "accepted", null)))
        .clock(clock).build(LoadRules.ALL);

    Triage.Result result = triage.apply(List.of(SYNTAX, unreadable, duplicate));

    assertThat(result.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.diagnostic().severity()).isEqualTo(Severity.WARNING);
      assertThat(s.reason()).isEqualTo("accepted");
    });
    assertThat(result.active()).extracting(Diagnostic::ruleId).containsExactly("load.duplicate-key",
        "waiver.expired");
    assertThat(result.active().get(1).location()).isEqualTo(duplicate.location());
    assertThat(result.active().get(1).message()).contains("expired on 2027-01-31", "(old)");
  }

  @Test
  void aTriageChangesNoneOfTheFindingsOfRulesLeftAtTheirDefaultSeverity() {
    Severity syntaxDefault = LoadRules.SYNTAX.defaultSeverity();
    Severity other = syntaxDefault == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
    assertThat(Triage.builder().build(LoadRules.ALL).changesNone(LoadRules.ALL)).isTrue();
    assertThat(Triage.builder().severity("load.syntax", syntaxDefault).build(LoadRules.ALL).changesNone(LoadRules.ALL))
        .as("an override to the default severity").isTrue();
    assertThat(Triage.builder().severity("load.syntax", other).build(LoadRules.ALL).changesNone(LoadRules.ALL))
        .isFalse();
    assertThat(Triage.builder().build(LoadRules.ALL, rule -> rule == LoadRules.SYNTAX ? other : null)
        .changesNone(LoadRules.ALL)).as("a base severity other than the default").isFalse();
    assertThat(Triage.builder().disable("load.syntax").build(LoadRules.ALL).changesNone(LoadRules.ALL)).isFalse();
    assertThat(Triage.builder().waivers(List.of(new Waiver("load.syntax", "**", "r", null))).build(LoadRules.ALL)
        .changesNone(LoadRules.ALL)).isFalse();
    Triage atDefaults = Triage.builder().build(LoadRules.ALL, Rule::defaultSeverity);
    assertThat(atDefaults.changesNone(LoadRules.ALL)).isTrue();
    assertThat(atDefaults.changesNone(List.of(new Rule("load.syntax", other, "one id at another severity", "h"))))
        .as("findings of a rule made at another severity than the triage gives it").isFalse();
  }

  @Test
  void anOverrideOfARuleNoModuleDefinesIsRefusedWithTheNearestOne() {
    assertThatThrownBy(() -> Triage.builder().disable("no.such-rule").build(LoadRules.ALL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule id 'no.such-rule'");
    assertThatThrownBy(() -> Triage.builder().severity("load.sintax", Severity.WARNING).build(LoadRules.ALL))
        .hasMessageContaining("unknown rule id 'load.sintax'; did you mean 'load.syntax'?");
  }

  @Test
  void anOverrideOfAnotherToolsRuleIsLeftToThatTool() {
    Triage triage = Triage.builder().severity("config.invalid", Severity.WARNING).disable("config.unreadable")
        .severity("load.syntax", Severity.WARNING).build(LoadRules.ALL); // the configuration's rules are core's too

    assertThat(triage.severities()).containsEntry("load.syntax", Severity.WARNING)
        .doesNotContainKeys("config.invalid", "config.unreadable");
  }

  @Test
  void aWaiverFileIsReadWithItsDefaults() throws Exception {
    Path file = dir.resolve("waivers.yaml");
    Files.writeString(file, """
        waivers:
          - rule: format.name
            pointer: /info/*
            reason: the catalogue still uses spaces in domains
            expires: 2999-12-31
          - rule: property.unknown
            reason: everywhere
        """);

    WaiverFile read = WaiverFile.read(file);

    assertThat(read.ok()).isTrue();
    assertThat(read.waivers()).containsExactly(
        new Waiver("format.name", "/info/*", "the catalogue still uses spaces in domains", LocalDate.of(2999, 12, 31)),
        new Waiver("property.unknown", "**", "everywhere", null));
  }

  @Test
  void everyProblemOfAWaiverFileIsALocatedDiagnosticAndNoWaiverOfItIsUsed() throws Exception {
    Path file = dir.resolve("waivers.yaml");
    Files.writeString(file, "waivers:\n  - rule: format.name\n    reason: ok\n  - rule: format.name\n"
        + "    pointer: /x\n  - rule: format.name\n    reason: r\n    expires: soon\n");

    WaiverFile read = WaiverFile.read(file);

    assertThat(read.waivers()).isEmpty();
    assertThat(read.problems()).extracting(Diagnostic::ruleId).containsOnly("waiver.file-invalid");
    assertThat(read.problems()).extracting(d -> d.location().orElseThrow().line() + ":" + d.pointer())
        .containsExactly("4:/waivers/1", "8:/waivers/2/expires");
    assertThat(read.problems().get(0).message()).contains("waivers[1] needs 'reason'");
    assertThat(read.problems().get(1).message()).contains("'soon'", "2027-01-31");
  }

  @Test
  void aFileThatIsNotAWaiverFileOrCannotBeReadIsOneProblemAtItsStart() throws Exception {
    Path file = dir.resolve("waivers.yaml");
    Files.writeString(file, "- not a waiver file\n");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "waivers: [\n");

    assertThat(WaiverFile.read(file).problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("waiver.file-invalid");
      assertThat(d.message()).contains("top-level 'waivers' list");
      assertThat(d.location()).contains(new SourceLocation(file.toUri(), 1, 1));
    });
    assertThat(WaiverFile.read(dir.resolve("absent.yaml")).problems()).singleElement()
        .satisfies(d -> assertThat(d.ruleId()).isEqualTo("waiver.file-unreadable"));
    assertThat(WaiverFile.read(broken).problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("waiver.file-unreadable");
      assertThat(d.message()).contains("not well-formed");
    });
  }
}
