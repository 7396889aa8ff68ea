package io.dpds.spi.policy;

import io.dpds.diag.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where a policy is not met.
 *
 * @param pointer the JSON pointer of the offending node in the resolved descriptor ({@code ""} for the root)
 * @param message what is wrong there, for people
 * @param location where the node was written, when known
 */
public record PolicyViolation(String pointer, String message, SourceLocation location) {

  public PolicyViolation {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  public Optional<SourceLocation> sourceLocation() {
    return Optional.ofNullable(location);
  }

  @Override
  public String toString() {
    return (location != null ? location + ": " : "#" + pointer + ": ") + message;
  }
}
