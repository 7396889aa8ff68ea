package io.dpds.spi.policy;

import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
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

  /**
   * Copies the violations; the policy id is required.
   *
   * @param policyId the policy's id
   * @param blocking whether a failure blocks the event
   * @param violations the places where the input does not meet the policy; empty when it passes
   */
  public PolicyResult {
    Objects.requireNonNull(policyId, "policyId");
    violations = List.copyOf(violations);
  }

  /** {@return whether the policy is met: no violation} */
  public boolean passed() {
    return violations.isEmpty();
  }

  /**
   * {@return the violations as findings, one diagnostic each: the rule id is the policy's id (or the violation's own
   * rule, e.g. {@code policy.failed}), the severity error when the policy blocks and warning when it advises}
   */
  public List<Diagnostic> diagnostics() {
    Severity severity = blocking ? Severity.ERROR : Severity.WARNING;
    return violations.stream().map(v -> Diagnostic.builder().ruleId(v.rule().orElse(policyId)).severity(severity)
        .message(v.rule().isPresent() ? "Policy " + policyId + ": " + v.message() : v.message())
        .pointer(v.pointer()).location(v.location()).build()).toList();
  }

  /** {@return whether this result stops the event: a blocking policy that failed} */
  public boolean blocks() {
    return blocking && !passed();
  }
}
