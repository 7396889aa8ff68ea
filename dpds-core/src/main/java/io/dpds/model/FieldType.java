package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * How the value of one fixed field is bound from JSON and written back. {@link #bind} returns null when the JSON value
 * does not have the field's type; the raw value is then kept as it is (see {@link DpdsObject#mistypedProperties()}).
 */
abstract class FieldType {

  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  abstract Object bind(JsonNode node);

  abstract JsonNode write(Object value);

  static final FieldType TEXT =
      new FieldType() {
        @Override
        Object bind(JsonNode node) {
          return node.isTextual() ? node.textValue() : null;
        }

        @Override
        JsonNode write(Object value) {
          return TextNode.valueOf((String) value);
        }
      };

  static final FieldType INT32 =
      new FieldType() {
        @Override
        Object bind(JsonNode node) {
          return node.isInt() ? node.intValue() : null;
        }

        @Override
        JsonNode write(Object value) {
          return IntNode.valueOf((Integer) value);
        }
      };

  static final FieldType TEXT_LIST =
      new FieldType() {
        @Override
        Object bind(JsonNode node) {
          if (!node.isArray()) {
            return null;
          }
          List<String> out = new ArrayList<>(node.size());
          for (JsonNode item : node) {
            if (!item.isTextual()) {
              return null;
            }
            out.add(item.textValue());
          }
          return Collections.unmodifiableList(out);
        }

        @Override
        JsonNode write(Object value) {
          ArrayNode out = NODES.arrayNode();
          for (Object item : (List<?>) value) {
            out.add((String) item);
          }
          return out;
        }
      };

  /** Any JSON value, shared with the tree it was bound from (never modified), copied when written out. */
  static final FieldType JSON =
      new FieldType() {
        @Override
        Object bind(JsonNode node) {
          return node;
        }

        @Override
        JsonNode write(Object value) {
          return ((JsonNode) value).deepCopy();
        }
      };

  static final FieldType DEFINITION =
      new FieldType() {
        @Override
        Object bind(JsonNode node) {
          return Definition.fromJson(node);
        }

        @Override
        JsonNode write(Object value) {
          return ((Definition) value).toJson();
        }
      };

  /** A task's {@code service}: a Reference Object when it has {@code $ref}, else an External Resource Object. */
  static final FieldType LINK =
      new FieldType() {
        @Override
        Object bind(JsonNode node) {
          if (!node.isObject()) {
            return null;
          }
          return node.has("$ref") ? Shapes.REFERENCE.bind(node) : Shapes.EXTERNAL_RESOURCE.bind(node);
        }

        @Override
        JsonNode write(Object value) {
          return ((DpdsObject) value).toJson();
        }
      };

  static FieldType object(Supplier<Shape<?>> shape) {
    ShapeRef of = new ShapeRef(shape);
    return new FieldType() {
      @Override
      Object bind(JsonNode node) {
        return node.isObject() ? of.shape().bind(node) : null;
      }

      @Override
      JsonNode write(Object value) {
        return ((DpdsObject) value).toJson();
      }
    };
  }

  /** A list of objects of one shape, each bound when first read ({@link ObjectList}). */
  static FieldType objects(Supplier<Shape<?>> shape) {
    ShapeRef of = new ShapeRef(shape);
    return new FieldType() {
      @Override
      Object bind(JsonNode node) {
        return node.isArray() ? ObjectList.of(of.shape(), node) : null;
      }

      @Override
      JsonNode write(Object value) {
        ArrayNode out = NODES.arrayNode();
        for (Object element : (List<?>) value) {
          out.add(((DpdsObject) element).toJson());
        }
        return out;
      }
    };
  }

  /**
   * A shape named before the catalogue ({@link Shapes}) has made it, taken from its supplier when first needed and
   * kept: a field binds without a call through the supplier's interface. Threads that need it first at the same time
   * each take it, and find the same shape, whose fields are all final.
   */
  private static final class ShapeRef {
    private final Supplier<Shape<?>> supplier;
    private @Nullable Shape<?> shape;

    ShapeRef(Supplier<Shape<?>> supplier) {
      this.supplier = supplier;
    }

    Shape<?> shape() {
      Shape<?> known = shape;
      if (known == null) {
        known = supplier.get();
        shape = known;
      }
      return known;
    }
  }

  static FieldType map(FieldType value) {
    return new FieldType() {
      @Override
      Object bind(JsonNode node) {
        if (!node.isObject()) {
          return null;
        }
        Map<String, Object> out = new LinkedHashMap<>(node.size() * 2);
        for (var it = node.fields(); it.hasNext(); ) {
          var entry = it.next();
          Object bound = value.bind(entry.getValue());
          if (bound == null) {
            return null;
          }
          out.put(entry.getKey(), bound);
        }
        return Collections.unmodifiableMap(out);
      }

      @Override
      JsonNode write(Object map) {
        ObjectNode out = NODES.objectNode();
        ((Map<?, ?>) map).forEach((k, v) -> out.set((String) k, value.write(v)));
        return out;
      }
    };
  }
}
