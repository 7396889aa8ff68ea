package io.dpds.compat;

import io.dpds.report.Diagnostic;
import java.util.Objects;
import java.util.Optional;

/**
 * A change as the rules judged it: the diagnostic (rule id, severity error = breaking, warning, info; message;
 * pointer in the new version, or in the old one for a removal; source location) and the change it is about.
 *
 * @param diagnostic the judgement, located
 * @param change the change judged
 */
public record CompatibilityFinding(Diagnostic diagnostic, Change change) {

  /**
   * Creates a {@code CompatibilityFinding}; see the class comment for each component.
   *
   * @param diagnostic the judgement, located
   * @param change the change judged
   */
  public CompatibilityFinding {
    Objects.requireNonNull(diagnostic, "diagnostic");
    Objects.requireNonNull(change, "change");
  }

  /** {@return the port the change is in, when it is in one} */
  public Optional<PortId> port() {
    return change.port();
  }
}
