package io.dpds.fix;

import io.dpds.report.RuleSet;
import java.util.List;
import java.util.Map;

/**
 * What {@code dpds fix} does, for the rule catalogue: no rule of its own, the fix of each fixable rule of the
 * validator. Listed in {@code META-INF/services/io.dpds.report.RuleSet}.
 */
public final class FixRuleSet implements RuleSet {

  /** Found by {@link java.util.ServiceLoader}. */
  public FixRuleSet() {}

  @Override
  public int order() {
    return 900;
  }

  @Override
  public List<Section> sections() {
    return List.of();
  }

  @Override
  public Map<String, String> fixes() {
    return DescriptorFixer.fixableRules();
  }
}
