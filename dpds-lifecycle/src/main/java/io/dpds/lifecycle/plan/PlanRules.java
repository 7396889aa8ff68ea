package io.dpds.lifecycle.plan;

import static io.dpds.report.Severity.ERROR;

import io.dpds.report.Rule;
import java.util.List;

/** Why a deployment plan cannot be made. */
public final class PlanRules {

  /** The stage is not one of lifecycleInfo's. */
  public static final Rule STAGE_UNKNOWN = new Rule("plan.stage-unknown", ERROR,
      "The stage deployed to is one of the stages of internalComponents.lifecycleInfo",
      "Deploy to one of the listed stages, or add the stage and its tasks to lifecycleInfo.");
  /** A dependsOn entry names no internal component. */
  public static final Rule DEPENDS_ON_UNKNOWN = new Rule("plan.depends-on-unknown", ERROR,
      "Every dependsOn entry names an internal component of the product (by its fully qualified name)",
      "Use the FQN of one of the product's application or infrastructural components, e.g."
          + " urn:dpds:<namespace>:dataproducts:<product>:<major>:infrastructure:<name>.");
  /** An infrastructural component depends on an application. */
  public static final Rule DEPENDS_ON_KIND = new Rule("plan.depends-on-kind", ERROR,
      "An infrastructural component depends only on infrastructural components",
      "Remove the application from the infrastructural component's dependsOn; provisioning runs before deployment.");
  /** The dependsOn relations have a cycle. */
  public static final Rule CYCLE = new Rule("plan.cycle", ERROR,
      "The dependsOn relations of internal components have no cycle", "Break the cycle listed in the message.");
  /** An internal component without a name, or with the name of another of its kind. */
  public static final Rule UNNAMED = new Rule("plan.unnamed-component", ERROR,
      "Every internal component has a name, unique among those of its kind",
      "Give the component a name; steps and idempotency keys are derived from it.");

  /** Every rule above. */
  public static final List<Rule> ALL = List.of(STAGE_UNKNOWN, DEPENDS_ON_UNKNOWN, DEPENDS_ON_KIND, CYCLE, UNNAMED);

  private PlanRules() {}
}
