package io.dpds.lifecycle.plan;

import io.dpds.model.ApplicationComponent;
import io.dpds.model.DpdsObject;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.LifecycleTask;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * @param subject the application, infrastructural component or task itself, as the planner read it; null for
 *     {@code meta}
 */
public record PlanStep(String id, StepKind kind, @Nullable String component, List<String> dependsOn, String pointer,
    @Nullable DpdsObject subject) {

  /**
   * Copies the dependencies.
   *
   * @param id stable within the plan: {@code build:<app>}, {@code provision:<infra>}, {@code meta}, {@code
   *     deploy:<app>}, {@code task:<n>} (n: the task's position in the stage's run order, from 1)
   * @param kind what the step does
   * @param component the application, infrastructural component or task it is about; null for {@code meta} and for a
   *     task without a name
   * @param dependsOn the ids of the steps that must succeed first
   * @param pointer where the component or task is in the resolved descriptor; "" for {@code meta}
   * @param subject the application, infrastructural component or task itself, as the planner read it; null for {@code
   *     meta}
   */
  public PlanStep {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    dependsOn = List.copyOf(dependsOn);
    Objects.requireNonNull(pointer, "pointer");
  }

  /** {@return the name of the component or task the step works on; empty for the metadata step} */
  public Optional<String> componentName() {
    return Optional.ofNullable(component);
  }

  /** {@return the application a build or deploy step is about} */
  public Optional<ApplicationComponent> application() {
    return subject instanceof ApplicationComponent application ? Optional.of(application) : Optional.empty();
  }

  /** {@return the infrastructural component a provision step is about} */
  public Optional<InfrastructuralComponent> infrastructure() {
    return subject instanceof InfrastructuralComponent infrastructure ? Optional.of(infrastructure)
        : Optional.empty();
  }

  /** {@return the lifecycle task a task step runs} */
  public Optional<LifecycleTask> task() {
    return subject instanceof LifecycleTask task ? Optional.of(task) : Optional.empty();
  }
}
