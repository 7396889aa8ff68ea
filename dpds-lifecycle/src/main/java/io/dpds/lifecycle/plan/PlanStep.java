package io.dpds.lifecycle.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a {@link DeploymentPlan}.
 *
 * @param id stable within the plan: {@code build:<app>}, {@code provision:<infra>}, {@code meta}, {@code deploy:<app>},
 *     {@code task:<n>} (n: the task's position in the stage's run order, from 1)
 * @param kind what the step does
 * @param component the application, infrastructural component or task it is about; null for {@code meta} and for a
 *     task without a name
 * @param dependsOn the ids of the steps that must succeed first
 * @param pointer where the component or task is in the resolved descriptor; "" for {@code meta}
 */
public record PlanStep(String id, StepKind kind, String component, List<String> dependsOn, String pointer) {

  public PlanStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    dependsOn = List.copyOf(dependsOn);
    Objects.requireNonNull(pointer, "pointer");
  }

  public Optional<String> componentName() {
    return Optional.ofNullable(component);
  }
}
