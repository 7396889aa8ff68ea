package io.dpds.compat.payload;

import static io.dpds.load.Pointers.escape;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dpds.compat.spi.PayloadChanges;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One comparison of two JSON Schemas. A change that lets more values through (widening) breaks readers of the old
 * schema: ({@code ERROR}, {@code INFO}); one that lets fewer through (narrowing) breaks its writers: ({@code INFO},
 * {@code ERROR}). Paths name the node in each root schema; inside a referenced schema they name the {@code $ref}.
 */
final class JsonSchemaWalk {

  // lists, not sets: the bounds are compared, and their changes reported, in this order in every run
  private static final List<String> MAXIMA = List.of("maximum", "exclusiveMaximum", "maxLength", "maxItems",
      "maxProperties", "maxContains");
  private static final List<String> MINIMA = List.of("minimum", "exclusiveMinimum", "minLength", "minItems",
      "minProperties", "minContains");
  /** The type whose values each bound constrains. */
  private static final Map<String, String> BOUNDED = Map.ofEntries(Map.entry("minimum", "number"),
      Map.entry("maximum", "number"), Map.entry("exclusiveMinimum", "number"), Map.entry("exclusiveMaximum", "number"),
      Map.entry("minLength", "string"), Map.entry("maxLength", "string"), Map.entry("minItems", "array"),
      Map.entry("maxItems", "array"), Map.entry("minContains", "array"), Map.entry("maxContains", "array"),
      Map.entry("minProperties", "object"), Map.entry("maxProperties", "object"));
  private static final Set<String> ANNOTATIONS = Set.of("title", "description", "examples", "example", "$comment",
      "deprecated", "$id", "id", "$anchor", "$defs", "definitions", "externalDocs",
      "contentMediaType", "contentEncoding", "xml");
  private static final Set<String> DEFINITIONS = Set.of("$defs", "definitions");
  private static final Set<String> COMPARED = Set.of("type", "properties", "required", "additionalProperties",
      "unevaluatedProperties", "patternProperties", "enum", "const", "multipleOf", "pattern", "format",
      "uniqueItems", "anyOf", "oneOf", "allOf", "items", "prefixItems", "additionalItems", "contains",
      "dependentRequired", "dependentSchemas", "dependencies", "default", "$schema", "$ref", "nullable",
      "discriminator", "readOnly", "writeOnly");
  private static final Set<String> UNPROVABLE = Set.of("not", "if", "then", "else", "$dynamicRef",
      "$recursiveRef", "propertyNames", "unevaluatedItems");

  private final PayloadChanges changes;
  private final Set<String> seen = new HashSet<>();
  private int reported; // changes reported so far
  // Whether values the old (new) version accepts reach the keywords being compared: a keyword that constrains one type
  // alone changes nothing for writers where the old version allows no value of that type, nor for readers where the
  // new one allows none (a minimum added with the number type narrows no value the old version accepted)
  private boolean oldReaches = true;
  private boolean newReaches = true;

  JsonSchemaWalk(PayloadChanges changes) {
    this.changes = (rule, readers, writers, message, pa, pb) -> {
      reported++;
      changes.report(rule, newReaches ? readers : INFO, oldReaches ? writers : INFO, message, pa, pb);
    };
  }

  private static String label(String where) {
    return where.isEmpty() ? "the schema" : where;
  }

  private void widened(Rule rule, String message, String pa, String pb) {
    changes.report(rule, ERROR, INFO, message, pa, pb);
  }

  private void narrowed(Rule rule, String message, String pa, String pb) {
    changes.report(rule, INFO, ERROR, message, pa, pb);
  }

  private void both(Rule rule, Severity severity, String message, String pa, String pb) {
    changes.report(rule, severity, severity, message, pa, pb);
  }

