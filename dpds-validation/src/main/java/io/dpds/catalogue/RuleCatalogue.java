package io.dpds.catalogue;

import io.dpds.compat.AsyncApiRules;
import io.dpds.compat.CompatibilityRules;
import io.dpds.compat.OpenApiRules;
import io.dpds.compat.payload.AvroRules;
import io.dpds.compat.payload.JsonSchemaRules;
import io.dpds.diag.Rule;
import io.dpds.identity.IdentityRules;
import io.dpds.load.LoadRules;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyFiles;
import io.dpds.policy.PolicyRules;
import io.dpds.validation.Profile;
import io.dpds.validation.ValidationRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule catalogue as Markdown ({@code docs/rules.md}), generated from the rules in the code so that it cannot drift
 * from them. Modules further down (the lifecycle) add their sections with {@link #markdown(Map)}; the test that
 * compares the committed file with the whole catalogue lives in the last of them ({@code dpds-lifecycle}).
 */
public final class RuleCatalogue {

  /**
   * The catalogue's sections, in order: reading, identity, validation by section of the spec notes, then
   * compatibility by table of the compatibility rules.
   */
  public static Map<String, List<Rule>> sections() {
    Map<String, List<Rule>> sections = new LinkedHashMap<>();
    sections.put("Reading and references", LoadRules.ALL);
    sections.put("Identity (enrichment)", IdentityRules.ALL);
    ValidationRules.SECTIONS.forEach((title, rules) -> sections.put("Validation: " + title, rules));
    CompatibilityRules.SECTIONS.forEach((title, rules) -> sections.put("Compatibility: " + title, rules));
    sections.put("Compatibility: b2. Avro payloads", AvroRules.ALL);
    sections.put("Compatibility: b3. JSON Schema payloads", JsonSchemaRules.ALL);
    sections.put("Compatibility: b4. OpenAPI", OpenApiRules.ALL);
    sections.put("Compatibility: b5. AsyncAPI", AsyncApiRules.ALL);
    sections.put("Policies: policy files", PolicyRules.ALL);
    sections.put("Policies: the built-in pack (opt-in; error = blocking, warning = advisory)",
        PolicyEngine.rules(PolicyFiles.builtin().policies()));
    return sections;
  }

  /** The catalogue of this module's rules as Markdown. */
  public static String markdown() {
    return markdown(sections());
  }

  /** The catalogue of {@code sections} (titles to rules, in order) as Markdown. */
  public static String markdown(Map<String, List<Rule>> sections) {
    StringBuilder out = new StringBuilder();
    out.append("# Rule catalogue\n\n")
        .append("<!-- Generated from the code by RuleCatalogue; do not edit. Regenerate with:\n")
        .append("     mvn -B -ntp install -pl dpds-lifecycle -am -Ddpds.updateCatalogue=true"
            + " -Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -->\n\n")
        .append("Every finding of `dpds` names one of these rules by its stable id. The severity is the rule's"
            + " default under the `default` profile, then under `strict`; `--severity RULE=LEVEL` (or the"
            + " `severity` method of `DescriptorValidator.Builder` and `CompatibilityChecker.Builder`) changes it,"
            + " `--disable RULE` turns a rule off, and a waiver file turns matching findings into suppressed ones.\n\n"
            + "Compatibility findings (`dpds diff`) read error as breaking. A rule that judges a port by its direction"
            + " gives the severity for the port's consumers (output ports) or producers (input ports); the severity"
            + " shown is the usual one.\n\n"
            + "Policies (`dpds policy`) report their own id; the built-in pack is opt-in (`--policies builtin`), and its"
            + " blocking policies show as error, advisory ones as warning. The policy file format is in"
            + " [policies.md](policies.md).\n\n"
            + "Lifecycle findings (`dpds plan`, `dpds publish`, `dpds deploy`) explain why a plan cannot be made, why a"
            + " publication or deployment was refused, or why it failed.\n\n");
    int total = sections.values().stream().mapToInt(List::size).sum();
    out.append(total).append(" rules.\n\n");
    sections.forEach((title, rules) -> {
      out.append("## ").append(title).append("\n\n")
          .append("| Rule | Severity (default / strict) | What it checks | How to fix |\n")
          .append("|---|---|---|---|\n");
      for (Rule rule : rules) {
        out.append("| `").append(rule.id()).append("` | ")
            .append(rule.defaultSeverity().label()).append(" / ")
            .append(Profile.STRICT.severity(rule).label()).append(" | ")
            .append(cell(rule.title())).append(" | ")
            .append(cell(rule.hint())).append(" |\n");
      }
      out.append('\n');
    });
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private RuleCatalogue() {}
}
