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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue lists every rule of validation, compatibility and policies once (dpds-lifecycle's
 * {@code RuleCatalogueTest} keeps {@code docs/rules.md} equal to the whole catalogue).
 */
class RuleCatalogueTest {

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
