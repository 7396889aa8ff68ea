package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.format.Format;
import io.dpds.load.Pointers;
import io.dpds.model.PortKind;
import io.dpds.report.Rule;
import io.dpds.validation.DescriptorSchema.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Validates the resolved descriptor against our copy of the DPDS 1.0.0 JSON Schema (see {@code SCHEMA-FIXES.md}
 * beside it). Every referenced component is validated in place against its sub-schema, so each finding's pointer is in
 * the resolved descriptor and its location in the file the component was written in. The schema is compiled once per
 * JVM ({@link DescriptorSchema}); the custom formats name, version, fqn and alphanumeric are asserted, uuid and
 * uri-reference as networknt's JSON Schema validator reads them. The ports of {@code interfaceComponents} are checked
 * as the validation reaches them when there are many, the rest of the tree at the start; the findings are reported at
 * the end, in the order of one walk of the whole tree.
 */
final class SchemaCheck implements ObjectCheck {

  static final String RESOURCE = "dpds-1.0.0.schema.json";

  private static final List<Rule> RULES =
      List.of(
          ValidationRules.ROOT_REQUIRED, ValidationRules.INFO_REQUIRED, ValidationRules.COMPONENT_REQUIRED,
          ValidationRules.DEFINITION_REQUIRED, ValidationRules.REFERENCE_REQUIRED, ValidationRules.SCHEMA_TYPE,
          ValidationRules.FORMAT_NAME, ValidationRules.FORMAT_VERSION,
          ValidationRules.FORMAT_FQN, ValidationRules.FORMAT_UUID, ValidationRules.FORMAT_ALPHANUMERIC,
          ValidationRules.FORMAT_URI_REFERENCE, ValidationRules.TASK_ORDER);

  private static final Map<String, Rule> FORMAT_RULES =
      Map.of(
          "name", ValidationRules.FORMAT_NAME,
          "version", ValidationRules.FORMAT_VERSION,
          "fqn", ValidationRules.FORMAT_FQN,
          "alphanumeric", ValidationRules.FORMAT_ALPHANUMERIC,
          "uuid", ValidationRules.FORMAT_UUID,
          "uri-reference", ValidationRules.FORMAT_URI_REFERENCE);

  /**
   * Ports from which a descriptor's are checked as the validation reaches them: below, the tree stays in the
   * processor's caches from one pass to the next, and leaving the ports for later only costs.
   */
  static final int PORTS_CHECKED_LATER = 1_000;

  private static final Pattern TASK_ORDER = Pattern.compile("/internalComponents/lifecycleInfo/[^/]+/\\d+/order");

  static final class Holder {
    static final DescriptorSchema SCHEMA = compile();
  }

  @Override
  public List<Rule> rules() {
    return RULES;
  }

  /** {@return the arrays of {@code tree} whose items, the ports, are checked as the validation reaches them} */
  static List<JsonNode> portArrays(JsonNode tree) {
    JsonNode interfaceComponents = tree.path("interfaceComponents");
    List<JsonNode> arrays = new ArrayList<>(PortKind.values().length);
    for (PortKind kind : PortKind.values()) {
      arrays.add(interfaceComponents.path(kind.field()));
    }
    return arrays;
  }

  @Override
  public Pass start(CheckContext context) {
    JsonNode tree = context.resolved().tree();
    List<JsonNode> ports = portArrays(tree);
    int count = 0;
    for (JsonNode array : ports) {
      count += array.size();
    }
    boolean later = count >= PORTS_CHECKED_LATER;
    DescriptorSchema.Pass schema = Holder.SCHEMA.start(tree, later ? ports : List.of());
    return new Pass() {
      @Override
      public void visit(List<ObjectSite> objects, int from, int to) {
        for (int i = from; i < to && later; i++) {
          Role role = objects.get(i).role();
          if (role == Role.PORT || role == Role.REFERENCE) {
            schema.check(context.node(i));
          }
        }
      }

      @Override
      public void finish() {
        report(context, schema.finish());
      }
    };
  }