  /** Compares two schemas found at {@code pa} and {@code pb} of the roots; {@code where} names them in messages. */
  void schema(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where) {
    Optional<PayloadSchema> da = deref(sa);
    Optional<PayloadSchema> db = deref(sb);
    if (da.isEmpty() || db.isEmpty()) {
      both(JsonSchemaRules.UNPROVABLE, WARNING, label(where) + ": a $ref cannot be followed, so the change cannot"
          + " be judged", pa, pb);
      return;
    }
    JsonNode a = da.get().node();
    JsonNode b = db.get().node();
    boolean referenced = da.get() != sa || db.get() != sb;
    if (!seen.add(System.identityHashCode(a) + ":" + System.identityHashCode(b) + ":" + oldReaches + newReaches)
        || a.equals(b) && !referenced && !hasRef(a)) {
      return;
    }
    // allOf: [X] beside nothing but annotations is X, as OpenAPI documents wrap a reference to describe it (anyOf and
    // oneOf of one alike); where both versions have that keyword, its subschemas are matched as they are
    String wrapA = wrapper(a);
    String wrapB = wrapper(b);
    if (wrapA != null && !b.has(wrapA)) {
      schema(da.get().child("/" + wrapA + "/0"), db.get(), pa + "/" + wrapA + "/0", pb, where);
      return;
    }
    if (wrapB != null && !a.has(wrapB)) {
      schema(da.get(), db.get().child("/" + wrapB + "/0"), pa, pb + "/" + wrapB + "/0", where);
      return;
    }
    if (a.isBoolean() || b.isBoolean()) {
      booleans(a, b, pa, pb, where);
      return;
    }
    if (!a.isObject() || !b.isObject()) {
      both(JsonSchemaRules.UNPROVABLE, WARNING, label(where) + " is not a schema object", pa, pb);
      return;
    }
    PayloadSchema na = da.get();
    PayloadSchema nb = db.get();
    int before = reported;
    Set<String> ta = types(a);
    Set<String> tb = types(b);
    types(ta, tb, pa, pb, where);
    of("object", ta, tb, () -> {
      properties(na, nb, pa, pb, where);
      if (closedAlike(a, b)) {
        both(JsonSchemaRules.CONTENT_MODEL, INFO, label(where) + " is closed by " + closedBy(b) + " instead of "
            + closedBy(a) + ", alike where no subschema applies in place", pa, pb);
      } else {
        contentModel(na, nb, pa, pb, where, "additionalProperties");
        contentModel(na, nb, pa, pb, where, "unevaluatedProperties");
      }
      patternProperties(na, nb, pa, pb, where);
      dependencies(a, b, pa, pb, where);
    });
    values(a, b, pa, pb, where);
    bounds(a, b, pa, pb, where, ta, tb);
    of("string", ta, tb, () -> pattern(a, b, pa, pb, where));
    format(a, b, pa, pb, where);
    of("array", ta, tb, () -> arrays(na, nb, pa, pb, where));
    compositions(na, nb, pa, pb, where);
    rest(a, b, pa, pb, where, reported > before);
  }

  /**
   * Runs {@code comparison}, of keywords that constrain values of {@code type} alone, with what reaches them narrowed
   * to the versions allowing that type (see {@link #oldReaches}); not at all where neither version allows it.
   *
   * @param ta the types the old version allows, null for any
   * @param tb the types the new version allows, null for any
   */
  private void of(String type, @Nullable Set<String> ta, @Nullable Set<String> tb, Runnable comparison) {
    if (!allows(ta, type) && !allows(tb, type)) {
      return;
    }
    boolean oldBefore = oldReaches;
    boolean newBefore = newReaches;
    oldReaches &= allows(ta, type);
    newReaches &= allows(tb, type);
    try {
      comparison.run();
    } finally {
      oldReaches = oldBefore;
      newReaches = newBefore;
    }
  }

  /** Whether {@code types} (null: any) allows values of {@code type}, an integer being a number. */
  private static boolean allows(@Nullable Set<String> types, String type) {
    return types == null || types.contains(type) || type.equals("number") && types.contains("integer");
  }

  /** The schema a {@code $ref} names (following chains), or the schema itself; empty when a reference is broken. */
  private static Optional<PayloadSchema> deref(PayloadSchema schema) {
    PayloadSchema current = schema;
    for (int hops = 0; hops < 64; hops++) {
      JsonNode ref = current.node().path("$ref");
      if (!ref.isTextual()) {
        return Optional.of(current);
      }
      Optional<PayloadSchema> next = current.resolve(ref.textValue());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      current = next.get();
    }
    return Optional.empty();
  }

  /**
   * {@return the keyword ({@code allOf}, {@code anyOf} or {@code oneOf}) of which {@code schema} is a list of one
   * subschema with nothing beside it but annotations, or null}
   */
  private static @Nullable String wrapper(JsonNode schema) {
    String wrapper = null;
    for (Iterator<Map.Entry<String, JsonNode>> members = schema.fields(); members.hasNext(); ) {
      Map.Entry<String, JsonNode> member = members.next();
      String name = member.getKey();
      if (COMPOSITIONS.contains(name) && wrapper == null && member.getValue().isArray()
          && member.getValue().size() == 1) {
        wrapper = name;
      } else if (!ANNOTATIONS.contains(name) && !name.startsWith("x-")) {
        return null;
      }
    }
    return wrapper;
  }

  private static final List<String> COMPOSITIONS = List.of("anyOf", "oneOf", "allOf");

  private static boolean hasRef(JsonNode node) {
    if (node.isObject() && node.has("$ref")) {
      return true;
    }
    for (JsonNode child : node) {
      if (child.isContainerNode() && hasRef(child)) {
        return true;
      }
    }
    return false;
  }

