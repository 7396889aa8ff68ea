package io.dpds.policy;

import io.dpds.spi.policy.PolicyResult;
import java.util.List;

/**
 * The results of the policies that apply to one event, in the engine's order.
 *
 * @param results one per policy that applies
 */
public record PolicyReport(List<PolicyResult> results) {

  public PolicyReport {
    results = List.copyOf(results);
  }

  /** Whether a blocking policy failed: what the event was about must not happen. */
  public boolean blocked() {
    return results.stream().anyMatch(PolicyResult::blocks);
  }

  /** The policies that failed, blocking or advisory. */
  public List<PolicyResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }
}