  private static void report(CheckContext context, List<Violation> violations) {
    Map<String, Missing> missing = new LinkedHashMap<>(); // pointer -> required fields absent there
    for (Violation violation : violations) {
      if (violation.keyword().equals("required")) {
        missing.computeIfAbsent(violation.pointer(), p -> new Missing(violation.value(), new ArrayList<>(2)))
            .fields().add("'" + violation.property() + "'");
      } else {
        report(context, violation);
      }
    }
    missing.forEach((pointer, absent) -> {
      Optional<ObjectSite> site = context.object(pointer);
      Role role = site.map(ObjectSite::role).orElseGet(() -> roleAt(pointer));
      String title = site.map(ObjectSite::title).orElse(role.title());
      List<String> fields = absent.fields();
      context.report(requiredRule(role), pointer, title + " lacks the required field"
          + (fields.size() > 1 ? "s " : " ") + String.join(", ", fields), absent.object(), null);
    });
    nonFiniteOrders(context);
  }

  /** The required fields absent from {@code object}, quoted, in the schema's order. */
  private record Missing(JsonNode object, List<String> fields) {}

  /**
   * Task orders written as a float too large for a double ({@code 1e400}) read as infinity, which the schema's
   * integer bounds let through: reported here.
   */
  private static void nonFiniteOrders(CheckContext context) {
    context.resolved().tree().path("internalComponents").path("lifecycleInfo").fields().forEachRemaining(stage -> {
      JsonNode tasks = stage.getValue();
      for (int i = 0; tasks.isArray() && i < tasks.size(); i++) { // a stage that is no list is the schema's finding
        JsonNode order = tasks.get(i).path("order");
        if (order.isFloatingPointNumber() && !Double.isFinite(order.doubleValue())) {
          context.report(ValidationRules.TASK_ORDER, LifecycleCheck.taskPointer(stage.getKey(), i) + "/order",
              "order is " + (order.doubleValue() > 0 ? "too large" : "too small")
                  + " even for a double, so outside int32");
        }
      }
    });
  }

  private static void report(CheckContext context, Violation violation) {
    String pointer = violation.pointer();
    String keyword = violation.keyword();
    JsonNode value = violation.value();
    switch (keyword) {
      case "minLength" -> report(context, ValidationRules.REFERENCE_REQUIRED, violation,
          "'" + Pointers.last(pointer) + "' must not be empty");
      case "format" -> {
        String format = violation.format();
        Rule rule = FORMAT_RULES.getOrDefault(format, ValidationRules.SCHEMA_TYPE);
        report(context, rule, violation, "'" + text(value) + "' is not a valid " + format
            + " (" + violation.field() + ")" + Formats.whyNot(format, text(value)));
      }
      case "type", "minimum", "maximum" -> {
        Rule rule = isTaskOrder(pointer) ? ValidationRules.TASK_ORDER : ValidationRules.SCHEMA_TYPE;
        if (keyword.equals("type")) {
          report(context, rule, violation, "'" + violation.field() + "' " + violation.message()
              + quoted(value, violation.message(), pointer));
        } else {
          report(context, rule, violation, "order " + text(value) + " is outside int32");
        }
      }
      default -> report(context, ValidationRules.SCHEMA_TYPE, violation, violation.message());
    }
  }

  /** Whether {@code pointer} is a lifecycle task's order; the pattern is tried only on pointers that end so. */
  private static boolean isTaskOrder(String pointer) {
    return pointer.endsWith("/order") && TASK_ORDER.matcher(pointer).matches();
  }

  /**
   * Reports {@code violation} as a finding of {@code rule}, located from the object or array that holds the violating
   * node, which spares walking its pointer from the root.
   */
  private static void report(CheckContext context, Rule rule, Violation violation, String message) {
    JsonNode parent = violation.parent();
    if (parent == null) {
      context.report(rule, violation.pointer(), message);
    } else {
      context.report(rule, violation.pointer(), message, parent, Pointers.last(violation.pointer()));
    }
  }

  /** The role of a position, for objects the typed walk does not reach (e.g. beside a mistyped sibling). */
  private static Role roleAt(String pointer) {
    if (pointer.isEmpty()) {
      return Role.ROOT;
    }
    for (var role : ROLE_PATTERNS.entrySet()) {
      if (role.getKey().matcher(pointer).matches()) {
        return role.getValue();
      }
    }
    return Role.STANDARD_DEFINITION;
  }

  private static final Map<Pattern, Role> ROLE_PATTERNS = rolePatterns();

