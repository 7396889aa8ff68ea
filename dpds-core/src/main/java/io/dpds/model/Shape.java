package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.internal.LoadedObject;
import io.dpds.internal.NameIndex;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fixed fields of one kind of DPDS object, in spec order, whether it accepts {@code x-} extensions, and how to
 * make an instance. Binding keeps every key of the JSON object: fixed fields typed (or raw when mistyped), all
 * other keys raw.
 */
final class Shape<T extends DpdsObject> {

  /** The Reference Object fields a stub keeps where a referable object stands ({@code description} is shared). */
  static final java.util.Set<String> STUB_FIELDS = java.util.Set.of("$ref", "mediaType");

  final String name;
  final boolean extensible;
  final boolean referable;
  /** Every field bound to a type: the spec's, the DRAFT names below, and the stub fields of referable objects. */
  final Map<String, FieldType> fields;
  /** DRAFT-era names bound to a type so that they stay visible, but unknown to DPDS 1.0.0. */
  final java.util.Set<String> draftFields;
  /** The DPDS 1.0.0 fixed fields, in spec order: no DRAFT names, no Reference stub fields. */
  final java.util.Set<String> specFields;
  /** The position in {@link #specTypes} of each of {@link #specFields}: looked up for every member bound. */
  private final NameIndex specIndex;
  /** The type of each of {@link #specFields}, in their order. */
  private final FieldType[] specTypes;
  private final Function<Map<String, Object>, T> factory;

  private Shape(Builder<T> b) {
    this.name = b.name;
    this.extensible = b.extensible;
    this.referable = b.referable;
    this.fields = Map.copyOf(b.fields); // looked up for every property bound: no wrapper, no order needed
    this.draftFields = java.util.Set.copyOf(b.draftFields);
    var spec = new java.util.LinkedHashSet<>(b.fields.keySet());
    spec.removeAll(b.draftFields);
    if (b.referable) {
      spec.removeAll(STUB_FIELDS);
    }
    this.specFields = Collections.unmodifiableSet(spec);
    List<String> specNames = spec.stream().map(String::intern).toList(); // as a parser interns keys
    this.specIndex = new NameIndex(specNames);
    this.specTypes = specNames.stream().map(b.fields::get).toArray(FieldType[]::new);
    this.factory = b.factory;
  }

  /** Whether {@code field} is a DPDS 1.0.0 field of this object (stub fields only on a stub). */
  boolean isKnown(String field, Map<String, Object> properties) {
    if (!fields.containsKey(field) || draftFields.contains(field)) {
      return false;
    }
    return !(referable && STUB_FIELDS.contains(field)) || properties.containsKey("$ref");
  }

  static <T extends DpdsObject> Builder<T> of(
      String name, boolean extensible, Function<Map<String, Object>, T> factory) {
    return new Builder<>(name, extensible, factory);
  }

  /**
   * Binds {@code node}, a JSON object, sharing its raw subtrees (no copy): the caller owns {@code node} and never
   * modifies it. The properties know when every key is one of {@link #specFields}.
   */
  T bind(JsonNode node) {
    Binding properties = new Binding(node.size());
    if (node instanceof LoadedObject members && members.indexedCount() >= 0) { // a node of a load
      for (int i = 0, n = members.indexedCount(); i < n; i++) {
        properties.bind(members.memberName(i), members.memberValue(i));
      }
    } else {
      for (var it = node.fields(); it.hasNext(); ) { // not ObjectNode.forEachEntry: Jackson 2.17 and later only
        var member = it.next();
        properties.bind(member.getKey(), member.getValue());
      }
    }
    return factory.apply(properties.build(properties.onlySpecFields));
  }

  /** The properties of one object, each bound by its field's type as it is added. */
  private final class Binding extends FieldMap.Builder {
    private boolean onlySpecFields = true;

    Binding(int size) {
      super(size);
    }

    void bind(String key, JsonNode raw) {
      int spec = specIndex.of(key);
      FieldType type = spec >= 0 ? specTypes[spec] : null;
      if (type == null) {
        onlySpecFields = false;
        type = fields.get(key);
      }
      Object value = type == null ? null : type.bind(raw);
      add(key, value != null ? value : raw);
    }
  }

  /** An instance holding an immutable copy of {@code properties}, in their order. */
  T create(Map<String, Object> properties) {
    return factory.apply(FieldMap.copyOf(properties));
  }

  ObjectNode write(Map<String, Object> properties) {
    ObjectNode out = FieldType.NODES.objectNode();
    properties.forEach(
        (key, value) -> {
          FieldType type = fields.get(key);
          out.set(key, value instanceof JsonNode raw ? raw.deepCopy() : type.write(value));
        });
    return out;
  }

  static final class Builder<T extends DpdsObject> {
    private final String name;
    private final boolean extensible;
    private final Function<Map<String, Object>, T> factory;
    private final Map<String, FieldType> fields = new LinkedHashMap<>();
    private final java.util.Set<String> draftFields = new java.util.HashSet<>();
    private boolean referable;

    private Builder(String name, boolean extensible, Function<Map<String, Object>, T> factory) {
      this.name = name;
      this.extensible = extensible;
      this.factory = factory;
    }

    Builder<T> field(String field, FieldType type) {
      fields.put(field, type);
      return this;
    }

    Builder<T> text(String... names) {
      for (String n : names) {
        fields.put(n, FieldType.TEXT);
      }
      return this;
    }

    /** The common fields of every component entity, in spec order. */
    Builder<T> entity() {
      return text("id", "fullyQualifiedName", "entityType", "name", "version", "displayName", "description");
    }

    /** A field of the DRAFT spec, kept typed but reported as unknown. */
    Builder<T> draft(String field, FieldType type) {
      draftFields.add(field);
      return field(field, type);
    }

    /** The object may stand as a Reference Object stub ({@code $ref}, {@code description}, {@code mediaType}). */
    Builder<T> referable() {
      referable = true;
      return text("$ref", "mediaType");
    }

    Shape<T> build() {
      return new Shape<>(this);
    }
  }
}
