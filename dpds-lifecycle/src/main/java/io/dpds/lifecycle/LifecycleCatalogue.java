package io.dpds.lifecycle;

import io.dpds.catalogue.RuleCatalogue;
import io.dpds.diag.Rule;
import io.dpds.lifecycle.plan.PlanRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole rule catalogue ({@code docs/rules.md}): validation's sections, then the lifecycle's. */
final class LifecycleCatalogue {

  private LifecycleCatalogue() {}

  /** Every section of the catalogue, in order. */
  static Map<String, List<Rule>> sections() {
    Map<String, List<Rule>> sections = new LinkedHashMap<>(RuleCatalogue.sections());
    sections.put("Lifecycle: deployment plans", PlanRules.ALL);
    sections.put("Lifecycle: registry and deployments", LifecycleRules.ALL);
    return sections;
  }

  /** The whole catalogue as Markdown. */
  static String markdown() {
    return RuleCatalogue.markdown(sections());
  }
}