  private static Map<Pattern, Role> rolePatterns() {
    Map<Pattern, Role> patterns = new LinkedHashMap<>();
    patterns.put(Pattern.compile("/info"), Role.INFO);
    patterns.put(Pattern.compile("/info/owner"), Role.OWNER);
    patterns.put(Pattern.compile("/interfaceComponents"), Role.INTERFACE_COMPONENTS);
    patterns.put(Pattern.compile(".*/(externalDocs|service)"), Role.EXTERNAL_RESOURCE);
    patterns.put(Pattern.compile("/(interfaceComponents|components)/[a-z]+Ports/[^/]+"), Role.PORT);
    patterns.put(Pattern.compile("/(internalComponents|components)/applicationComponents/[^/]+"), Role.APPLICATION);
    patterns.put(
        Pattern.compile("/(internalComponents|components)/infrastructuralComponents/[^/]+"), Role.INFRASTRUCTURE);
    return patterns;
  }

  private static Rule requiredRule(Role role) {
    return switch (role) {
      case ROOT, INTERFACE_COMPONENTS -> ValidationRules.ROOT_REQUIRED;
      case INFO, OWNER -> ValidationRules.INFO_REQUIRED;
      case PORT, APPLICATION, INFRASTRUCTURE -> ValidationRules.COMPONENT_REQUIRED;
      case STANDARD_DEFINITION -> ValidationRules.DEFINITION_REQUIRED;
      case REFERENCE, EXTERNAL_RESOURCE -> ValidationRules.REFERENCE_REQUIRED;
      default -> ValidationRules.SCHEMA_TYPE;
    };
  }

  /**
   * How to write a scalar of the wrong type that would have the right one with quotes added or taken away: {@code ";
   * write it in quotes, "true""}, and for a version, the number as SemVer ({@code version: 1.10} is the number 1.1 in
   * YAML and JSON): {@code "; write it in quotes as a version, "1.10.0""}; nothing for any other mistyped value.
   */
  private static String quoted(JsonNode value, String message, String pointer) {
    boolean scalar = value != null && (value.isNumber() || value.isBoolean());
    if (scalar && message.endsWith(" string expected")) {
      String text = text(value);
      if (pointer.endsWith("/version") || pointer.equals("/dataProductDescriptor")) {
        Matcher number = VERSION_NUMBER.matcher(text);
        if (number.matches()) {
          return "; write it in quotes as a version, \"" + number.group(1) + "." + (number.group(2) != null
              ? number.group(2) : "0") + ".0\"";
        }
      }
      return "; write it in quotes, \"" + text + "\"";
    }
    boolean integer = value != null && value.isTextual() && message.endsWith(" integer expected")
        && INTEGER.matcher(value.textValue()).matches();
    return integer ? "; write it without quotes, " + value.textValue() : "";
  }

  /** A number that reads as the start of a version: {@code 1}, {@code 1.10}. */
  private static final Pattern VERSION_NUMBER = Pattern.compile("(0|[1-9][0-9]*)(?:\\.(0|[1-9][0-9]*))?");

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,9})");

  /**
   * {@return {@code value} as JSON, a text as it is} Integers, decimals and booleans are written as their own text,
   * which is what Jackson's writer gives for them without making one (a double's {@code NaN} is quoted by the writer,
   * so other numbers and containers go through it).
   */
  static String text(@Nullable JsonNode value) {
    if (value == null) {
      return "";
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    return value.isIntegralNumber() || value.isBigDecimal() || value.isBoolean() ? value.asText() : value.toString();
  }

  private static DescriptorSchema compile() {
    Map<String, Predicate<String>> formats = new HashMap<>();
    formats.put("name", Formats::isName);
    formats.put("version", Formats::isVersion);
    formats.put("fqn", Formats::isFqn);
    formats.put("alphanumeric", Formats::isAlphanumeric);
    for (Format format : com.networknt.schema.format.Formats.DEFAULT) { // JSON Schema's own, as networknt reads them
      if (format.getName().equals("uuid") || format.getName().equals("uri-reference")) {
        formats.put(format.getName(), value -> format.matches(null, value));
      }
    }
    return DescriptorSchema.load(RESOURCE, formats);
  }
}
