package io.dpds.spi.policy;

import java.util.Locale;
import java.util.Optional;

/** The changes of a data product's state at which policies are evaluated. */
public enum PolicyEvent {
  /** A product is created: no state before. */
  PRODUCT_CREATION,
  /** A new version of a product is published. */
  VERSION_PUBLICATION,
  /** A version moves from one lifecycle stage to the next (context: {@code fromStage}, {@code toStage}). */
  STAGE_TRANSITION,
  /** A deployment step or lifecycle task finished (context: {@code step}, {@code result}). */
  TASK_RESULT,
  /** A deployment finished (context: {@code stage}, {@code result}). */
  DEPLOYMENT_RESULT,
  /** A version is deprecated. */
  DEPRECATION,
  /** A version is decommissioned: no state after. */
  DECOMMISSION;

  /** {@return the name used in policy files and JSON: {@code version-publication}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the event named {@code label} ({@code version-publication}), if any}
   *
   * @param label the event's label
   */
  public static Optional<PolicyEvent> fromLabel(String label) {
    for (PolicyEvent event : values()) {
      if (event.label().equals(label)) {
        return Optional.of(event);
      }
    }
    return Optional.empty();
  }
}
