package io.dpds.model;

/**
 * The five kinds of port. A port's kind comes from the array (or Components map) it sits in, and fixes its
 * {@code entityType} and the segment of its fully qualified name.
 */
public enum PortKind {
  INPUT("inputPorts", "inputport", "Input Port"),
  OUTPUT("outputPorts", "outputport", "Output Port"),
  DISCOVERY("discoveryPorts", "discoveryport", "Discovery Port"),
  OBSERVABILITY("observabilityPorts", "observabilityport", "Observability Port"),
  CONTROL("controlPorts", "controlport", "Control Port");

  private final String field;
  private final String entityType;
  private final String title;

  PortKind(String field, String entityType, String title) {
    this.field = field;
    this.entityType = entityType;
    this.title = title;
  }

  /** The property that lists ports of this kind, e.g. {@code outputPorts}. */
  public String field() {
    return field;
  }

  /** The {@code entityType} constant of ports of this kind, e.g. {@code outputport}. */
  public String entityType() {
    return entityType;
  }

  /** The segment of this kind in a port's fully qualified name, e.g. {@code outputports}. */
  public String fqnSegment() {
    return entityType + "s";
  }

  /** The spec's name for the kind, e.g. {@code Output Port}. */
  public String title() {
    return title;
  }

  /** The kind whose {@link #field()} is {@code field}, or null. */
  public static PortKind fromField(String field) {
    for (PortKind kind : values()) {
      if (kind.field.equals(field)) {
        return kind;
      }
    }
    return null;
  }
}
