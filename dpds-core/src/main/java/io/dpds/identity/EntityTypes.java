package io.dpds.identity;

import io.dpds.model.PortKind;

/** The {@code entityType} constants of DPDS 1.0.0 (Standard Definitions have a free entity type). */
public final class EntityTypes {

  /** The product. */
  public static final String DATA_PRODUCT = "dataproduct";
  /** An input port. */
  public static final String INPUT_PORT = "inputport";
  /** An output port. */
  public static final String OUTPUT_PORT = "outputport";
  /** A discovery port. */
  public static final String DISCOVERY_PORT = "discoveryport";
  /** An observability port. */
  public static final String OBSERVABILITY_PORT = "observabilityport";
  /** A control port. */
  public static final String CONTROL_PORT = "controlport";
  /** An application component. */
  public static final String APPLICATION = "application";
  /** An infrastructural component. */
  public static final String INFRASTRUCTURE = "infrastructure";

  /**
   * {@return the constant of ports of {@code kind}}
   *
   * @param kind the port kind
   */
  public static String of(PortKind kind) {
    return kind.entityType();
  }

  private EntityTypes() {}
}
