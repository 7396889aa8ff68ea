package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.catalogue.RuleCatalogue;
import io.dpds.diag.Rule;
import io.dpds.lifecycle.plan.PlanRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to the whole catalogue generated from the code. Regenerate it with
 * {@code -Ddpds.updateCatalogue=true} (the command is in the file's header).
 */
class RuleCatalogueTest {

  private static final Path FILE = Path.of(System.getProperty("dpds.project.dir", "..")).resolve("docs/rules.md");

  @Test
  void docsRulesMdIsTheCatalogueGeneratedFromTheCode() throws IOException {
    String generated = LifecycleCatalogue.markdown();
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
  void theLifecycleRulesAreListedOnceAfterTheOthers() {
    List<Rule> listed = LifecycleCatalogue.sections().values().stream().flatMap(List::stream).toList();
    int before = RuleCatalogue.sections().values().stream().mapToInt(List::size).sum();

    assertThat(listed).extracting(Rule::id).doesNotHaveDuplicates();
    assertThat(listed.subList(before, listed.size())).containsExactlyElementsOf(
        java.util.stream.Stream.concat(PlanRules.ALL.stream(), LifecycleRules.ALL.stream()).toList());
    assertThat(LifecycleCatalogue.markdown()).contains("| `plan.cycle` | error / error |",
        "| `lifecycle.version-conflict` | error / error |");
  }
}
