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

  public PortId {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** {@code entityType:name}, e.g. {@code outputport:tripStatus}. */
  @Override
  public String toString() {
    return kind.entityType() + ":" + name;
  }
}
