package io.dpds.spi.adapter;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change of state of a publication or a deployment, told to {@link LifecycleListener}s. Messages hold no secrets.
 *
 * @param type what happened
 * @param at when, by the orchestrator's clock
 * @param correlationId the publication or deployment it belongs to
 * @param productFqn the product's fully qualified name
 * @param productVersion the product version
 * @param stage the stage of a deployment, or null
 * @param stepId the step of the plan, or null
 * @param message what happened, for people
 */
public record LifecycleEvent(Type type, Instant at, String correlationId, String productFqn, String productVersion,
    String stage, String stepId, String message) {

  /** The kinds of event, in the order they can happen. */
  public enum Type {
    PUBLICATION_STARTED, GATE_PASSED, GATE_FAILED, VERSION_STORED, PUBLICATION_REFUSED, PUBLICATION_FAILED,
    VERSION_DEPRECATED, VERSION_DECOMMISSIONED,
    DEPLOYMENT_STARTED, STEP_STARTED, STEP_RETRIED, STEP_SUCCEEDED, STEP_FAILED, STEP_COMPENSATED,
    COMPENSATION_FAILED, DEPLOYMENT_SUCCEEDED, DEPLOYMENT_FAILED, DEPLOYMENT_CANCELLED
  }

  public LifecycleEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(productFqn, "productFqn");
    Objects.requireNonNull(productVersion, "productVersion");
    Objects.requireNonNull(message, "message");
  }

  public Optional<String> stageName() {
    return Optional.ofNullable(stage);
  }

  public Optional<String> step() {
    return Optional.ofNullable(stepId);
  }
}
