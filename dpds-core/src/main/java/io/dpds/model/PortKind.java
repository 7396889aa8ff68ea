package io.dpds.model;

/**
 * The five kinds of port. A port's kind comes from the array (or Components map) it sits in, and fixes its
 * {@code entityType} and the segment of its fully qualified name.
 */
public enum PortKind {
  /** What the product consumes: its sources. */
  INPUT("inputPorts", "inputport", "Input Port"),
  /** What the product offers its consumers. */
  OUTPUT("outputPorts", "outputport", "Output Port"),
  /** What tells about the product at run time, e.g. its descriptor or its lineage. */
  DISCOVERY("discoveryPorts", "discoveryport", "Discovery Port"),
  /** What reports the product's health: logs, traces, metrics. */
  OBSERVABILITY("observabilityPorts", "observabilityport", "Observability Port"),
  /** What governs the product: policies and configuration set from outside. */
  CONTROL("controlPorts", "controlport", "Control Port");

  private final String field;
  private final String entityType;
  private final String title;

  PortKind(String field, String entityType, String title) {
    this.field = field;
    this.entityType = entityType;
    this.title = title;
  }

  /** {@return the property that lists ports of this kind, e.g. {@code outputPorts}} */
  public String field() {
    return field;
  }

  /** {@return the {@code entityType} constant of ports of this kind, e.g. {@code outputport}} */
  public String entityType() {
    return entityType;
  }

  /** {@return the segment of this kind in a port's fully qualified name, e.g. {@code outputports}} */
  public String fqnSegment() {
    return entityType + "s";
  }

  /** {@return the spec's name for the kind, e.g. {@code Output Port}} */
  public String title() {
    return title;
  }

  /**
   * {@return the kind whose {@link #field()} is {@code field}, or null}
   *
   * @param field the name of a property of the Interface Components Object, e.g. {@code outputPorts}
   */
  public static PortKind fromField(String field) {
    for (PortKind kind : values()) {
      if (kind.field.equals(field)) {
        return kind;
      }
    }
    return null;
  }
}
