package io.dpds.policy;

import io.dpds.report.Diagnostic;
import io.dpds.spi.policy.PolicyResult;
import java.util.List;

/**
 * The results of the policies that apply to one event, in the engine's order.
 *
 * @param results one per policy that applies
 */
public record PolicyReport(List<PolicyResult> results) {

  /**
   * Copies the results.
   *
   * @param results one per policy that applies
   */
  public PolicyReport {
    results = List.copyOf(results);
  }

  /** {@return whether a blocking policy failed: what the event was about must not happen} */
  public boolean blocked() {
    return results.stream().anyMatch(PolicyResult::blocks);
  }

  /** {@return every violation as a finding, in the results' order (see {@link PolicyResult#diagnostics()})} */
  public List<Diagnostic> diagnostics() {
    return results.stream().flatMap(r -> r.diagnostics().stream()).toList();
  }

  /** {@return the policies that failed, blocking or advisory} */
  public List<PolicyResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }
}
