package io.dpds.policy;

import io.dpds.report.RuleSet;
import java.util.List;

/** The rules of policy files, and the policies of the built-in pack, in the catalogue. */
public final class PolicyRuleSet implements RuleSet {

  @Override
  public int order() {
    return 400;
  }

  @Override
  public List<Section> sections() {
    return List.of(new Section("Policies: policy files", PolicyRules.ALL),
        new Section("Policies: the built-in pack (opt-in; error = blocking, warning = advisory)",
            PolicyEngine.rules(PolicyFiles.builtin().policies())));
  }
}
