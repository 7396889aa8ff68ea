package io.dpds.policy;

import io.dpds.report.SourceLocation;
import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A policy read from a policy file: the nodes {@code select} finds in the resolved descriptor must each meet the
 * assertion. Compiled once; immutable and thread-safe.
 */
final class DeclarativePolicy implements Policy {

  /**
   * Where a policy's id is written.
   *
   * @param pointer the id's pointer in its policy file
   * @param location its file, line and column; null when the file's source map has none
   */
  record Origin(String pointer, @Nullable SourceLocation location) {}

  private final Origin origin;
  private final String id;
  private final String description;
  private final String hint;
  private final boolean blocking;
  private final Set<PolicyEvent> events;
  private final PathSpec select;
  private final Assertion assertion;
  private final String message;

  DeclarativePolicy(Origin origin, String id, String description, String hint, boolean blocking,
      Set<PolicyEvent> events, PathSpec select, Assertion assertion, String message) {
    this.origin = origin;
    this.id = id;
    this.description = description;
    this.hint = hint;
    this.blocking = blocking;
    this.events = Set.copyOf(events);
    this.select = select;
    this.assertion = assertion;
    this.message = message;
  }

  /** {@return where the policy's id is written} */
  Origin origin() {
    return origin;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String hint() {
    return hint;
  }

  @Override
  public boolean blocking() {
    return blocking;
  }

  @Override
  public Set<PolicyEvent> events() {
    return events;
  }

  @Override
  public List<PolicyViolation> evaluate(PolicyInput input) {
    return evaluate(evaluation(input));
  }

  /** A fresh evaluation of {@code input}; the declarative policies of one check share it. */
  static Scope.Evaluation evaluation(PolicyInput input) {
    return new Scope.Evaluation(input.subject());
  }

  /** The violations, reading APIs and selections through {@code evaluation} (shared with other policies). */
  List<PolicyViolation> evaluate(Scope.Evaluation evaluation) {
    List<PolicyViolation> violations = new ArrayList<>();
    for (Scope node : evaluation.select(select)) {
      List<Assertion.Issue> issues;
      try {
        issues = assertion.check(node);
      } catch (BoundedText.Exceeded e) { // a hostile expression: one finding, and the policy stops here
        violations.add(new PolicyViolation(node.pointer(), e.getMessage(), node.where(), PolicyRules.EXPRESSION.id()));
        return violations;
      }
      for (Assertion.Issue issue : issues) {
        String text = message == null ? issue.message() : message + " (" + issue.message() + ")";
        violations.add(new PolicyViolation(issue.at().pointer(), text, issue.at().where()));
      }
    }
    return violations;
  }
}