  private void booleans(JsonNode a, JsonNode b, String pa, String pb, String where) {
    boolean allA = a.isBoolean() ? a.booleanValue() : a.isEmpty();
    boolean allB = b.isBoolean() ? b.booleanValue() : b.isEmpty();
    boolean noneA = a.isBoolean() && !a.booleanValue();
    boolean noneB = b.isBoolean() && !b.booleanValue();
    if (allA == allB && noneA == noneB) {
      return;
    }
    if (allB || noneA) {
      widened(JsonSchemaRules.TYPE, label(where) + " now accepts " + (allB ? "anything" : "values"), pa, pb);
    } else {
      narrowed(JsonSchemaRules.TYPE, label(where) + " now accepts " + (noneB ? "nothing" : "fewer values"), pa, pb);
    }
  }

  // type

  /** Compares the types the old version ({@code ta}) and the new one ({@code tb}) allow, null for any. */
  private void types(@Nullable Set<String> ta, @Nullable Set<String> tb, String pa, String pb, String where) {
    if (Objects.equals(ta, tb)) {
      return;
    }
    String message = label(where) + " type changed from " + (ta == null ? "any" : ta) + " to "
        + (tb == null ? "any" : tb);
    if (tb == null || ta != null && covers(tb, ta)) {
      widened(JsonSchemaRules.TYPE, message, pa + "/type", pb + "/type");
    } else if (ta == null || covers(ta, tb)) {
      narrowed(JsonSchemaRules.TYPE, message, pa + "/type", pb + "/type");
    } else {
      both(JsonSchemaRules.TYPE, ERROR, message, pa + "/type", pb + "/type");
    }
  }

