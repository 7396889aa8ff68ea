package io.dpds.lifecycle;

import io.dpds.lifecycle.plan.PlanRules;
import io.dpds.report.RuleSet;
import java.util.List;

/** The lifecycle's rules in the catalogue: deployment plans, then the registry and deployments. */
public final class LifecycleRuleSet implements RuleSet {

  @Override
  public int order() {
    return 500;
  }

  @Override
  public List<Section> sections() {
    return List.of(new Section("Lifecycle: deployment plans", PlanRules.ALL),
        new Section("Lifecycle: registry and deployments", LifecycleRules.ALL));
  }
}
