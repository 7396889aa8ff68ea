package io.dpds.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.compat.AsyncApiRules;
import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityRules;
import io.dpds.compat.OpenApiRules;
import io.dpds.compat.payload.AvroRules;
import io.dpds.compat.payload.JsonSchemaRules;
import io.dpds.diag.Rule;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyFiles;
import io.dpds.policy.PolicyRules;
import io.dpds.validation.DescriptorValidator;
import java.util.stream.Stream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/rules.md} equal to the catalogue generated from the code. Regenerate it with
 * {@code -Ddpds.updateCatalogue=true} (the command is in the file's header).
 */
class RuleCatalogueTest {

  private static final Path FILE = Path.of(System.getProperty("dpds.project.dir", "..")).resolve("docs/rules.md");

  @Test
  void docsRulesMdIsTheCatalogueGeneratedFromTheCode() throws IOException {
    String generated = RuleCatalogue.markdown();
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
  void theCatalogueListsEveryRuleTheValidatorAndTheCheckerCanReportOnce() {
    List<Rule> listed = RuleCatalogue.sections().values().stream().flatMap(List::stream).toList();

    assertThat(listed).extracting(Rule::id).doesNotHaveDuplicates();
    assertThat(listed).containsExactlyElementsOf(
        Stream.of(DescriptorValidator.catalogue(), CompatibilityRules.ALL, AvroRules.ALL,
            JsonSchemaRules.ALL, OpenApiRules.ALL, AsyncApiRules.ALL, PolicyRules.ALL,
            PolicyEngine.rules(PolicyFiles.builtin().policies()))
            .flatMap(List::stream).toList());
    assertThat(listed).containsAll(CompatibilityChecker.rules());
    String markdown = RuleCatalogue.markdown();
    listed.forEach(rule -> assertThat(markdown).contains("| `" + rule.id() + "` | "));
    assertThat(markdown).contains("| `fqn.charset` | warning / error |", "| `format.name` | error / error |",
        "| `compat.port.removed` | error / error |", "| `builtin.owner-email` | warning / warning |");
  }
}
