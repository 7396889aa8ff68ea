package io.dpds.compat;

import io.dpds.model.PortKind;
import java.util.Objects;

/**
 * A port as the compatibility checker matches it across versions: by kind and name, never by FQN or id (a major
 * bump changes both).
 *
 * @param kind the kind of port
 * @param name its name
 */
public record PortId(PortKind kind, String name) {

  /**
   * Creates a {@code PortId}; see the class comment for each component.
   *
   * @param kind the kind of port
   * @param name its name
   */
  public PortId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /**
   * The port {@code text} names as {@code entityType:name}, e.g. {@code outputport:tripStatus}, as {@link #toString()}
   * writes it.
   *
   * @param text the text, e.g. {@code outputport:tripStatus}
   * @return the port id
   * @throws IllegalArgumentException when the kind is not one of the five port kinds or the name is missing
   */
  public static PortId parse(String text) {
    int colon = text.indexOf(':');
    if (colon > 0 && colon < text.length() - 1) {
      for (PortKind kind : PortKind.values()) {
        if (kind.entityType().equals(text.substring(0, colon))) {
          return new PortId(kind, text.substring(colon + 1));
        }
      }
    }
    throw new IllegalArgumentException("a port is named KIND:NAME with KIND one of inputport, outputport,"
        + " discoveryport, observabilityport, controlport; not '" + text + "'");
  }

  /** {@code entityType:name}, e.g. {@code outputport:tripStatus}. */
  @Override
  public String toString() {
    return kind.entityType() + ":" + name;
  }
}
