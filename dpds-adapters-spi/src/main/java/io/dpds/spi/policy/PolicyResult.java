package io.dpds.spi.policy;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one policy: passed when there is no violation. Only a failed blocking policy stops what the event
 * was about; an advisory one is reported and nothing more.
 *
 * @param policyId the policy's stable id
 * @param blocking whether failing it blocks
 * @param violations where it is not met; empty when it passed
 */
public record PolicyResult(String policyId, boolean blocking, List<PolicyViolation> violations) {

  public PolicyResult {
    Objects.requireNonNull(policyId, "policyId");
    violations = List.copyOf(violations);
  }

  public boolean passed() {
    return violations.isEmpty();
  }

  /** Whether this result stops the event: a blocking policy that failed. */
  public boolean blocks() {
    return blocking && !passed();
  }
}
