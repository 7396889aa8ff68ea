package io.dpds.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule on the class path, by the {@link RuleSet}s modules list for {@link ServiceLoader}: the source of
 * {@code docs/rules.md}, of {@code dpds rules}, and of the rule metadata reporters attach (SARIF). Immutable.
 */
public final class RuleCatalogue {

  private final List<RuleSet.Section> sections;
  private final Map<String, Rule> rules;
  private final Map<String, Severity> strict;
  private final Map<String, String> sectionOf;
  private final Map<String, String> fixes;

  private RuleCatalogue(List<RuleSet> sets) {
    List<RuleSet.Section> all = new ArrayList<>();
    Map<String, Rule> rules = new LinkedHashMap<>();
    Map<String, Severity> strict = new HashMap<>();
    Map<String, String> sectionOf = new HashMap<>();
    Map<String, String> fixes = new HashMap<>();
    sets.forEach(set -> fixes.putAll(set.fixes()));
    sets.stream().sorted(Comparator.comparingInt(RuleSet::order)).forEach(set -> set.sections().forEach(section -> {
      all.add(section);
      for (Rule rule : section.rules()) {
        if (rules.putIfAbsent(rule.id(), rule) != null) {
          throw new IllegalStateException("rule " + rule.id() + " is listed twice, the second time in section '"
              + section.title() + "'");
        }
        strict.put(rule.id(), set.strictSeverity(rule));
        sectionOf.put(rule.id(), section.title());
      }
    }));
    this.sections = List.copyOf(all);
    this.rules = java.util.Collections.unmodifiableMap(rules);
    this.strict = Map.copyOf(strict);
    this.sectionOf = Map.copyOf(sectionOf);
    this.fixes = Map.copyOf(fixes);
  }

  /** {@return the catalogue of the rule sets the class loader of this class finds} */
  public static RuleCatalogue load() {
    return load(RuleCatalogue.class.getClassLoader());
  }

  /**
   * {@return the catalogue of the rule sets {@code classLoader} finds}
   *
   * @param classLoader the class loader whose rule sets are listed
   */
  public static RuleCatalogue load(ClassLoader classLoader) {
    List<RuleSet> sets = new ArrayList<>();
    ServiceLoader.load(RuleSet.class, classLoader).forEach(sets::add);
    return new RuleCatalogue(sets);
  }

  /** {@return the sections, in catalogue order} */
  public List<RuleSet.Section> sections() {
    return sections;
  }

  /** {@return every rule, in catalogue order} */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * {@return the rule with id {@code id}}
   *
   * @param id the rule's id
   */
  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * {@return the severity of {@code rule}'s findings under the strict validation profile}
   *
   * @param rule the rule
   */
  public Severity strictSeverity(Rule rule) {
    return strict.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /**
   * {@return the title of the section {@code rule} is listed in}
   *
   * @param rule the rule
   */
  public Optional<String> section(Rule rule) {
    return Optional.ofNullable(sectionOf.get(rule.id()));
  }

  /**
   * {@return what {@code dpds fix} does for {@code rule}'s findings, when a module on the class path fixes them}
   *
   * @param rule the rule
   */
  public Optional<String> fix(Rule rule) {
    return Optional.ofNullable(fixes.get(rule.id()));
  }

  /** {@return the catalogue as Markdown ({@code docs/rules.md})} */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Rule catalogue\n\n")
        .append("<!-- Generated from the code by RuleCatalogue; do not edit. Regenerate with:\n")
        .append("     mvn -B -ntp install -pl dpds-lifecycle -am -Ddpds.updateCatalogue=true"
            + " -Dtest=RuleCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -->\n\n")
        .append("Every finding of `dpds` names one of these rules by its stable id (`dpds rules ID` explains one)."
            + " The severity is the rule's default under the `default` profile, then under `strict`;"
            + " `--severity RULE=LEVEL` (or the `severity` method of `DescriptorValidator.Builder` and"
            + " `CompatibilityChecker.Builder`) changes it, `--disable RULE` turns a rule off, and a waiver file turns"
            + " matching findings into suppressed ones.\n\n"
            + "Compatibility findings (`dpds diff`) read error as breaking. A rule that judges a port by its direction"
            + " gives the severity for the port's consumers (output ports) or producers (input ports); the severity"
            + " shown is the usual one.\n\n"
            + "Policies (`dpds policy`) report their own id; the built-in pack is opt-in (`--policies builtin`), and its"
            + " blocking policies show as error, advisory ones as warning. The policy file format is in"
            + " [policies.md](policies.md).\n\n"
            + "Lifecycle findings (`dpds plan`, `dpds publish`, `dpds deploy`) explain why a plan cannot be made, why a"
            + " publication or deployment was refused, or why it failed.\n\n"
            + "Where a rule's findings have one answer, `dpds fix` fixes them; its fix is given after the hint"
            + " (**`dpds fix`:** ...).\n\n");
    out.append(rules.size()).append(" rules.\n\n");
    for (RuleSet.Section section : sections) {
      out.append("## ").append(section.title()).append("\n\n")
          .append("| Rule | Severity (default / strict) | What it checks | How to fix |\n")
          .append("|---|---|---|---|\n");
      for (Rule rule : section.rules()) {
        out.append("| `").append(rule.id()).append("` | ")
            .append(rule.defaultSeverity().label()).append(" / ")
            .append(strictSeverity(rule).label()).append(" | ")
            .append(cell(rule.title())).append(" | ")
            .append(cell(rule.hint() + fix(rule).map(f -> " **`dpds fix`:** " + f + ".").orElse("")))
            .append(" |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
