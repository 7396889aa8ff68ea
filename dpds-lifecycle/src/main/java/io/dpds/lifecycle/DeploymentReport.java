package io.dpds.lifecycle;

import io.dpds.lifecycle.plan.DeploymentPlan;
import io.dpds.report.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deployment did: its end state, each step's state, the gates, and the problems.
 *
 * @param deploymentId the deployment (see {@link DeployRequest#deploymentId()})
 * @param state the end state; empty when the request was refused before anything ran
 * @param plan the plan run; empty when there was none
 * @param steps the state of each step, by step id, in plan order
 * @param gates the policy gates passed or refused, in order
 * @param problems why it failed or was refused, located where possible
 * @param repeated whether the request id had been used before: the report is the deployment as recorded then (or as
 *     it runs elsewhere), and nothing was run for this request
 */
public record DeploymentReport(String deploymentId, Optional<DeploymentState> state, Optional<DeploymentPlan> plan,
    Map<String, StepState> steps, List<GateResult> gates, List<Diagnostic> problems, boolean repeated) {

  /**
   * A report of a deployment run (or refused) for this request.
   *
   * @param deploymentId the deployment
   * @param state the end state; empty when the request was refused before anything ran
   * @param plan the plan run; empty when there was none
   * @param steps the state of each step, by step id, in plan order
   * @param gates the policy gates passed or refused, in order
   * @param problems why it failed or was refused
   */
  public DeploymentReport(String deploymentId, Optional<DeploymentState> state, Optional<DeploymentPlan> plan,
      Map<String, StepState> steps, List<GateResult> gates, List<Diagnostic> problems) {
    this(deploymentId, state, plan, steps, gates, problems, false);
  }

  /**
   * Copies the lists.
   *
   * @param deploymentId the deployment (see {@link DeployRequest#deploymentId()})
   * @param state the end state; empty when the request was refused before anything ran
   * @param plan the plan run; empty when there was none
   * @param steps the state of each step, by step id, in plan order
   * @param gates the policy gates passed or refused, in order
   * @param problems why it failed or was refused, located where possible
   * @param repeated whether the request id had been used before: the report is the deployment as recorded then (or as
   *     it runs elsewhere), and nothing was run for this request
   */
  public DeploymentReport {
    Objects.requireNonNull(deploymentId, "deploymentId");
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    gates = List.copyOf(gates);
    problems = List.copyOf(problems);
  }

  /** {@return whether the deployment ended with every step done} */
  public boolean succeeded() {
    return state.filter(s -> s == DeploymentState.SUCCEEDED).isPresent();
  }
}
