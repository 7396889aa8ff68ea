package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Conversion between JSON trees and the model. Binding never fails and loses nothing (see {@link DpdsObject}). */
public final class ModelJson {

  /**
   * Binds a descriptor from a JSON object, typically a resolved tree. The model keeps its own copy: later changes to
   * {@code tree} do not reach it.
   *
   * @param tree the descriptor's JSON
   * @return the descriptor
   * @throws IllegalArgumentException if {@code tree} is not a JSON object
   */
  public static DataProductDescriptor toDescriptor(JsonNode tree) {
    return toDescriptorSharing(requireObject(tree).deepCopy());
  }

  /**
   * Binds a descriptor without copying: the model shares the nodes of {@code tree}, which must never be modified
   * afterwards. For trees nobody else can reach, such as the loader's resolved tree (no copy to pay for).
   *
   * @param tree the descriptor's JSON, handed over
   * @return the descriptor
   * @throws IllegalArgumentException if {@code tree} is not a JSON object
   */
  public static DataProductDescriptor toDescriptorSharing(JsonNode tree) {
    return Shapes.DESCRIPTOR.bind(requireObject(tree));
  }

  /**
   * Binds one port without copying, as it would be bound in a list of ports of {@code kind}: the model shares the nodes
   * of {@code json}, which must never be modified afterwards.
   *
   * @param kind the kind of port, which the list a port sits in decides
   * @param json the port's JSON, handed over
   * @return the port
   * @throws IllegalArgumentException if {@code json} is not a JSON object
   */
  public static Port toPortSharing(PortKind kind, JsonNode json) {
    return Shapes.port(kind).bind(requireObject(json, "a port"));
  }

  /**
   * Binds one object of {@code type} without copying, as it would be bound in its place in a descriptor: the model
   * shares the nodes of {@code json}, which must never be modified afterwards. For the items of a list the model left
   * raw because another item is not an object ({@link DpdsObject#mistypedProperties()}).
   *
   * @param type the class of the object: any model object but {@link Port}, whose kind decides its shape
   *     ({@link #toPortSharing})
   * @param json the object's JSON, handed over
   * @param <T> the class of the object
   * @return the object
   * @throws IllegalArgumentException if {@code json} is not a JSON object, or {@code type} is a port
   */
  public static <T extends DpdsObject> T toObjectSharing(Class<T> type, JsonNode json) {
    Shape<?> shape = Shapes.of(type);
    if (shape == null) {
      throw new IllegalArgumentException("no model object is bound as " + type.getName()
          + (type == Port.class ? "; bind a port with toPortSharing" : ""));
    }
    return type.cast(shape.bind(requireObject(json, "the " + shape.name)));
  }

  private static JsonNode requireObject(JsonNode tree) {
    return requireObject(tree, "a descriptor");
  }

  private static JsonNode requireObject(JsonNode json, String what) {
    if (!json.isObject()) {
      throw new IllegalArgumentException(what + " is a JSON object, not " + json.getNodeType());
    }
    return json;
  }

  /**
   * {@return the JSON of any model object (a fresh tree the caller owns)}
   *
   * @param object the model object
   */
  public static ObjectNode toJson(DpdsObject object) {
    return object.toJson();
  }

  private ModelJson() {}
}
