package io.dpds.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  void findingsOfOneRuleAboutOneWrittenNodeAreMergedKeepingEveryPointerAndPreferringAUse() {
    SourceLocation shared = new SourceLocation(URI.create("file:/p/root.yaml"), 40, 9);
    Diagnostic inComponents = RULE.at("/components/outputPorts/status/name").message("bad").location(shared).build();
    Diagnostic firstUse = RULE.at("/interfaceComponents/outputPorts/0/name").message("bad").location(shared).build();
    Diagnostic secondUse = RULE.at("/interfaceComponents/outputPorts/2/name").message("bad").location(shared).build();
    Diagnostic otherRule = new Rule("other.rule", Severity.ERROR, "d", "h").at("/interfaceComponents/outputPorts/0/name")
        .message("bad").location(shared).build();
    Diagnostic unlocatedA = RULE.at("/a").message("bad").build();
    Diagnostic unlocatedB = RULE.at("/b").message("bad").build();

    List<Diagnostic> merged = Diagnostic.onePerNode(
        List.of(inComponents, firstUse, otherRule, secondUse, unlocatedA, unlocatedB));

    assertThat(merged).hasSize(4);
    assertThat(merged.get(0).pointer()).isEqualTo("/interfaceComponents/outputPorts/0/name");
    assertThat(merged.get(0).pointers()).containsExactly("/components/outputPorts/status/name",
        "/interfaceComponents/outputPorts/0/name", "/interfaceComponents/outputPorts/2/name");
    assertThat(merged.get(1)).isEqualTo(otherRule);
    assertThat(merged.get(1).pointers()).containsExactly("/interfaceComponents/outputPorts/0/name");
    assertThat(merged.subList(2, 4)).containsExactly(unlocatedA, unlocatedB);
    assertThat(Diagnostic.onePerNode(List.of(inComponents, inComponents.toBuilder().build())))
        .singleElement().extracting(Diagnostic::pointer).isEqualTo("/components/outputPorts/status/name");
    assertThatThrownBy(() -> firstUse.toBuilder().pointers(List.of("/x")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must include");
  }

  @Test
  void manyFindingsMergeAsGroupsOfOneRuleLocationAndMessageInTheOrderTheirFirstCame() {
    Rule other = new Rule("other.rule", Severity.ERROR, "d", "h");
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) { // few lines, so that groups and the slots they probe meet
      SourceLocation at = new SourceLocation(URI.create("file:/p/" + i % 3 + ".yaml"), 1 + i % 7, 1);
      Diagnostic.Builder b = (i % 2 == 0 ? RULE : other).at("/x/" + i).message("m" + i % 5);
      found.add(i % 11 == 0 ? b.build() : b.location(at).build());
    }
    Map<List<Object>, List<Diagnostic>> groups = new LinkedHashMap<>(); // what merging means, written plainly
    for (Diagnostic d : found) {
      List<Object> key = d.location().isEmpty() ? List.of(d) : List.of(d.ruleId(), d.location().get(), d.message());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }

    List<Diagnostic> merged = Diagnostic.onePerNode(found);

    assertThat(merged).hasSize(groups.size());
    int k = 0;
    for (List<Diagnostic> group : groups.values()) {
      assertThat(merged.get(k).pointers()).as("group %d", k)
          .containsExactlyElementsOf(group.stream().map(Diagnostic::pointer).toList());
      assertThat(merged.get(k++).pointer()).isEqualTo(group.get(0).pointer());
    }
    assertThat(groups.values()).anyMatch(group -> group.size() > 1).anyMatch(group -> group.size() == 1);
  }

  @Test
  void mergedPointersFollowTheOrderGivenAndPointAtTheFirstUseInIt() {
    SourceLocation shared = new SourceLocation(URI.create("file:/p/root.yaml"), 40, 9);
    Diagnostic discovery = RULE.at("/interfaceComponents/discoveryPorts/0/version").message("bad").location(shared)
        .build();
    Diagnostic observability = discovery.toBuilder().pointer("/interfaceComponents/observabilityPorts/0/version")
        .build();
    Diagnostic inComponents = discovery.toBuilder().pointer("/components/discoveryPorts/c/version").build();
    Comparator<String> observabilityFirst = Comparator.comparing(p -> !p.contains("observability"));

    Diagnostic merged = Diagnostic.onePerNode(List.of(inComponents, discovery, observability), observabilityFirst)
        .get(0);

    assertThat(merged.pointer()).isEqualTo("/interfaceComponents/observabilityPorts/0/version");
    assertThat(merged.pointers()).containsExactly("/interfaceComponents/observabilityPorts/0/version",
        "/components/discoveryPorts/c/version", "/interfaceComponents/discoveryPorts/0/version");
    assertThat(Diagnostic.onePerNode(List.of(inComponents, discovery, observability)).get(0).pointer())
        .as("without an order, the first use found").isEqualTo("/interfaceComponents/discoveryPorts/0/version");
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
