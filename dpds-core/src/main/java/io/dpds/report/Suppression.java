package io.dpds.report;

import java.util.Objects;

/**
 * A finding a waiver suppressed: it does not count towards validity or the exit code, and reporters show it as
 * suppressed with the waiver's reason.
 *
 * @param diagnostic the finding as it would have been reported
 * @param reason the waiver's reason
 */
public record Suppression(Diagnostic diagnostic, String reason) {

  /**
   * Creates a {@code Suppression}; see the class comment for each component.
   *
   * @param diagnostic the finding as it would have been reported
   * @param reason the waiver's reason
   */
  public Suppression {
    Objects.requireNonNull(diagnostic, "diagnostic");
    Objects.requireNonNull(reason, "reason");
  }
}
