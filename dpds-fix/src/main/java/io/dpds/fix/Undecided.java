package io.dpds.fix;

import io.dpds.report.Diagnostic;
import java.util.Objects;

/**
 * A finding the fixer leaves to a person, because its change is a decision (renaming a product or a port changes it
 * for its consumers; an owner is somebody's to name).
 *
 * @param finding the finding, located
 * @param choices what can be done about it
 */
public record Undecided(Diagnostic finding, String choices) {

  /**
   * Creates an {@code Undecided}; see the class comment for each component.
   *
   * @param finding the finding, located
   * @param choices what can be done about it
   */
  public Undecided {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(choices, "choices");
  }
}
