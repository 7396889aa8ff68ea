package io.dpds.lifecycle.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What deploying a product version to a stage takes: a DAG of steps. Build every application; provision the
 * infrastructure in {@code dependsOn} order; record the metadata once all is built and provisioned; deploy the
 * applications in {@code dependsOn} order; then run the stage's {@code lifecycleInfo} tasks one after the other in spec
 * order (tasks with {@code order} first, ascending, ties and the rest in document order). DRAFT-shaped descriptors
 * ({@code buildInfo}, {@code deployInfo}, {@code provisionInfo}) give the same plan: their information travels with the
 * component to the adapters. Immutable.
 *
 * <pre>{@code
 * DeploymentPlan.Result result = DeploymentPlan.of(resolved, "dev");
 * result.diagnostics().forEach(System.err::println);   // unknown stage, dependsOn cycles... with file:line
 * result.plan().ifPresent(plan -> plan.steps().forEach(System.out::println));
 * }</pre>
 */
public final class DeploymentPlan {

  /**
   * A plan, or why there is none.
   *
   * @param plan present when no diagnostic is an error
   * @param diagnostics what is wrong, located in the descriptor
   */
  public record Result(Optional<DeploymentPlan> plan, List<Diagnostic> diagnostics) {
    /**
     * Copies the findings.
     *
     * @param plan present when no diagnostic is an error
     * @param diagnostics what is wrong, located in the descriptor
     */
    public Result {
      Objects.requireNonNull(plan, "plan");
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private final String stage;
  private final Map<String, PlanStep> steps;

  DeploymentPlan(String stage, List<PlanStep> steps) {
    this.stage = Objects.requireNonNull(stage, "stage");
    Map<String, PlanStep> byId = new LinkedHashMap<>();
    steps.forEach(step -> byId.put(step.id(), step));
    this.steps = Collections.unmodifiableMap(byId);
  }

  /**
   * Plans the deployment of {@code descriptor} to {@code stage}; never throws for a bad descriptor.
   *
   * @param descriptor the resolved descriptor
   * @param stage the stage, e.g. {@code prod}
   * @return the plan, or the findings that prevent one
   */
  public static Result of(ResolvedDescriptor descriptor, String stage) {
    return new Planner(descriptor, stage).plan();
  }

  /** {@return the stage the plan deploys to} */
  public String stage() {
    return stage;
  }

  /**
   * {@return the steps in an order that respects every dependency (and, between independent steps, the plan's own
   * order)}
   */
  public List<PlanStep> steps() {
    return List.copyOf(steps.values());
  }

  /**
   * {@return the step with this id, e.g. {@code build:tripProcessor}}
   *
   * @param id the step's id
   */
  public Optional<PlanStep> step(String id) {
    return Optional.ofNullable(steps.get(id));
  }

  /**
   * {@return the plan as the CLI prints it: {@code
   * {"stage":"S","steps":[{"id":"...","kind":"build|provision|meta|deploy|task", "component":"<name>" or
   * null,"dependsOn":["<step ids>"]}]}}}
   */
  public ObjectNode toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode();
    json.put("stage", stage);
    ArrayNode array = json.putArray("steps");
    for (PlanStep step : steps.values()) {
      ObjectNode item = array.addObject();
      item.put("id", step.id());
      item.put("kind", step.kind().label());
      item.put("component", step.component());
      ArrayNode deps = item.putArray("dependsOn");
      step.dependsOn().forEach(deps::add);
    }
    return json;
  }

  @Override
  public String toString() {
    return "DeploymentPlan[" + stage + ": " + String.join(", ", steps.keySet()) + "]";
  }
}
