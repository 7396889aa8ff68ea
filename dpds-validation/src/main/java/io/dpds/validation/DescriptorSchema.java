package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.internal.LoadedObject;
import io.dpds.internal.NameIndex;
import io.dpds.load.Pointers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The bundled DPDS 1.0.0 JSON Schema compiled into checks for the keywords it uses: {@code type}, {@code properties},
 * {@code additionalProperties}, {@code items}, {@code required}, {@code allOf}, {@code $ref} to its own
 * {@code $defs}, {@code if}/{@code then}/{@code else}, boolean schemas, {@code format}, {@code minLength},
 * {@code minimum} and {@code maximum}, with JSON Schema 2020-12's meaning (an integral float is an integer; format is
 * asserted). Any other keyword fails the compilation, so an edit of the schema cannot be silently ignored.
 *
 * <p>Validation walks the instance once, allocates nothing on a valid descriptor (but a note of each item it is asked
 * to leave for later) and builds a pointer only for a violation. Violations come in the order a JSON Schema validator
 * reports them: the keywords of each subschema as written, the properties of {@code properties} in the schema's order.
 * Immutable and thread-safe.
 */
final class DescriptorSchema {

  /**
   * One failed assertion.
   *
   * @param keyword the keyword that failed ({@code type}, {@code required}, {@code format}, ...)
   * @param pointer where, in the instance
   * @param value the instance node there
   * @param parent the object or array {@code value} is a member or item of; null for the root
   * @param field what a reader finds in the file there: the member's name, {@code tags[2]} for an item of an array,
   *     {@code the descriptor} for the root
   * @param property the missing property, for {@code required}
   * @param format the format name, for {@code format}
   * @param message what is wrong, for {@code type}: {@code integer found, string expected}
   */
  record Violation(String keyword, String pointer, JsonNode value, @Nullable JsonNode parent, String field,
      @Nullable String property, @Nullable String format, String message) {}

  private static final Set<String> ANNOTATIONS =
      Set.of("$id", "$schema", "$comment", "title", "description", "readOnly", "$defs");

  private final Keyword root;

  private DescriptorSchema(Keyword root) {
    this.root = root;
  }

