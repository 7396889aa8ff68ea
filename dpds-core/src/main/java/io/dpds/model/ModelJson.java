package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Conversion between JSON trees and the model. Binding never fails and loses nothing (see {@link DpdsObject}). */
public final class ModelJson {

  /**
   * Binds a descriptor from a JSON object, typically a resolved tree.
   *
   * @throws IllegalArgumentException if {@code tree} is not a JSON object
   */
  public static DataProductDescriptor toDescriptor(JsonNode tree) {
    if (!tree.isObject()) {
      throw new IllegalArgumentException("a descriptor is a JSON object, not " + tree.getNodeType());
    }
    return Shapes.DESCRIPTOR.bind(tree);
  }

  /** The JSON of any model object (a fresh tree the caller owns). */
  public static ObjectNode toJson(DpdsObject object) {
    return object.toJson();
  }

  private ModelJson() {}
}
