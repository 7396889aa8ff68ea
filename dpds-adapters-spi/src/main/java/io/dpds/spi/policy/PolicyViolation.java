package io.dpds.spi.policy;

import io.dpds.report.SourceLocation;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One place where a policy is not met.
 *
 * @param pointer the JSON pointer of the offending node in the resolved descriptor ({@code ""} for the root)
 * @param message what is wrong there, for people
 * @param location where the node was written, when known
 * @param ruleId the rule the violation is a finding of when it is not the policy's own: {@code policy.failed} when the
 *     policy could not run to its end; null for the policy itself
 */
public record PolicyViolation(String pointer, String message, @Nullable SourceLocation location,
    @Nullable String ruleId) {

  /**
   * Checks that pointer and message are given.
   *
   * @param pointer the JSON pointer of the offending node in the resolved descriptor
   * @param message what is wrong, for people
   * @param location where the node was written, or null when unknown
   * @param ruleId the rule the violation is a finding of, or null when it is the policy's own
   */
  public PolicyViolation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A violation of the policy itself.
   *
   * @param pointer the JSON pointer of the offending node in the resolved descriptor
   * @param message what is wrong, for people
   * @param location where the node was written, or null when unknown
   */
  public PolicyViolation(String pointer, String message, @Nullable SourceLocation location) {
    this(pointer, message, location, null);
  }

  /** {@return where the offending node was written, when known} */
  public Optional<SourceLocation> sourceLocation() {
    return Optional.ofNullable(location);
  }

  /** {@return the rule the violation is a finding of when it is not the policy's own} */
  public Optional<String> rule() {
    return Optional.ofNullable(ruleId);
  }

  /** {@return the message as people read it: prefixed with the rule id when the violation is not the policy's own} */
  public String text() {
    return ruleId == null ? message : ruleId + ": " + message;
  }

  @Override
  public String toString() {
    return (location != null ? location + ": " : "#" + pointer + ": ") + text();
  }
}
