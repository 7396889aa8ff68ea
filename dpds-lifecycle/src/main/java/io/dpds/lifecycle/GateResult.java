package io.dpds.lifecycle;

import io.dpds.report.Diagnostic;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The verdict of one gate of a publication or deployment.
 *
 * @param gate {@code validation}, {@code compatibility}, {@code policies}, {@code identity}, ...
 * @param passed whether the work may go on
 * @param findings what the gate found, blocking or not, located in the descriptor
 * @param took how long the gate took
 */
public record GateResult(String gate, boolean passed, List<Diagnostic> findings, Duration took) {

  /**
   * Copies the findings.
   *
   * @param gate {@code validation}, {@code compatibility}, {@code policies}, {@code identity}, ...
   * @param passed whether the work may go on
   * @param findings what the gate found, blocking or not, located in the descriptor
   * @param took how long the gate took
   */
  public GateResult {
    Objects.requireNonNull(gate, "gate");
    findings = List.copyOf(findings);
    Objects.requireNonNull(took, "took");
  }
}
