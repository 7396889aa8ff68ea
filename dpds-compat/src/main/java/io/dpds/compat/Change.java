package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.ApiNode;
import io.dpds.report.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a descriptor: something added, removed or changed, with its values and
 * where it is in each version (pointer in the resolved descriptor and source location).
 *
 * <p>Values are nodes of the resolved descriptors the diff was made from, shared and not to be modified.
 */
public final class Change {

  /** What happened to the node. */
  public enum Type {
    /** Only in the new version. */
    ADDED,
    /** Only in the old version. */
    REMOVED,
    /** In both, with another value (a scalar, or a container whose type changed). */
    CHANGED
  }

  private final Type type;
  private final Side old;
  private final Side now;
  private final PortId port;
  private final String path;

  /** A node in one version: its pointer, value and source location. */
  record Side(String pointer, JsonNode value, SourceLocation location) {}

  /** A side of a change: the node's pointer in the descriptor, its value and where it was written. */
  static Side side(ApiNode node) {
    return new Side(node.pointer(""), node.node(), node.locate("").orElse(null));
  }

  Change(Type type, Side old, Side now, PortId port, String path) {
    this.type = Objects.requireNonNull(type, "type");
    this.old = old;
    this.now = now;
    this.port = port;
    this.path = Objects.requireNonNull(path, "path");
  }

  /** {@return whether the node was added, removed or changed} */
  public Type type() {
    return type;
  }

  /** {@return the node's pointer in the old resolved descriptor; empty for an addition} */
  public Optional<String> oldPointer() {
    return Optional.ofNullable(old).map(Side::pointer);
  }

  /** {@return the node's pointer in the new resolved descriptor; empty for a removal} */
  public Optional<String> newPointer() {
    return Optional.ofNullable(now).map(Side::pointer);
  }

  /** {@return the pointer of the change's own version: in the new descriptor, or in the old one for a removal} */
  public String pointer() {
    return now != null ? now.pointer() : old.pointer();
  }

  /** {@return the node's value in the old version (a copy); empty for an addition} */
  public Optional<JsonNode> oldValue() {
    return Optional.ofNullable(old).map(Side::value);
  }

  /** {@return the node's value in the new version (a copy); empty for a removal} */
  public Optional<JsonNode> newValue() {
    return Optional.ofNullable(now).map(Side::value);
  }

  /** {@return where the old node was written; empty for an addition or when unknown} */
  public Optional<SourceLocation> oldLocation() {
    return Optional.ofNullable(old).map(Side::location);
  }

  /** {@return where the new node was written; empty for a removal or when unknown} */
  public Optional<SourceLocation> newLocation() {
    return Optional.ofNullable(now).map(Side::location);
  }

  /** {@return the port the change is in (or is, for an added or removed port), matched by kind and name} */
  public Optional<PortId> port() {
    return Optional.ofNullable(port);
  }

  /**
   * {@return the JSON pointer of the node relative to its port ({@code ""} for the port itself, {@code
   * /promises/platform} for a field), or relative to the descriptor's root outside ports} The same in both versions.
   */
  public String path() {
    return path;
  }

  @Override
  public String toString() {
    String where = port == null ? path : port + (path.isEmpty() ? "" : " " + path);
    return switch (type) {
      case ADDED -> "added " + where + " = " + now.value();
      case REMOVED -> "removed " + where + " (was " + old.value() + ")";
      case CHANGED -> "changed " + where + ": " + old.value() + " -> " + now.value();
    };
  }
}