  /**
   * {@return the schema read from the JSON Schema resource {@code resource} beside this class}
   *
   * @param resource the resource's name
   * @param formats the predicate of each format the schema names
   * @throws IllegalStateException when the resource is missing or uses a keyword this class does not evaluate
   */
  static DescriptorSchema load(String resource, Map<String, Predicate<String>> formats) {
    try (InputStream in = DescriptorSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled schema " + resource + " is missing from the class path");
      }
      JsonNode document = new ObjectMapper().readTree(in);
      return new DescriptorSchema(new Compiler(document, formats).compile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the violations of {@code instance}, in the order described above}
   *
   * @param instance the resolved descriptor's tree
   */
  List<Violation> validate(JsonNode instance) {
    return start(instance, List.of()).finish();
  }

  /**
   * {@return a validation of {@code instance} whose items of the arrays {@code later} are left to be checked one by one
   * through {@link Pass#check}, while the caller has them at hand; everything else is checked now}
   *
   * @param instance the resolved descriptor's tree
   * @param later arrays of {@code instance}; other nodes are ignored
   */
  Pass start(JsonNode instance, List<JsonNode> later) {
    Pass pass = new Pass(later);
    root.check(instance, pass.trail, pass.violations);
    return pass;
  }

  /**
   * One validation, some of whose items are left for later ({@link #start}). Its violations are those and in the order
   * of {@link #validate}, whichever items are checked early. Used by one thread.
   */
  static final class Pass {
    private final List<JsonNode> later;
    private final Trail trail = new Trail(this);
    private final List<Violation> violations = new ArrayList<>();
    private final List<Item> items = new ArrayList<>(); // left for later, in document order
    private int next; // the item expected next: callers mostly check the items of an array in their order
    private @Nullable Map<JsonNode, Item> itemOf; // every item, made when a node is not the one expected
    private final List<Violation> found = new ArrayList<>(); // of the item being checked

    private Pass(List<JsonNode> later) {
      this.later = later;
    }

    /** An item left for later: where it goes in the violations, its place, and once checked its own violations. */
    private static final class Item {
      final int position; // in items
      final int at;
      final Place array;
      final int index;
      final Keyword schema;
      final JsonNode node;
      @Nullable List<Violation> found;

      Item(int position, int at, Place array, int index, Keyword schema, JsonNode node) {
        this.position = position;
        this.at = at;
        this.array = array;
        this.index = index;
        this.schema = schema;
        this.node = node;
      }
    }

    /** The tokens of an array's place, and the array. */
    private record Place(String[] names, int[] indexes, JsonNode array) {}

    /** Leaves the items of the current node, an array left for later, to be checked later against {@code schema}. */
    private void leave(JsonNode array, Keyword schema) {
      Place place = new Place(Arrays.copyOf(trail.names, trail.depth), Arrays.copyOf(trail.items, trail.depth),
          array);
      for (int i = 0; i < array.size(); i++) {
        items.add(new Item(items.size(), violations.size(), place, i, schema, array.get(i)));
      }
    }

    /**
     * Checks {@code node} now if it is an item left for later and not checked yet; does nothing otherwise. An item is
     * found at once when it follows the one checked last; any other node is looked up by identity.
     *
     * @param node a node of the instance
     */
    void check(JsonNode node) {
      if (items.isEmpty()) {
        return;
      }
      Item item = next < items.size() && items.get(next).node == node ? items.get(next) : itemOf().get(node);
      if (item != null && item.found == null) {
        check(item);
        next = item.position + 1;
      }
    }

    private Map<JsonNode, Item> itemOf() {
      if (itemOf == null) {
        itemOf = new IdentityHashMap<>(items.size());
        for (int i = items.size() - 1; i >= 0; i--) { // a node in two arrays (through references): its first item
          itemOf.put(items.get(i).node, items.get(i));
        }
      }
      return itemOf;
    }

    private void check(Item item) {
      int depth = item.array.names().length;
      trail.reserve(depth);
      System.arraycopy(item.array.names(), 0, trail.names, 0, depth);
      System.arraycopy(item.array.indexes(), 0, trail.items, 0, depth);
      trail.depth = depth;
      found.clear();
      trail.item(item.array.array(), item.index, item.schema, item.node, found);
      item.found = found.isEmpty() ? List.of() : List.copyOf(found);
      Arrays.fill(trail.names, 0, depth, null);
      trail.depth = 0;
    }

    /** {@return every violation, in the order of {@link #validate}}; what is left is checked first */
    List<Violation> finish() {
      int total = violations.size();
      for (Item item : items) {
        if (item.found == null) {
          check(item);
        }
        total += item.found.size();
      }
      if (total == violations.size()) {
        return violations; // none in the items
      }
      List<Violation> all = new ArrayList<>(total);
      int next = 0;
      for (Item item : items) {
        all.addAll(violations.subList(next, item.at));
        all.addAll(item.found);
        next = item.at;
      }
      all.addAll(violations.subList(next, violations.size()));
      return all;
    }
  }

  /**
   * The tokens from the root to the node being checked, and the containers they are read from: a pointer is only built
   * for a violation.
   */
  private static final class Trail {
    private final Pass pass;
    private String[] names = new String[16]; // a member's name, or null for an item
    private int[] items = new int[16]; // an item's index
    private JsonNode[] parents = new JsonNode[16]; // the object or array the token is read from
    private JsonNode[][] scratch = new JsonNode[16][]; // one row per depth, empty between uses
    private int depth;

    Trail(Pass pass) {
      this.pass = pass;
    }

    /**
     * Leaves the items of {@code array}, the current node, to be checked later against {@code schema} when it is one
     * of the arrays left for later and the validation reports; {@return whether it did}
     */
    boolean leftForLater(JsonNode array, Keyword schema, @Nullable List<Violation> out) {
      if (out != null) {
        for (JsonNode later : pass.later) {
          if (later == array) {
            pass.leave(array, schema);
            return true;
          }
        }
      }
      return false;
    }

    /** Makes room for {@code depth} tokens. */
    void reserve(int depth) {
      if (depth >= names.length) {
        names = Arrays.copyOf(names, depth * 2);
        items = Arrays.copyOf(items, depth * 2);
        parents = Arrays.copyOf(parents, depth * 2);
      }
    }

    /** {@return the empty scratch row of the current depth, of at least {@code length} slots; empty it after use} */
    JsonNode[] scratch(int length) {
      if (depth >= scratch.length) {
        scratch = Arrays.copyOf(scratch, Math.max(depth + 1, scratch.length * 2));
      }
      if (scratch[depth] == null || scratch[depth].length < length) {
        scratch[depth] = new JsonNode[length];
      }
      return scratch[depth];
    }

    /** Checks {@code value}, the member {@code name} of {@code node}, the current node, against {@code schema}. */
    boolean member(JsonNode node, String name, Keyword schema, JsonNode value, @Nullable List<Violation> out) {
      return below(node, name, 0, schema, value, out);
    }

    /** Checks {@code value}, the item {@code index} of {@code node}, the current node, against {@code schema}. */
    boolean item(JsonNode node, int index, Keyword schema, JsonNode value, @Nullable List<Violation> out) {
      return below(node, null, index, schema, value, out);
    }

    private boolean below(JsonNode node, @Nullable String name, int index, Keyword schema, JsonNode value,
        @Nullable List<Violation> out) {
      reserve(depth);
      names[depth] = name;
      parents[depth] = node;
      items[depth++] = index;
      boolean valid = schema.check(value, this, out);
      names[--depth] = null;
      parents[depth] = null;
      return valid;
    }

    /** {@return a violation of {@code keyword} by {@code node}, the current node} */
    Violation violation(String keyword, JsonNode node, @Nullable String property, @Nullable String format,
        String message) {
      return new Violation(keyword, pointer(), node, depth == 0 ? null : parents[depth - 1], field(), property,
          format, message);
    }

    /** {@return the current node's name as a reader finds it in the file, see {@link Violation#field}} */
    private String field() {
      int named = depth - 1;
      while (named >= 0 && names[named] == null) {
        named--;
      }
      String name = named < 0 ? "the descriptor" : names[named];
      if (named == depth - 1) {
        return name; // a member's name, as it is: most violations are of members
      }
      StringBuilder field = new StringBuilder(name);
      for (int i = named + 1; i < depth; i++) {
        field.append('[').append(items[i]).append(']');
      }
      return field.toString();
    }

    String pointer() {
      int length = 0;
      for (int i = 0; i < depth; i++) {
        length += 1 + (names[i] != null ? names[i].length() : digits(items[i])); // an escape is rare: it grows it
      }
      StringBuilder pointer = new StringBuilder(length);
      for (int i = 0; i < depth; i++) {
        pointer.append('/');
        if (names[i] != null) {
          pointer.append(Pointers.escape(names[i]));
        } else {
          pointer.append(items[i]);
        }
      }
      return pointer.toString();
    }

    private static int digits(int index) {
      int digits = 1;
      for (int rest = index; rest >= 10; rest /= 10) {
        digits++;
      }
      return digits;
    }
  }

  /**
   * One keyword of a subschema (or a whole subschema). {@code check} reports to {@code out} and returns whether the
   * node is valid; with {@code out} null it only answers, stopping at the first failure.
   */
  private abstract static class Keyword { // a class, not an interface: its calls dispatch through a vtable
    abstract boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out);
  }

