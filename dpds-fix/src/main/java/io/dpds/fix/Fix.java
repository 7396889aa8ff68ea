package io.dpds.fix;

import io.dpds.report.SourceLocation;
import java.util.Objects;

/**
 * One fix made: the finding it fixes and what it changed.
 *
 * @param ruleId the rule of the finding, e.g. {@code fqn.product}
 * @param pointer the finding's JSON pointer in the resolved descriptor
 * @param location where the node was written before any fix: in the text the diff starts from
 * @param what what the fix changed, for people, e.g. {@code contracts -> obligations}
 */
public record Fix(String ruleId, String pointer, SourceLocation location, String what) {

  /**
   * Creates a {@code Fix}; see the class comment for each component.
   *
   * @param ruleId the rule of the finding, e.g. {@code fqn.product}
   * @param pointer the finding's JSON pointer in the resolved descriptor
   * @param location where the node was written before any fix: in the text the diff starts from
   * @param what what the fix changed, for people, e.g. {@code contracts -> obligations}
   */
  public Fix {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(what, "what");
  }
}
