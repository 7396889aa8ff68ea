package io.dpds.lifecycle;

import io.dpds.report.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What deprecating or decommissioning a version did.
 *
 * @param outcome what happened
 * @param record the version after the change (or as it stands when unchanged or refused); absent when not found
 * @param findings the policy findings, or why the change was refused
 */
public record StatusChange(Outcome outcome, Optional<VersionRecord> record, List<Diagnostic> findings) {

  /** What a status change did. */
  public enum Outcome {
    /** The status changed. */
    CHANGED,
    /** The version already had that status. */
    UNCHANGED,
    /** The change is not allowed from the version's status; the findings say why. */
    REFUSED,
    /** No such version. */
    NOT_FOUND
  }

  /**
   * Copies the findings; the outcome is required.
   *
   * @param outcome what happened
   * @param record the version after the change (or as it stands when unchanged or refused); absent when not found
   * @param findings the policy findings, or why the change was refused
   */
  public StatusChange {
    Objects.requireNonNull(outcome, "outcome");
    findings = List.copyOf(findings);
  }
}
