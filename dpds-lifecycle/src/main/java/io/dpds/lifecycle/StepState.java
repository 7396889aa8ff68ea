package io.dpds.lifecycle;

/** Where a step of a deployment stands. */
public enum StepState {
  /** Not started. */
  PENDING,
  /** Started, not ended (a lease says which instance runs it). */
  RUNNING,
  /** Completed. */
  SUCCEEDED,
  /** Failed for good, after its retries. */
  FAILED,
  /** Succeeded, then undone by compensation. */
  COMPENSATED,
  /** Succeeded; its adapter cannot undo it (no {@code UNDO} capability) or the undo failed: left as it is. */
  NOT_COMPENSATED
}
