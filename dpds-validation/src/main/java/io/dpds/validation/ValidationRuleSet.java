package io.dpds.validation;

import io.dpds.report.Rule;
import io.dpds.report.RuleSet;
import io.dpds.report.Severity;
import java.util.List;

/** The validation rules in the catalogue, by section of the spec notes; their strict severities are the profile's. */
public final class ValidationRuleSet implements RuleSet {

  @Override
  public int order() {
    return 200;
  }

  @Override
  public List<Section> sections() {
    return ValidationRules.SECTIONS.entrySet().stream()
        .map(section -> new Section("Validation: " + section.getKey(), section.getValue())).toList();
  }

  @Override
  public Severity strictSeverity(Rule rule) {
    return Profile.STRICT.severity(rule);
  }
}
