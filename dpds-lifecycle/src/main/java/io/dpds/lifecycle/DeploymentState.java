package io.dpds.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of a deployment. Every change goes through {@link #to}, which refuses a transition the machine
 * does not have: {@code RUNNING -> SUCCEEDED | COMPENSATING | FAILED}, {@code COMPENSATING -> FAILED | CANCELLED}.
 */
public enum DeploymentState {
  /** Steps are being run. */
  RUNNING,
  /** A step failed, a gate refused, or the deployment was cancelled: completed steps are being undone. */
  COMPENSATING,
  /** Every step and every gate passed. */
  SUCCEEDED,
  /** A step failed or a gate refused; completed steps were compensated where their adapters could. */
  FAILED,
  /** Cancelled; completed steps were compensated where their adapters could. */
  CANCELLED;

  private Set<DeploymentState> next() {
    return switch (this) {
      case RUNNING -> EnumSet.of(SUCCEEDED, COMPENSATING, FAILED);
      case COMPENSATING -> EnumSet.of(FAILED, CANCELLED);
      default -> EnumSet.noneOf(DeploymentState.class);
    };
  }

  /** {@return whether the deployment has ended} */
  public boolean ended() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  /**
   * The state after a guarded transition.
   *
   * @throws IllegalStateException when the machine has no such transition (a bug, never bad input)
   */
  DeploymentState to(DeploymentState next) {
    if (!next().contains(next)) {
      throw new IllegalStateException("a deployment cannot go from " + this + " to " + next);
    }
    return next;
  }
}
