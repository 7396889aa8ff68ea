package io.dpds.spi.adapter;

import java.util.Map;
import java.util.Objects;

/**
 * What a completed adapter call reports: outputs later steps and {@code undo} may use (e.g. the location of a built
 * artifact, the id of a provisioned resource) and a one-line message for people. Stored with the deployment, so it
 * must not hold secrets.
 *
 * @param outputs named values, e.g. {@code artifact -> file:/builds/app-1.2.0.zip}
 * @param message what was done, e.g. {@code topic fleet.trip-status created}
 */
public record StepResult(Map<String, String> outputs, String message) {

  /**
   * Copies the outputs; the message is required.
   *
   * @param message what the step did, for people
   * @param outputs values later steps and the audit can read, by name
   */
  public StepResult {
    outputs = Map.copyOf(outputs);
    Objects.requireNonNull(message, "message");
  }

  /**
   * {@return a result with a message and no outputs}
   *
   * @param message what the step did, for people
   */
  public static StepResult of(String message) {
    return new StepResult(Map.of(), message);
  }
}
