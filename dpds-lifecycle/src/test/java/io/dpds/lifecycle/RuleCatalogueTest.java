package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.compat.CompatibilityChecker;
import io.dpds.fix.DescriptorFixer;
import io.dpds.lifecycle.plan.PlanRules;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyFiles;
import io.dpds.policy.PolicyRules;
import io.dpds.report.Rule;
import io.dpds.report.RuleCatalogue;
import io.dpds.validation.DescriptorValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue every module contributes to by its {@code RuleSet} lists each rule once, and {@code docs/rules.md} is
 * the catalogue generated from the code (this is the module that sees every library module). Regenerate the file with
 * {@code -Ddpds.updateCatalogue=true} (the command is in its header).
 */
class RuleCatalogueTest {

  private static final Path FILE = Path.of(System.getProperty("dpds.project.dir", "..")).resolve("docs/rules.md");
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.load();

  @Test
  void docsRulesMdIsTheCatalogueGeneratedFromTheCode() throws IOException {
    String generated = CATALOGUE.markdown();
    if (Boolean.getBoolean("dpds.updateCatalogue")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, generated);
    }

    assertThat(FILE).as("docs/rules.md exists").exists();
    assertThat(Files.readString(FILE))
        .as("docs/rules.md is stale: regenerate it with the command in its header")
        .isEqualTo(generated);
  }

  @Test
  void theCatalogueListsEveryRuleEveryJudgeCanReportOnceInModuleOrder() {
    List<Rule> listed = CATALOGUE.rules();

    assertThat(listed).extracting(Rule::id).doesNotHaveDuplicates();
    assertThat(listed).containsAll(DescriptorValidator.catalogue()).containsAll(CompatibilityChecker.rules())
        .containsAll(PolicyRules.ALL).containsAll(PolicyEngine.rules(PolicyFiles.builtin().policies()));
    assertThat(listed.subList(listed.size() - PlanRules.ALL.size() - LifecycleRules.ALL.size(), listed.size()))
        .containsExactlyElementsOf(Stream.concat(PlanRules.ALL.stream(), LifecycleRules.ALL.stream()).toList());
    assertThat(CATALOGUE.sections().get(0).title()).isEqualTo("Reading and references");
    String markdown = CATALOGUE.markdown();
    listed.forEach(rule -> assertThat(markdown).contains("| `" + rule.id() + "` | "));
    assertThat(markdown).contains("| `fqn.charset` | warning / error |", "| `format.name` | error / error |",
        "| `compat.port.removed` | error / error |", "| `builtin.owner-email` | warning / warning |",
        "| `plan.cycle` | error / error |", "| `lifecycle.version-conflict` | error / error |",
        "| `waiver.file-invalid` | error / error |");
  }

  @Test
  void everyFixableRuleIsInTheCatalogueWithWhatItsFixDoes() {
    Map<String, String> fixable = DescriptorFixer.fixableRules();

    assertThat(fixable).isNotEmpty();
    fixable.forEach((id, fix) -> {
      Rule rule = CATALOGUE.find(id).orElseThrow(() -> new AssertionError("a fix of no rule: " + id));
      assertThat(CATALOGUE.fix(rule)).contains(fix);
    });
    assertThat(CATALOGUE.markdown()).contains("**`dpds fix`:** " + fixable.get("ref.pointer"));
    assertThat(CATALOGUE.fix(CATALOGUE.find("plan.cycle").orElseThrow())).isEmpty();
  }

  @Test
  void aRuleIsFoundByItsIdWithItsSection() {
    Rule cycle = CATALOGUE.find("plan.cycle").orElseThrow();

    assertThat(cycle).isEqualTo(PlanRules.CYCLE);
    assertThat(CATALOGUE.section(cycle)).contains("Lifecycle: deployment plans");
    assertThat(CATALOGUE.find("no.such-rule")).isEmpty();
  }
}
