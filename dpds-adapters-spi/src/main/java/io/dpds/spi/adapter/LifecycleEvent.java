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
    /** The registry began to publish a version. */
    PUBLICATION_STARTED,
    /** A gate of the publication (validation, compatibility, policies, metadata) passed. */
    GATE_PASSED,
    /** A gate of the publication failed; the message says which and why. */
    GATE_FAILED,
    /** The version is stored: published. */
    VERSION_STORED,
    /** A gate refused the version; nothing was stored. */
    PUBLICATION_REFUSED,
    /** The publication could not complete (the store or an adapter failed); nothing was stored. */
    PUBLICATION_FAILED,
    /** A published version was marked deprecated. */
    VERSION_DEPRECATED,
    /** A published version was decommissioned. */
    VERSION_DECOMMISSIONED,
    /** A deployment of a version to a stage began. */
    DEPLOYMENT_STARTED,
    /** A step of the plan began. */
    STEP_STARTED,
    /** A step failed and is tried again. */
    STEP_RETRIED,
    /** A step completed. */
    STEP_SUCCEEDED,
    /** A step failed for good. */
    STEP_FAILED,
    /** A completed step was undone after a later one failed. */
    STEP_COMPENSATED,
    /** Undoing a completed step failed: its effect remains. */
    COMPENSATION_FAILED,
    /** Every step of the deployment completed. */
    DEPLOYMENT_SUCCEEDED,
    /** The deployment failed (after compensation). */
    DEPLOYMENT_FAILED,
    /** The deployment was cancelled. */
    DEPLOYMENT_CANCELLED
  }

  /**
   * Checks the required parts: type, time, correlation id, product, version and message.
   *
   * @param type what happened
   * @param at when it happened
   * @param correlationId the publication's or deployment's correlation id
   * @param productFqn the product's fully qualified name
   * @param productVersion the product version
   * @param stage the stage deployed to; null outside a deployment
   * @param stepId the plan step, for step events; null otherwise
   * @param message what happened, for people
   */
  public LifecycleEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(productFqn, "productFqn");
    Objects.requireNonNull(productVersion, "productVersion");
    Objects.requireNonNull(message, "message");
  }

  /** {@return the stage, for deployment events} */
  public Optional<String> stageName() {
    return Optional.ofNullable(stage);
  }

  /** {@return the plan step, for step events} */
  public Optional<String> step() {
    return Optional.ofNullable(stepId);
  }
}
