package io.dpds.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A module's rules as sections of the rule catalogue. Each module that reports findings lists its implementation in
 * {@code META-INF/services/io.dpds.report.RuleSet}; {@link RuleCatalogue} finds them all and {@code docs/rules.md} is
 * generated from them. Implementations are public, have a public no-argument constructor, and are stateless.
 */
public interface RuleSet {

  /**
   * {@return where the set stands in the catalogue, lowest first: reading 100, validation 200, compatibility 300, ..}
   */
  int order();

  /** {@return the set's sections, in catalogue order} */
  List<Section> sections();

  /**
   * {@return the severity of {@code rule}'s findings under the strict validation profile (the catalogue's second
   * severity column); by default its default severity}
   *
   * @param rule one of this set's rules
   */
  default Severity strictSeverity(Rule rule) {
    return rule.defaultSeverity();
  }

  /**
   * {@return what {@code dpds fix} does for the findings of rules of any set, by rule id; a module that fixes findings
   * says here what each fix does (the catalogue shows it beside the rule); none by default}
   */
  default Map<String, String> fixes() {
    return Map.of();
  }

  /**
   * A titled section of the catalogue.
   *
   * @param title e.g. {@code Compatibility: b4. OpenAPI}
   * @param rules its rules, in order
   */
  record Section(String title, List<Rule> rules) {

    /**
     * Creates a {@code Section}; see the class comment for each component.
     *
     * @param title e.g. {@code Compatibility: b4. OpenAPI}
     * @param rules its rules, in order
     */
    public Section {
      Objects.requireNonNull(title, "title");
      rules = List.copyOf(rules);
    }
  }
}
