package io.dpds.compat;

import io.dpds.model.PortKind;
import io.dpds.report.Severity;
import java.util.Locale;

/**
 * Whose expectations a port's changes are judged by. The consumers of a port keep reading with their old expectations:
 * what we emit must fit them (FORWARD, Avro reader old / writer new). The producers feeding a port keep sending the
 * old shape: what we accept must cover it (BACKWARD, Avro reader new / writer old). The TRANSITIVE variants judge the
 * new version against every earlier version given, not only the latest.
 */
public enum CompatibilityMode {
  /** The new version's output fits readers of the old one (consumers of an output port keep working). */
  FORWARD(true, false, false),
  /** The new version reads what the old one was sent (producers feeding an input port keep working). */
  BACKWARD(false, true, false),
  /** Both {@code FORWARD} and {@code BACKWARD}. */
  FULL(true, true, false),
  /** {@code FORWARD} against every earlier version given. */
  FORWARD_TRANSITIVE(true, false, true),
  /** {@code BACKWARD} against every earlier version given. */
  BACKWARD_TRANSITIVE(false, true, true),
  /** {@code FULL} against every earlier version given. */
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

  /** {@return whether changes are judged for the port's consumers (the OUT column of the rule tables)} */
  public boolean judgesConsumers() {
    return consumers;
  }

  /** {@return whether changes are judged for the port's producers (the IN column of the rule tables)} */
  public boolean judgesProducers() {
    return producers;
  }

  /** {@return whether the new version is judged against every earlier version given} */
  public boolean isTransitive() {
    return transitive;
  }

  /**
   * The severity of a change to data that flows through a port of {@code kind}, given its severity for readers that
   * keep the old schema (the OUT column) and for writers that keep it (the IN column). Under the port's default mode
   * the clients on the other side keep their old schema both as readers of what the port emits and as writers of what
   * it accepts (AsyncAPI send and receive, OpenAPI responses and requests); the other one of FORWARD and BACKWARD
   * swaps the columns; FULL takes the worse of both; NONE makes everything info. For a change that does not flow
   * ({@code flow} null), FORWARD takes the OUT column and BACKWARD the IN column.
   */
  Severity judge(PortKind kind, Flow flow, Severity oldReaders, Severity oldWriters) {
    if (this == NONE) {
      return Severity.INFO;
    }
    if (consumers && producers) {
      return oldReaders.isAtLeast(oldWriters) ? oldReaders : oldWriters;
    }
    boolean readersColumn;
    if (flow == null) {
      readersColumn = consumers;
    } else {
      boolean swapped = consumers != defaultFor(kind).consumers;
      readersColumn = (flow == Flow.EMITTED) != swapped;
    }
    return readersColumn ? oldReaders : oldWriters;
  }

  /** Which way data flows through a port, seen from the data product. */
  enum Flow {
    /** The product writes it: AsyncAPI send (2.x subscribe), OpenAPI responses. */
    EMITTED,
    /** The product reads it: AsyncAPI receive (2.x publish), OpenAPI requests. */
    ACCEPTED
  }

  /**
   * The mode a label names, as a command line or a configuration file writes it: {@code forward}, {@code backward},
   * {@code full}, their {@code -transitive} variants, or {@code none} (any case).
   *
   * @param label the label
   * @return the mode
   * @throws IllegalArgumentException for any other label
   */
  public static CompatibilityMode parse(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /**
   * {@return the default of a port kind: input ports BACKWARD, every other port (served to consumers) FORWARD}
   *
   * @param kind the port's kind
   */
  public static CompatibilityMode defaultFor(PortKind kind) {
    return kind == PortKind.INPUT ? BACKWARD : FORWARD;
  }
}