  /** The keywords of one subschema, each checked in order. */
  private static final class Subschema extends Keyword {
    private final Keyword[] keywords;

    Subschema(Keyword[] keywords) {
      this.keywords = keywords;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      boolean valid = true;
      for (Keyword keyword : keywords) {
        if (!keyword.check(node, trail, out)) {
          valid = false;
          if (out == null) {
            return false;
          }
        }
      }
      return valid;
    }
  }

  /** A {@code $ref} back into a definition of {@code $defs} still being compiled, bound once it is. */
  private static final class Ref extends Keyword {
    private @Nullable Keyword target;

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      return target.check(node, trail, out);
    }
  }

  private static final class False extends Keyword {
    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (out != null) {
        out.add(trail.violation("false", node, null, null, "schema is always invalid"));
      }
      return false;
    }
  }

  /**
   * {@code type}, as a set of bits, one per JSON type a node may have: a node's type is found by a switch on its kind,
   * not by name. A number that is integral by value is also an {@code integer}.
   */
  private static final class Type extends Keyword {
    private static final List<String> NAMES = List.of("object", "array", "string", "boolean", "integer", "number",
        "null");
    private static final int OBJECTS = bit("object");
    private static final int ARRAYS = bit("array");
    private static final int STRINGS = bit("string");
    private static final int BOOLEANS = bit("boolean");
    private static final int INTEGERS = bit("integer");
    private static final int NUMBERS = bit("number");
    private static final int NULLS = bit("null");

    private final int types;
    private final String expected;

    Type(List<String> types, String expected) {
      int bits = 0;
      for (String type : types) {
        bits |= bit(type);
      }
      this.types = bits;
      this.expected = expected;
    }

    /** {@return the bit of the type named {@code type}} */
    private static int bit(String type) {
      int position = NAMES.indexOf(type);
      if (position < 0) {
        throw new IllegalStateException("the type " + type + " is not a JSON Schema type");
      }
      return 1 << position;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      int found = typeOf(node);
      if ((types & found) != 0 || found == NUMBERS && (types & INTEGERS) != 0 && isIntegral(node)) {
        return true;
      }
      if (out != null) {
        out.add(trail.violation("type", node, null, null,
            NAMES.get(Integer.numberOfTrailingZeros(found)) + " found, " + expected + " expected"));
      }
      return false;
    }

    /** {@return the bit of the node's type: {@code integer} for a number written as one, else {@code number}} */
    private static int typeOf(JsonNode node) {
      return switch (node.getNodeType()) {
        case OBJECT -> OBJECTS;
        case ARRAY -> ARRAYS;
        case STRING -> STRINGS;
        case BOOLEAN -> BOOLEANS;
        case NUMBER -> node.isIntegralNumber() ? INTEGERS : NUMBERS;
        default -> NULLS;
      };
    }

    private static boolean isIntegral(JsonNode node) {
      if (node.isBigDecimal()) {
        BigDecimal value = node.decimalValue();
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
      }
      double value = node.doubleValue();
      return Double.isFinite(value) && value == Math.rint(value);
    }
  }

  private static final class Format extends Keyword {
    private final String name;
    private final Predicate<String> valid;

    Format(String name, Predicate<String> valid) {
      this.name = name;
      this.valid = valid;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (!node.isTextual() || valid.test(node.textValue())) {
        return true;
      }
      if (out != null) {
        out.add(trail.violation("format", node, null, name, "does not match the " + name + " format"));
      }
      return false;
    }
  }

  private static final class MinLength extends Keyword {
    private final int length;

    MinLength(int length) {
      this.length = length;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (!node.isTextual() || node.textValue().codePointCount(0, node.textValue().length()) >= length) {
        return true;
      }
      if (out != null) {
        out.add(trail.violation("minLength", node, null, null,
            "must be at least " + length + " characters long"));
      }
      return false;
    }
  }

  /**
   * {@code minimum} (at least {@code bound}) or {@code maximum} (at most), compared exactly. A decimal too large even
   * for a double ({@code 1e400}) is left alone, as networknt's validator leaves it: {@link SchemaCheck} says of it that
   * it is too large even for a double. A double that is infinite is beyond every bound; NaN within all.
   */
  private static final class Bound extends Keyword {
    private final String keyword;
    private final BigDecimal bound;

    Bound(String keyword, BigDecimal bound) {
      this.keyword = keyword;
      this.bound = bound;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (!node.isNumber() || within(node)) {
        return true;
      }
      if (out != null) {
        out.add(trail.violation(keyword, node, null, null,
            "must have a " + keyword + " value of " + bound.toPlainString()));
      }
      return false;
    }

    private boolean within(JsonNode node) {
      boolean minimum = keyword.equals("minimum");
      double value = node.doubleValue();
      if (Double.isNaN(value) || node.isBigDecimal() && Double.isInfinite(value)) {
        return true;
      }
      if (Double.isInfinite(value)) {
        return minimum == value > 0;
      }
      int order = node.isIntegralNumber()
          ? new BigDecimal(node.bigIntegerValue()).compareTo(bound) : node.decimalValue().compareTo(bound);
      return minimum ? order >= 0 : order <= 0;
    }
  }

  /** {@code required}. Its names are interned, as a parser interns keys, so a member present is found by reference. */
  private static final class Required extends Keyword {
    private final String[] names;

    Required(String[] names) {
      this.names = names;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (!node.isObject()) {
        return true;
      }
      boolean valid = true;
      for (String name : names) {
        if (node.get(name) == null) {
          if (out == null) {
            return false;
          }
          valid = false;
          out.add(trail.violation("required", node, name, null,
              "required property '" + name + "' not found"));
        }
      }
      return valid;
    }
  }

  /**
   * {@code properties}, checked in the schema's order. An object with fewer members than the schema names is read
   * member by member (each looked up in {@code index}, the position of every name) into the trail's scratch row;
   * otherwise each name is looked up in the object.
   */
  private static final class Properties extends Keyword {
    private final String[] names;
    private final Keyword[] schemas;
    private final NameIndex index;

    Properties(String[] names, Keyword[] schemas) {
      this.names = names;
      this.schemas = schemas;
      this.index = new NameIndex(Arrays.asList(names));
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (!node.isObject()) {
        return true;
      }
      if (node.size() >= names.length) {
        boolean valid = true;
        for (int i = 0; i < names.length; i++) {
          JsonNode value = node.get(names[i]);
          if (value != null && !trail.member(node, names[i], schemas[i], value, out)) {
            if (out == null) {
              return false;
            }
            valid = false;
          }
        }
        return valid;
      }
      JsonNode[] found = trail.scratch(names.length);
      int left = 0;
      if (node instanceof LoadedObject members && members.indexedCount() >= 0) { // read by position: no iterator
        for (int m = 0, n = members.indexedCount(); m < n; m++) {
          left += take(members.memberName(m), members.memberValue(m), found);
        }
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> member = it.next();
          left += take(member.getKey(), member.getValue(), found);
        }
      }
      boolean valid = true;
      for (int i = 0; left > 0; i++) {
        JsonNode value = found[i];
        if (value == null) {
          continue;
        }
        found[i] = null;
        left--;
        if (!trail.member(node, names[i], schemas[i], value, out)) {
          if (out == null) {
            Arrays.fill(found, i, names.length, null);
            return false;
          }
          valid = false;
        }
      }
      return valid;
    }

    /** Puts {@code value} at its name's position in {@code found} if the schema names it; {@return 1 if so, else 0} */
    private int take(String name, JsonNode value, JsonNode[] found) {
      int i = index.of(name);
      if (i < 0) {
        return 0;
      }
      found[i] = value;
      return 1;
    }
  }

  /** {@code additionalProperties}: the schema of every member {@code properties} does not name. */
  private static final class Additional extends Keyword {
    private final NameIndex named;
    private final Keyword schema;

    Additional(NameIndex named, Keyword schema) {
      this.named = named;
      this.schema = schema;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (!node.isObject()) {
        return true;
      }
      boolean valid = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        if (named.of(member.getKey()) < 0 && !trail.member(node, member.getKey(), schema, member.getValue(), out)) {
          if (out == null) {
            return false;
          }
          valid = false;
        }
      }
      return valid;
    }
  }

  private static final class Items extends Keyword {
    private final Keyword schema;

    Items(Keyword schema) {
      this.schema = schema;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      if (!node.isArray()) {
        return true;
      }
      if (trail.leftForLater(node, schema, out)) { // reported later, where they are: valid as far as this walk can say
        return true;
      }
      boolean valid = true;
      for (int i = 0; i < node.size(); i++) {
        if (!trail.item(node, i, schema, node.get(i), out)) {
          if (out == null) {
            return false;
          }
          valid = false;
        }
      }
      return valid;
    }
  }

  private static final class Conditional extends Keyword {
    private final Keyword condition;
    private final @Nullable Keyword then;
    private final @Nullable Keyword otherwise;

    Conditional(Keyword condition, @Nullable Keyword then, @Nullable Keyword otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    boolean check(JsonNode node, Trail trail, @Nullable List<Violation> out) {
      Keyword branch = condition.check(node, trail, null) ? then : otherwise;
      return branch == null || branch.check(node, trail, out);
    }
  }

  /**
   * Reads the schema document into keywords. A {@code $ref} becomes the keyword of the definition it names, compiled
   * once and shared by every reference to it; only a reference back into a definition still being compiled (a
   * recursive schema) goes through a {@link Ref}, bound once that definition is done.
   */
  private static final class Compiler {
    private final JsonNode document;
    private final Map<String, Predicate<String>> formats;
    private final Map<String, Keyword> definitions = new LinkedHashMap<>();

    Compiler(JsonNode document, Map<String, Predicate<String>> formats) {
      this.document = document;
      this.formats = formats;
    }

    Keyword compile() {
      return subschema(document, "");
    }

    private Keyword definition(String ref) {
      Keyword known = definitions.get(ref);
      if (known != null) {
        return known;
      }
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only references into the schema itself are supported: " + ref);
      }
      JsonNode target = Pointers.at(document, Pointers.fromFragment(ref.substring(1)));
      if (target.isMissingNode()) {
        throw new IllegalStateException("the schema's reference " + ref + " leads nowhere");
      }
      Ref placeholder = new Ref(); // a definition may refer to itself, directly or not
      definitions.put(ref, placeholder);
      placeholder.target = subschema(target, ref);
      definitions.put(ref, placeholder.target);
      return placeholder.target;
    }

    private Keyword subschema(JsonNode schema, String where) {
      if (schema.isBoolean()) {
        return schema.booleanValue() ? new Subschema(new Keyword[0]) : new False();
      }
      if (!schema.isObject()) {
        throw new IllegalStateException("not a schema at " + where + ": " + schema);
      }
      List<Keyword> keywords = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String keyword = entry.getKey();
        JsonNode value = entry.getValue();
        String at = where + "/" + Pointers.escape(keyword);
        switch (keyword) {
          case "type" -> keywords.add(type(value));
          case "format" -> keywords.add(format(value.textValue(), at));
          case "minLength" -> keywords.add(new MinLength(value.intValue()));
          case "minimum", "maximum" -> keywords.add(new Bound(keyword, value.decimalValue()));
          case "required" -> {
            List<String> names = new ArrayList<>();
            value.forEach(name -> names.add(name.textValue().intern()));
            keywords.add(new Required(names.toArray(String[]::new)));
          }
          case "properties" -> keywords.add(properties(value, at));
          case "additionalProperties" -> {
            List<String> named = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(name -> named.add(name.intern()));
            keywords.add(new Additional(new NameIndex(named), subschema(value, at)));
          }
          case "items" -> keywords.add(new Items(subschema(value, at)));
          case "allOf" -> {
            List<Keyword> all = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
              all.add(subschema(value.get(i), at + "/" + i));
            }
            keywords.add(new Subschema(all.toArray(Keyword[]::new)));
          }
          case "$ref" -> keywords.add(definition(value.textValue()));
          case "if" -> keywords.add(new Conditional(subschema(value, at),
              schema.has("then") ? subschema(schema.get("then"), where + "/then") : null,
              schema.has("else") ? subschema(schema.get("else"), where + "/else") : null));
          case "then", "else" -> { } // read with "if"
          default -> {
            if (!ANNOTATIONS.contains(keyword)) {
              throw new IllegalStateException("the keyword " + keyword + " at " + where + " is not supported");
            }
          }
        }
      }
      return keywords.size() == 1 ? keywords.get(0) : new Subschema(keywords.toArray(Keyword[]::new));
    }

    /** The {@code type} keyword: one type's name or a list of them. */
    private static Keyword type(JsonNode value) {
      List<String> types = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(type -> types.add(type.textValue()));
      } else {
        types.add(value.textValue());
      }
      return new Type(types, value.isArray() ? types.toString() : types.get(0));
    }

    private Keyword format(String name, String at) {
      Predicate<String> valid = formats.get(name);
      if (valid == null) {
        throw new IllegalStateException("the format " + name + " at " + at + " has no predicate");
      }
      return new Format(name, valid);
    }

    private Keyword properties(JsonNode value, String at) {
      List<String> names = new ArrayList<>();
      List<Keyword> schemas = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        names.add(property.getKey().intern());
        schemas.add(subschema(property.getValue(), at + "/" + Pointers.escape(property.getKey())));
      }
      return new Properties(names.toArray(String[]::new), schemas.toArray(Keyword[]::new));
    }
  }
}