  /** The types a schema allows (OpenAPI 3.0 {@code nullable} adds null); null when any. */
  private static Set<String> types(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return null;
    }
    Set<String> types = new TreeSet<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    if (schema.path("nullable").asBoolean(false)) {
      types.add("null");
    }
    if (types.contains("number")) {
      types.remove("integer"); // every integer is a number
    }
    return types.containsAll(EVERY_TYPE) ? null : types;
  }

  /** The types whose values are every JSON value (an integer being a number). */
  private static final Set<String> EVERY_TYPE = Set.of("string", "number", "boolean", "object", "array", "null");

  /** Whether every value of a type in {@code inner} is a value of a type in {@code outer} (integer is a number). */
  private static boolean covers(Set<String> outer, Set<String> inner) {
    for (String type : inner) {
      if (!outer.contains(type) && !(type.equals("integer") && outer.contains("number"))) {
        return false;
      }
    }
    return true;
  }

  // objects

  private static boolean closed(JsonNode schema) {
    return isFalse(schema, "additionalProperties") || isFalse(schema, "unevaluatedProperties");
  }

  /** {@return whether {@code schema} writes {@code keyword: false}} */
  private static boolean isFalse(JsonNode schema, String keyword) {
    return schema.path(keyword).isBoolean() && !schema.get(keyword).booleanValue();
  }

  /**
   * Whether {@code a} and {@code b} are closed, one by {@code additionalProperties: false} and the other by {@code
   * unevaluatedProperties: false}, and neither has a subschema applying in place, where the two keywords mean alike.
   */
  private static boolean closedAlike(JsonNode a, JsonNode b) {
    return !closedBy(a).isEmpty() && !closedBy(b).isEmpty() && !closedBy(a).equals(closedBy(b))
        && IN_PLACE.stream().noneMatch(k -> a.has(k) || b.has(k));
  }

  /** {@return the one keyword closing {@code schema}, {@code ""} when none or both do} */
  private static String closedBy(JsonNode schema) {
    boolean additional = isFalse(schema, "additionalProperties");
    boolean unevaluated = isFalse(schema, "unevaluatedProperties");
    return additional == unevaluated ? "" : additional ? "additionalProperties" : "unevaluatedProperties";
  }

  /** Keywords whose subschemas apply to the same instance, which unevaluatedProperties sees through. */
  private static final List<String> IN_PLACE = List.of("allOf", "anyOf", "oneOf", "not", "if", "then", "else",
      "$ref", "$dynamicRef", "dependentSchemas");

  private static Set<String> names(JsonNode array) {
    Set<String> names = new LinkedHashSet<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }

  private void properties(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where) {
    JsonNode a = sa.node();
    JsonNode b = sb.node();
    JsonNode propsA = a.path("properties");
    JsonNode propsB = b.path("properties");
    Set<String> reqA = names(a.path("required"));
    Set<String> reqB = names(b.path("required"));
    Set<String> all = new LinkedHashSet<>();
    propsA.fieldNames().forEachRemaining(all::add);
    propsB.fieldNames().forEachRemaining(all::add);
    for (String name : all) {
      String at = "/properties/" + escape(name);
      String what = (where.isEmpty() ? "" : where + ".") + name;
      if (propsA.has(name) && propsB.has(name)) {
        schema(sa.child(at), sb.child(at), pa + at, pb + at, what);
      } else if (propsB.has(name)) {
        boolean required = reqB.contains(name);
        boolean withDefault = propsB.get(name).has("default");
        Severity readers = closed(a) ? ERROR : INFO;
        Severity writers = required ? (withDefault ? WARNING : ERROR) : closed(a) ? INFO : WARNING;
        changes.report(JsonSchemaRules.PROPERTY_ADDED, readers, writers, "property " + what + " added"
            + (required ? ", required" : "") + (closed(a) ? " to a closed model" : " to an open model"), null,
            pb + at);
      } else {
        boolean required = reqA.contains(name);
        changes.report(JsonSchemaRules.PROPERTY_REMOVED, required ? ERROR : INFO, closed(b) ? ERROR : INFO,
            "property " + what + " removed" + (required ? " (it was required)" : ""), pa + at, null);
      }
    }
    for (String name : reqB) {
      if (!reqA.contains(name) && propsA.has(name) == propsB.has(name)) {
        boolean withDefault = propsB.path(name).has("default");
        changes.report(JsonSchemaRules.REQUIRED, INFO, withDefault ? INFO : ERROR, "property "
            + (where.isEmpty() ? "" : where + ".") + name + " became required", pa + "/required", pb + "/required");
      }
    }
    for (String name : reqA) {
      if (!reqB.contains(name) && propsA.has(name) == propsB.has(name)) {
        widened(JsonSchemaRules.REQUIRED, "property " + (where.isEmpty() ? "" : where + ".") + name
            + " is no longer required", pa + "/required", pb + "/required");
      }
    }
  }

  private void contentModel(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where, String key) {
    JsonNode a = sa.node().get(key);
    JsonNode b = sb.node().get(key);
    if (Objects.equals(a, b)) {
      return;
    }
    String at = "/" + key;
    if (a != null && b != null && !a.isBoolean() && !b.isBoolean()) {
      schema(sa.child(at), sb.child(at), pa + at, pb + at, label(where) + " " + key);
      return;
    }
    boolean openA = a == null || a.isBoolean() && a.booleanValue();
    boolean openB = b == null || b.isBoolean() && b.booleanValue();
    if (openA && openB) {
      return; // true and absent both let every other member through
    }
    boolean closedA = a != null && a.isBoolean() && !a.booleanValue();
    boolean closedB = b != null && b.isBoolean() && !b.booleanValue();
    String message = label(where) + " " + key + " changed from " + (a == null ? "absent" : a) + " to "
        + (b == null ? "absent" : b);
    if (openB && !openA || closedA && !closedB) {
      widened(JsonSchemaRules.CONTENT_MODEL, message, pa + at, pb + at);
    } else if (openA || closedB) {
      narrowed(JsonSchemaRules.CONTENT_MODEL, message, pa + at, pb + at);
    }
  }

  private void patternProperties(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where) {
    JsonNode a = sa.node().path("patternProperties");
    JsonNode b = sb.node().path("patternProperties");
    if (a.equals(b)) {
      return;
    }
    Set<String> all = new LinkedHashSet<>();
    a.fieldNames().forEachRemaining(all::add);
    b.fieldNames().forEachRemaining(all::add);
    for (String pattern : all) {
      String at = "/patternProperties/" + escape(pattern);
      String what = label(where) + " properties matching " + pattern;
      if (a.has(pattern) && b.has(pattern)) {
        schema(sa.child(at), sb.child(at), pa + at, pb + at, what);
      } else if (b.has(pattern)) {
        narrowed(JsonSchemaRules.CONTENT_MODEL, what + " are now constrained", null, pb + at);
      } else {
        widened(JsonSchemaRules.CONTENT_MODEL, what + " are no longer constrained", pa + at, null);
      }
    }
  }

  // values

  private void values(JsonNode a, JsonNode b, String pa, String pb, String where) {
    // a const where the other version has an enum is an enum of one value: const a and enum [a] are alike
    boolean foldA = a.has("const") && !a.has("enum") && b.has("enum") && !b.has("const");
    boolean foldB = b.has("const") && !b.has("enum") && a.has("enum") && !a.has("const");
    JsonNode ea = foldA ? JsonNodeFactory.instance.arrayNode().add(a.get("const")) : a.get("enum");
    JsonNode eb = foldB ? JsonNodeFactory.instance.arrayNode().add(b.get("const")) : b.get("enum");
    String atA = pa + (foldA ? "/const" : "/enum");
    String atB = pb + (foldB ? "/const" : "/enum");
    if (!Objects.equals(ea, eb)) {
      if (ea == null) {
        narrowed(JsonSchemaRules.ENUM, label(where) + " is now limited to " + eb, null, atB);
      } else if (eb == null) {
        widened(JsonSchemaRules.ENUM, label(where) + " is no longer limited to " + ea, atA, null);
      } else {
        List<JsonNode> added = missing(eb, ea);
        List<JsonNode> removed = missing(ea, eb);
        if (!added.isEmpty()) {
          widened(JsonSchemaRules.ENUM, label(where) + " gained enum values " + added, atA, atB);
        }
        if (!removed.isEmpty()) {
          narrowed(JsonSchemaRules.ENUM, label(where) + " lost enum values " + removed, atA, atB);
        }
      }
    }
    JsonNode ca = foldA || foldB ? null : a.get("const");
    JsonNode cb = foldA || foldB ? null : b.get("const");
    if (!Objects.equals(ca, cb)) {
      String message = label(where) + " const changed from " + (ca == null ? "none" : ca) + " to "
          + (cb == null ? "none" : cb);
      if (ca == null) {
        narrowed(JsonSchemaRules.CONST, message, null, pb + "/const");
      } else if (cb == null) {
        widened(JsonSchemaRules.CONST, message, pa + "/const", null);
      } else {
        both(JsonSchemaRules.CONST, ERROR, message, pa + "/const", pb + "/const");
      }
    }
  }

  private static List<JsonNode> missing(JsonNode from, JsonNode in) {
    List<JsonNode> missing = new ArrayList<>();
    for (JsonNode value : from) {
      boolean found = false;
      for (JsonNode other : in) {
        found |= other.equals(value);
      }
      if (!found) {
        missing.add(value);
      }
    }
    return missing;
  }

  private void bounds(JsonNode a, JsonNode b, String pa, String pb, String where, @Nullable Set<String> ta,
      @Nullable Set<String> tb) {
    for (String key : MAXIMA) {
      of(BOUNDED.get(key), ta, tb, () -> bound(a, b, pa, pb, where, key, true));
    }
    for (String key : MINIMA) {
      of(BOUNDED.get(key), ta, tb, () -> bound(a, b, pa, pb, where, key, false));
    }
    of("number", ta, tb, () -> multipleOf(a, b, pa, pb, where));
  }

  private void multipleOf(JsonNode a, JsonNode b, String pa, String pb, String where) {
    JsonNode ma = a.get("multipleOf");
    JsonNode mb = b.get("multipleOf");
    if (!Objects.equals(ma, mb) && !sameNumber(ma, mb)) {
      String message = label(where) + " multipleOf changed from " + (ma == null ? "none" : ma) + " to "
          + (mb == null ? "none" : mb);
      String at = "/multipleOf";
      if (ma == null || !ma.isNumber()) {
        narrowed(JsonSchemaRules.BOUNDS, message, null, pb + at);
      } else if (mb == null || !mb.isNumber()) {
        widened(JsonSchemaRules.BOUNDS, message, pa + at, null);
      } else if (divides(mb.decimalValue(), ma.decimalValue())) {
        widened(JsonSchemaRules.BOUNDS, message, pa + at, pb + at);
      } else if (divides(ma.decimalValue(), mb.decimalValue())) {
        narrowed(JsonSchemaRules.BOUNDS, message, pa + at, pb + at);
      } else {
        both(JsonSchemaRules.BOUNDS, ERROR, message, pa + at, pb + at);
      }
    }
  }

  private static boolean divides(BigDecimal divisor, BigDecimal value) {
    return divisor.signum() != 0 && value.remainder(divisor).signum() == 0;
  }

  /** A maximum ({@code upper}) or minimum moving: loosened widens, tightened narrows. */
  private void bound(JsonNode a, JsonNode b, String pa, String pb, String where, String key, boolean upper) {
    JsonNode va = bounding(key, a.get(key));
    JsonNode vb = bounding(key, b.get(key));
    if (Objects.equals(va, vb) || sameNumber(va, vb)) {
      return;
    }
    String message = label(where) + " " + key + " changed from " + (va == null ? "none" : va) + " to "
        + (vb == null ? "none" : vb);
    String at = "/" + key;
    if (va != null && !va.isNumber() || vb != null && !vb.isNumber()) { // draft 4 boolean exclusive bounds
      both(JsonSchemaRules.UNPROVABLE, WARNING, message, pa + at, pb + at);
      return;
    }
    int order = va == null ? 1 : vb == null ? -1 : vb.decimalValue().compareTo(va.decimalValue());
    boolean looser = va == null ? false : vb == null || (upper ? order > 0 : order < 0);
    // where a version lists its values (enum, const), the bound moves only what it lets through of them
    Iterable<JsonNode> valuesA = listed(a);
    Iterable<JsonNode> valuesB = listed(b);
    Severity readers = looser && (valuesB == null || !within(valuesB, key, va)) ? ERROR : INFO;
    Severity writers = !looser && (valuesA == null || !within(valuesA, key, vb)) ? ERROR : INFO;
    changes.report(JsonSchemaRules.BOUNDS, readers, writers, message, va == null ? null : pa + at,
        vb == null ? null : pb + at);
  }

  /** {@return the values {@code schema} lists ({@code const}, or the items of {@code enum}); null if it lists none} */
  private static @Nullable Iterable<JsonNode> listed(JsonNode schema) {
    if (schema.has("const")) {
      return List.of(schema.get("const"));
    }
    JsonNode values = schema.get("enum");
    return values != null && values.isArray() ? values : null;
  }

  /**
   * {@return whether each of {@code values} that the bound {@code key} constrains keeps within {@code bound} (null: no
   * bound)} Numbers and the lengths of strings, arrays and objects are measured; {@code minContains} and
   * {@code maxContains} are not, so a value they constrain does not keep within.
   */
  private static boolean within(Iterable<JsonNode> values, String key, @Nullable JsonNode bound) {
    if (bound == null) {
      return true;
    }
    for (JsonNode value : values) {
      BigDecimal measured = switch (BOUNDED.get(key)) {
        case "number" -> value.isNumber() ? value.decimalValue() : null;
        case "string" -> value.isTextual()
            ? BigDecimal.valueOf(value.textValue().codePointCount(0, value.textValue().length())) : null;
        case "array" -> value.isArray() ? BigDecimal.valueOf(value.size()) : null;
        default -> value.isObject() ? BigDecimal.valueOf(value.size()) : null;
      };
      if (measured == null) {
        continue; // a value of another type: the bound does not constrain it
      }
      int order = measured.compareTo(bound.decimalValue());
      boolean kept = switch (key) {
        case "minimum", "minLength", "minItems", "minProperties" -> order >= 0;
        case "maximum", "maxLength", "maxItems", "maxProperties" -> order <= 0;
        case "exclusiveMinimum" -> order > 0;
        case "exclusiveMaximum" -> order < 0;
        default -> false;
      };
      if (!kept) {
        return false;
      }
    }
    return true;
  }

  /** {@return {@code value}, or null where it bounds nothing: a minimum count of 0 (length, items, properties)} */
  private static @Nullable JsonNode bounding(String key, @Nullable JsonNode value) {
    return value != null && value.isNumber() && value.decimalValue().signum() == 0 && ZERO_BOUNDS_NOTHING.contains(key)
        ? null : value;
  }

  private static final Set<String> ZERO_BOUNDS_NOTHING = Set.of("minLength", "minItems", "minProperties");

  /** Whether both are numbers of the same value ({@code 3} and {@code 3.0}). */
  private static boolean sameNumber(@Nullable JsonNode a, @Nullable JsonNode b) {
    return a != null && b != null && a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
  }

  private void pattern(JsonNode a, JsonNode b, String pa, String pb, String where) {
    JsonNode ra = a.get("pattern");
    JsonNode rb = b.get("pattern");
    if (!Objects.equals(ra, rb)) {
      String message = label(where) + " pattern changed from " + (ra == null ? "none" : ra) + " to "
          + (rb == null ? "none" : rb);
      if (ra == null) {
        narrowed(JsonSchemaRules.PATTERN, message, null, pb + "/pattern");
      } else if (rb == null) {
        widened(JsonSchemaRules.PATTERN, message, pa + "/pattern", null);
      } else {
        both(JsonSchemaRules.PATTERN, WARNING, message + " (regular expressions cannot be compared)",
            pa + "/pattern", pb + "/pattern");
      }
    }
  }

  /** A format changed: an annotation unless asserted, and for numbers too (int32, int64): a warning. */
  private void format(JsonNode a, JsonNode b, String pa, String pb, String where) {
    if (!Objects.equals(a.get("format"), b.get("format"))) {
      both(JsonSchemaRules.FORMAT, WARNING, label(where) + " format changed from " + text(a.get("format")) + " to "
          + text(b.get("format")), pa + "/format", pb + "/format");
    }
  }

  // arrays

  private void arrays(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where) {
    JsonNode a = sa.node();
    JsonNode b = sb.node();
    boolean ua = a.path("uniqueItems").asBoolean(false);
    boolean ub = b.path("uniqueItems").asBoolean(false);
    if (ua != ub) {
      String message = label(where) + (ub ? " now needs unique items" : " no longer needs unique items");
      if (ub) {
        narrowed(JsonSchemaRules.UNIQUE_ITEMS, message, pa, pb + "/uniqueItems");
      } else {
        widened(JsonSchemaRules.UNIQUE_ITEMS, message, pa + "/uniqueItems", pb);
      }
    }
    for (String key : List.of("items", "contains", "additionalItems")) {
      JsonNode ia = key.equals("contains") ? a.get(key) : constraining(a.get(key));
      JsonNode ib = key.equals("contains") ? b.get(key) : constraining(b.get(key));
      if (Objects.equals(ia, ib) && (ia == null || !hasRef(ia))) {
        continue;
      }
      String at = "/" + key;
      if (ia != null && ib != null && ia.isArray() == ib.isArray()) {
        if (ia.isArray()) {
          tuple(sa, sb, pa, pb, where, key);
        } else {
          schema(sa.child(at), sb.child(at), pa + at, pb + at, where.isEmpty() ? "the schema's items" : where + "[]");
        }
      } else if (ia == null) {
        narrowed(JsonSchemaRules.TYPE, label(where) + " " + key + " now constrained", null, pb + at);
      } else if (ib == null) {
        widened(JsonSchemaRules.TYPE, label(where) + " " + key + " no longer constrained", pa + at, null);
      } else {
        both(JsonSchemaRules.UNPROVABLE, WARNING, label(where) + " " + key + " changed between a schema and a"
            + " tuple", pa + at, pb + at);
      }
    }
    if (a.has("prefixItems") || b.has("prefixItems")) {
      tuple(sa, sb, pa, pb, where, "prefixItems");
    }
  }

  private void tuple(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where, String key) {
    JsonNode ta = sa.node().path(key);
    JsonNode tb = sb.node().path(key);
    int common = Math.min(ta.size(), tb.size());
    for (int i = 0; i < common; i++) {
      String at = "/" + key + "/" + i;
      schema(sa.child(at), sb.child(at), pa + at, pb + at, where.isEmpty() ? "the schema's item " + i
          : where + "[" + i + "]");
    }
    for (int i = common; i < tb.size(); i++) {
      narrowed(JsonSchemaRules.TYPE, label(where) + " item " + i + " now constrained", null, pb + "/" + key + "/" + i);
    }
    for (int i = common; i < ta.size(); i++) {
      widened(JsonSchemaRules.TYPE, label(where) + " item " + i + " no longer constrained", pa + "/" + key + "/" + i,
          null);
    }
  }

  // composition

  /** {@return {@code schema}, or null where it lets every item through: {@code true} or {@code {}}} */
  private static @Nullable JsonNode constraining(@Nullable JsonNode schema) {
    return schema == null || schema.isBoolean() && schema.booleanValue() || schema.isObject() && schema.isEmpty()
        ? null : schema;
  }

  private void compositions(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where) {
    for (String key : COMPOSITIONS) {
      JsonNode a = sa.node().get(key);
      JsonNode b = sb.node().get(key);
      if (Objects.equals(a, b) && (a == null || !hasRef(a))) {
        continue;
      }
      String at = "/" + key;
      if (a == null) { // branches or subschemas where there were none, of a sum or a product, narrow what is valid
        narrowed(JsonSchemaRules.COMPOSITION, label(where) + " " + key + " added", null, pb + at);
      } else if (b == null) {
        widened(JsonSchemaRules.COMPOSITION, label(where) + " " + key + " removed", pa + at, null);
      } else if (!a.isArray() || !b.isArray()) { // what a list of schemas written as another value means is no rule's
        both(JsonSchemaRules.UNPROVABLE, WARNING, label(where) + " " + key + " changed, and is not a list of schemas",
            pa + at, pb + at);
      } else {
        branches(sa, sb, pa, pb, where, key, !key.equals("allOf"));
      }
    }
  }

  /** Branches matched by equality, the rest by place; an extra branch widens a sum and narrows a product. */
  private void branches(PayloadSchema sa, PayloadSchema sb, String pa, String pb, String where, String key,
      boolean sum) {
    JsonNode a = sa.node().get(key);
    JsonNode b = sb.node().get(key);
    List<Integer> freeA = new ArrayList<>();
    List<Integer> freeB = new ArrayList<>();
    for (int j = 0; j < b.size(); j++) {
      freeB.add(j);
    }
    for (int i = 0; i < a.size(); i++) {
      int match = -1;
      for (int j : freeB) {
        if (a.get(i).equals(b.get(j)) && !hasRef(a.get(i))) {
          match = j;
          break;
        }
      }
      if (match >= 0) {
        freeB.remove(Integer.valueOf(match));
      } else {
        freeA.add(i);
      }
    }
    int common = Math.min(freeA.size(), freeB.size());
    for (int k = 0; k < common; k++) {
      String atA = "/" + key + "/" + freeA.get(k);
      String atB = "/" + key + "/" + freeB.get(k);
      schema(sa.child(atA), sb.child(atB), pa + atA, pb + atB, label(where) + " " + key + " branch");
    }
    for (int k = common; k < freeB.size(); k++) {
      String message = label(where) + " " + key + " gained a branch";
      String at = pb + "/" + key + "/" + freeB.get(k);
      if (sum) {
        widened(JsonSchemaRules.COMPOSITION, message, null, at);
      } else {
        narrowed(JsonSchemaRules.COMPOSITION, message, null, at);
      }
    }
    for (int k = common; k < freeA.size(); k++) {
      String message = label(where) + " " + key + " lost a branch";
      String at = pa + "/" + key + "/" + freeA.get(k);
      if (sum) {
        narrowed(JsonSchemaRules.COMPOSITION, message, at, null);
      } else {
        widened(JsonSchemaRules.COMPOSITION, message, at, null);
      }
    }
  }

  private void dependencies(JsonNode a, JsonNode b, String pa, String pb, String where) {
    for (String key : List.of("dependentRequired", "dependentSchemas", "dependencies")) {
      JsonNode da = a.path(key);
      JsonNode db = b.path(key);
      if (da.equals(db)) {
        continue;
      }
      Set<String> all = new LinkedHashSet<>();
      da.fieldNames().forEachRemaining(all::add);
      db.fieldNames().forEachRemaining(all::add);
      for (String name : all) {
        String at = "/" + key + "/" + escape(name);
        String message = label(where) + " " + key + " of " + name;
        if (!da.has(name)) {
          narrowed(JsonSchemaRules.DEPENDENCIES, message + " added", null, pb + at);
        } else if (!db.has(name)) {
          widened(JsonSchemaRules.DEPENDENCIES, message + " removed", pa + at, null);
        } else if (!da.get(name).equals(db.get(name))) {
          both(JsonSchemaRules.DEPENDENCIES, WARNING, message + " changed", pa + at, pb + at);
        }
      }
    }
  }

  /**
   * Defaults, dialect, annotations (documentation), {@code not} written or removed, the keywords no rule compares and
   * unknown keywords (unprovable). Definitions ({@code $defs}) are judged where they are referenced: when that found a
   * change ({@code judged}), theirs is not reported again as an annotation.
   */
  private void rest(JsonNode a, JsonNode b, String pa, String pb, String where, boolean judged) {
    if (!Objects.equals(a.get("default"), b.get("default"))) {
      changes.report(JsonSchemaRules.DEFAULT, INFO, WARNING, label(where) + " default changed from "
          + text(a.get("default")) + " to " + text(b.get("default")), pa + "/default", pb + "/default");
    }
    if (!a.path("readOnly").asBoolean(false) && b.path("readOnly").asBoolean(false)) {
      narrowed(JsonSchemaRules.ACCESS, label(where) + " became readOnly", pa, pb + "/readOnly");
    }
    if (!a.path("writeOnly").asBoolean(false) && b.path("writeOnly").asBoolean(false)) {
      widened(JsonSchemaRules.ACCESS, label(where) + " became writeOnly", pa, pb + "/writeOnly");
    }
    if (!Objects.equals(a.get("discriminator"), b.get("discriminator"))) {
      both(JsonSchemaRules.COMPOSITION, ERROR, label(where) + " discriminator changed (OpenAPI)",
          pa + "/discriminator", pb + "/discriminator");
    }
    if (!Objects.equals(a.get("$schema"), b.get("$schema"))) {
      both(JsonSchemaRules.DIALECT, WARNING, label(where) + " $schema changed from " + text(a.get("$schema"))
          + " to " + text(b.get("$schema")), pa + "/$schema", pb + "/$schema");
    }
    Set<String> keys = new TreeSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    boolean annotated = false;
    for (String key : keys) {
      if (Objects.equals(a.get(key), b.get(key)) || COMPARED.contains(key) || MAXIMA.contains(key)
          || MINIMA.contains(key)) {
        continue;
      }
      if (ANNOTATIONS.contains(key) || key.startsWith("x-")) {
        annotated |= !(judged && DEFINITIONS.contains(key));
      } else if (key.equals("not") && (a.get(key) == null || b.get(key) == null)) {
        String message = label(where) + " not " + (a.get(key) == null ? "added" : "removed");
        if (a.get(key) == null) { // a value must now also fail a schema: fewer are valid
          narrowed(JsonSchemaRules.COMPOSITION, message, null, pb + "/not");
        } else {
          widened(JsonSchemaRules.COMPOSITION, message, pa + "/not", null);
        }
      } else {
        both(JsonSchemaRules.UNPROVABLE, WARNING, label(where) + " " + key + " changed"
            + (UNPROVABLE.contains(key) ? "" : " (a keyword the rules do not know)"), pa + "/" + escape(key),
            pb + "/" + escape(key));
      }
    }
    if (annotated) {
      both(JsonSchemaRules.DOCUMENTATION, INFO, label(where) + " changed its annotations", pa, pb);
    }
  }

  private static String text(JsonNode node) {
    return node == null ? "none" : node.toString();
  }
}
