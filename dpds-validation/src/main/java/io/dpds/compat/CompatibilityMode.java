package io.dpds.compat;

import io.dpds.model.PortKind;

/**
 * Whose expectations a port's changes are judged by. The consumers of a port keep reading with their old expectations:
 * what we emit must fit them (FORWARD, Avro reader old / writer new). The producers feeding a port keep sending the
 * old shape: what we accept must cover it (BACKWARD, Avro reader new / writer old). The TRANSITIVE variants judge the
 * new version against every earlier version given, not only the latest.
 */
public enum CompatibilityMode {
  FORWARD(true, false, false),
  BACKWARD(false, true, false),
  FULL(true, true, false),
  FORWARD_TRANSITIVE(true, false, true),
  BACKWARD_TRANSITIVE(false, true, true),
  FULL_TRANSITIVE(true, true, true),
  /** No judgement: every change is info. Use it only with a waiver's reason. */
  NONE(false, false, false);

  private final boolean consumers;
  private final boolean producers;
  private final boolean transitive;

  CompatibilityMode(boolean consumers, boolean producers, boolean transitive) {
    this.consumers = consumers;
    this.producers = producers;
    this.transitive = transitive;
  }

  /** Whether changes are judged for the port's consumers (the OUT column of the rule tables). */
  public boolean judgesConsumers() {
    return consumers;
  }

  /** Whether changes are judged for the port's producers (the IN column of the rule tables). */
  public boolean judgesProducers() {
    return producers;
  }

  /** Whether the new version is judged against every earlier version given. */
  public boolean isTransitive() {
    return transitive;
  }

  /** The default of a port kind: input ports BACKWARD, every other port (served to consumers) FORWARD. */
  public static CompatibilityMode defaultFor(PortKind kind) {
    return kind == PortKind.INPUT ? BACKWARD : FORWARD;
  }
}
