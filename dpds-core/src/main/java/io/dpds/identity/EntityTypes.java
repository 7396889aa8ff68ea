package io.dpds.identity;

import io.dpds.model.PortKind;

/** The {@code entityType} constants of DPDS 1.0.0 (Standard Definitions have a free entity type). */
public final class EntityTypes {

  public static final String DATA_PRODUCT = "dataproduct";
  public static final String INPUT_PORT = "inputport";
  public static final String OUTPUT_PORT = "outputport";
  public static final String DISCOVERY_PORT = "discoveryport";
  public static final String OBSERVABILITY_PORT = "observabilityport";
  public static final String CONTROL_PORT = "controlport";
  public static final String APPLICATION = "application";
  public static final String INFRASTRUCTURE = "infrastructure";

  /** The constant of ports of {@code kind}. */
  public static String of(PortKind kind) {
    return kind.entityType();
  }

  private EntityTypes() {}
}
