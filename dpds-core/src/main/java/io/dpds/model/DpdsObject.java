package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Base of every DPDS object: an immutable, ordered set of properties.
 *
 * <p>Nothing read is lost: the fixed fields of the spec have typed accessors; {@code x-} extensions, unknown
 * properties and fixed fields whose JSON value has the wrong type are kept as raw JSON, in the order they were
 * written, and written back. {@link #has(String)} tells a property that is absent from one that is present but
 * empty (e.g. {@code outputPorts: []}). Accessors never return null; raw JSON handed out is a copy.
 *
 * <p>Two objects are equal when they are of the same kind and hold equal properties, whatever their order.
 */
public abstract class DpdsObject {

  private final Map<String, Object> properties;

  DpdsObject(Map<String, Object> properties) {
    this.properties = properties;
  }

  abstract Shape<?> shape();

  /**
   * {@return whether the property appears in the object, whatever its value}
   *
   * @param property the property name
   */
  public final boolean has(String property) {
    return properties.containsKey(property);
  }

  /** {@return every property name, in authored order} */
  public final Set<String> propertyNames() {
    return properties.keySet();
  }

  /**
   * {@return the fixed fields DPDS 1.0.0 defines for this kind of object, in spec order (DRAFT-era names and the
   * Reference Object fields a stub may carry are not among them)}
   */
  public final Set<String> fixedFields() {
    return shape().specFields;
  }

  /** {@return whether this kind of object accepts {@code x-} specification extensions} */
  public final boolean isExtensible() {
    return shape().extensible;
  }

  /** {@return specification extensions ({@code x-} keys) on an object that allows them, in authored order} */
  public final Map<String, JsonNode> extensions() {
    return raw(names(name -> shape().extensible && isExtension(name)));
  }

  /**
   * {@return properties that are neither fixed fields nor allowed extensions (misspellings, DRAFT-era names, {@code x-}
   * keys on closed objects), in authored order}
   */
  public final Map<String, JsonNode> unknownProperties() {
    return raw(unknownPropertyNames());
  }

  /** {@return the names of {@link #unknownProperties()}, in authored order, without copying their values} */
  public final List<String> unknownPropertyNames() {
    return names(name -> !shape().isKnown(name, properties) && !(shape().extensible && isExtension(name)));
  }

  /**
   * {@return fixed fields whose JSON value does not have the type the spec gives them; their typed accessors are empty}
   */
  public final Map<String, JsonNode> mistypedProperties() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    properties.forEach(
        (name, value) -> {
          FieldType type = shape().fields.get(name);
          if (type != null && type != FieldType.JSON && value instanceof JsonNode raw) { // bound fields only
            out.put(name, raw.deepCopy());
          }
        });
    return Collections.unmodifiableMap(out);
  }

  /** {@return this object as JSON, exactly as it would be written} */
  public final ObjectNode toJson() {
    return shape().write(properties);
  }

  static boolean isExtension(String name) {
    return name.startsWith("x-");
  }

  /** The names of the properties {@code include} selects, in order; {@code include} selects no fixed field of 1.0.0. */
  private List<String> names(java.util.function.Predicate<String> include) {
    if (FieldMap.onlySpecFields(properties)) {
      return List.of(); // nothing but fixed fields: nothing to select
    }
    List<String> found = new ArrayList<>(0); // most objects have none: no map is made for them
    properties.forEach((name, value) -> {
      if (include.test(name)) {
        found.add(name);
      }
    });
    return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
  }

  /** The properties named, their values copied (raw JSON) or written (typed values). */
  private Map<String, JsonNode> raw(List<String> names) {
    if (names.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String name : names) {
      Object value = properties.get(name);
      out.put(name, value instanceof JsonNode raw ? raw.deepCopy() : shape().fields.get(name).write(value));
    }
    return Collections.unmodifiableMap(out);
  }

  final Map<String, Object> properties() {
    return properties;
  }

  /** The Reference Object this object stands for when it is an unresolved {@code $ref} stub. */
  final Optional<Reference> stub() {
    if (!shape().referable || !(properties.get("$ref") instanceof String ref)) {
      return Optional.empty();
    }
    Reference.Builder b = Reference.builder(ref);
    text("description").ifPresent(b::description);
    text("mediaType").ifPresent(b::mediaType);
    return Optional.of(b.build());
  }

  final Optional<String> text(String name) {
    return properties.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  final List<String> texts(String name) {
    return properties.get(name) instanceof List<?> list ? (List<String>) list : List.of();
  }

  final <T> Optional<T> one(String name, Class<T> type) {
    Object value = properties.get(name);
    return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  final <T> List<T> many(String name) {
    return properties.get(name) instanceof List<?> list ? (List<T>) list : List.of();
  }

  @SuppressWarnings("unchecked")
  final <T> Map<String, T> map(String name) {
    return properties.get(name) instanceof Map<?, ?> map ? (Map<String, T>) map : Map.of();
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && properties.equals(((DpdsObject) o).properties);
  }

  @Override
  public int hashCode() {
    return getClass().hashCode() * 31 + properties.hashCode();
  }

  /** The object as compact JSON. */
  @Override
  public String toString() {
    return toJson().toString();
  }

  /**
   * Base of every builder: fixed fields through typed setters, anything else through {@link #extension} and
   * {@link #property}. Properties keep the order in which they were first set.
   */
  @SuppressWarnings("unchecked")
  public abstract static class Builder<T extends DpdsObject, B extends Builder<T, B>> {
    final Map<String, Object> properties;

    Builder(Map<String, Object> properties) {
      this.properties = new LinkedHashMap<>(properties);
    }

    /** Sets a fixed field; null removes it. */
    final B set(String name, Object value) {
      if (value == null) {
        properties.remove(name);
      } else {
        properties.put(name, value);
      }
      return (B) this;
    }

    final B setList(String name, List<?> value) {
      return set(name, value == null ? null : List.copyOf(value));
    }

    /**
     * Sets a specification extension; the name must start with {@code x-}. Null removes it.
     *
     * @param name the extension's name, starting with {@code x-}
     * @param value its JSON value (copied), or null to remove it
     * @return this builder
     * @throws IllegalArgumentException if {@code name} does not start with {@code x-}
     */
    public final B extension(String name, JsonNode value) {
      if (!isExtension(name)) {
        throw new IllegalArgumentException("extension names start with x-: " + name);
      }
      return property(name, value);
    }

    /**
     * Sets any property to raw JSON, as it would be read from a document; a fixed field given a value of its type is
     * bound to it. Null removes the property.
     *
     * @param name the property's name
     * @param value its JSON value (copied), or null to remove it
     * @return this builder
     */
    public final B property(String name, JsonNode value) {
      if (value == null) {
        return set(name, null);
      }
      JsonNode own = value.deepCopy(); // binding shares nodes; the caller keeps theirs
      FieldType type = shape().fields.get(name);
      Object bound = type == null ? null : type.bind(own);
      return set(name, bound != null ? bound : own);
    }

    abstract Shape<T> shape();

    /** {@return the object built from the properties set so far} */
    public T build() {
      return shape().create(properties);
    }
  }
}
