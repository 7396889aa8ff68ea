package io.dpds.compat;

import static io.dpds.load.Pointers.escape;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.api.ApiNode;
import io.dpds.compat.CompatibilityMode.Flow;
import io.dpds.compat.ChangeJudge.Verdict;
import io.dpds.compat.payload.AvroRules;
import io.dpds.compat.payload.JsonSchemaRules;
import io.dpds.compat.spi.PayloadEngine;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.load.Pointers;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What comparisons of two versions of a port's API definition share: the port and its mode, the payload engines, the
 * two definitions, the verdicts found so far, and how a change becomes a verdict located in both versions.
 */
abstract class ApiComparison {

  /**
   * The rules whose findings change nothing a client relies on (documentation, annotations, Avro aliases, field order
   * and enum defaults, each "nothing to do"): a patch, where every other change is a minor.
   */
  private static final Set<Rule> DOCUMENTATION = Set.of(OpenApiRules.DOCUMENTATION, AsyncApiRules.DOCUMENTATION,
      JsonSchemaRules.DOCUMENTATION, AvroRules.DOCUMENTATION);

  /** The members that only document: what a person reads, never what a client sends or receives. */
  private static final Set<String> DOCUMENTING = Set.of("summary", "description", "title", "externalDocs", "tags",
      "example", "examples", "deprecated");

  final PortId port;
  final CompatibilityMode mode;
  final PayloadEngines engines;
  final String portPointer;
  final ApiNode oldRoot;
  final ApiNode newRoot;
  private final List<Verdict> verdicts = new ArrayList<>();

  ApiComparison(PortId port, CompatibilityMode mode, PayloadEngines engines, String portPointer, ApiNode oldRoot,
      ApiNode newRoot) {
    this.port = port;
    this.mode = mode;
    this.engines = engines;
    this.portPointer = portPointer;
    this.oldRoot = oldRoot;
    this.newRoot = newRoot;
  }

  /** Compares the two definitions, adding to {@link #verdicts()}. */
  abstract void run();

  List<Verdict> verdicts() {
    return verdicts;
  }

  /** How many verdicts there are so far: to tell whether a step found anything. */
  int found() {
    return verdicts.size();
  }

  /**
   * {@return whether both versions of a schema written as {@code a} and {@code b} can be read, so that they can be
   * compared} A {@code $ref} that cannot be followed in one version is a warning ({@code unjudged}): nothing proves the
   * schema unchanged; so is the same one in both when what is written beside it changed. The same unreadable
   * reference written alike in both is left to validation ({@code api.payload-unreadable}).
   * A schema in a document that reads as text (a {@code .proto} file) is never compared: a changed reference to one is
   * a warning; the text behind an unchanged reference is not read.
   */
  boolean readable(String what, Flow flow, ApiNode a, ApiNode b, Rule unjudged) {
    if (a.refersToText() || b.refersToText()) { // a .proto file: no engine reads it
      if (!a.node().equals(b.node())) {
        report(unjudged, WARNING, WARNING, flow, what + " changed from " + written(a) + " to " + written(b)
            + ", which no engine compares", a, b);
      }
      return false;
    }
    String lostA = unreadableRef(a);
    String lostB = unreadableRef(b);
    if (lostA == null && lostB == null) {
      return true;
    }
    if (!Objects.equals(lostA, lostB)) {
      report(unjudged, WARNING, WARNING, flow, what + (lostB != null ? " refers to '" + lostB + "', which cannot be"
          + " read in the new version" : " could not be read in the old version ('" + lostA + "')"), a, b);
    } else if (!a.node().equals(b.node())) { // the same reference, what is written beside it ($defs) changed
      report(unjudged, WARNING, WARNING, flow, what + " refers to '" + lostB + "', which cannot be read in either"
          + " version, and what is written beside it changed", a, b);
    }
    return false;
  }

  /** {@return how a schema is written: {@code 'e.proto'} for a reference, else "a schema in place" or "none"} */
  private static String written(ApiNode schema) {
    JsonNode ref = schema.node().path("$ref");
    return ref.isTextual() ? "'" + ref.textValue() + "'" : schema.isMissing() ? "none" : "a schema in place";
  }

  /** {@return the {@code $ref} of {@code written} when it cannot be followed, else null} */
  private static @Nullable String unreadableRef(ApiNode written) {
    JsonNode ref = written.node().path("$ref");
    return ref.isTextual() && written.dereferenced().isMissing() ? ref.textValue() : null;
  }

  /**
   * The variables of a server both versions have ({@code a} and {@code b}, the server objects), under {@code rule}: a
   * variable removed breaks, and the values of one kept are judged by {@link #values}.
   */
  void variables(Rule rule, String server, ApiNode a, ApiNode b) {
    a.node().path("variables").fieldNames().forEachRemaining(name -> {
      ApiNode va = a.at("/variables/" + escape(name)).dereferenced();
      ApiNode vb = b.at("/variables/" + escape(name)).dereferenced();
      String variable = server + " variable " + name;
      if (vb.isMissing()) {
        report(rule, ERROR, ERROR, null, variable + " removed", va, null);
      } else {
        values(rule, variable, va, vb);
      }
    });
  }

  /**
   * The values a server variable or a channel parameter ({@code a} and {@code b}, both versions of it, dereferenced)
   * may take, under {@code rule}: limited to values where it took any, losing values or changing its default breaks
   * (an address a client builds or listens on is no longer served); one no longer limited or gaining values is info.
   */
  void values(Rule rule, String what, ApiNode a, ApiNode b) {
    JsonNode ea = a.node().get("enum");
    JsonNode eb = b.node().get("enum");
    if (ea == null && eb != null) {
      report(rule, ERROR, ERROR, null, what + " is now limited to " + eb, null, b.at("/enum"));
    } else if (ea != null && eb == null) {
      report(rule, INFO, INFO, null, what + " is no longer limited", a.at("/enum"), null);
    } else if (ea != null) {
      List<String> lost = missingFrom(ea, eb);
      List<String> gained = missingFrom(eb, ea);
      if (!lost.isEmpty()) {
        report(rule, ERROR, ERROR, null, what + " lost values " + lost, a.at("/enum"), b.at("/enum"));
      }
      if (!gained.isEmpty()) {
        report(rule, INFO, INFO, null, what + " gained values " + gained, a.at("/enum"), b.at("/enum"));
      }
    }
    if (!Objects.equals(a.node().get("default"), b.node().get("default"))) {
      report(rule, ERROR, ERROR, null, what + " default changed", a.at("/default"), b.at("/default"));
    }
  }

  /** {@return the texts of the values of {@code values} that {@code others} does not hold} */
  private static List<String> missingFrom(JsonNode values, JsonNode others) {
    List<String> missing = new ArrayList<>();
    values.forEach(v -> {
      if (!contains(others, v)) {
        missing.add(v.asText());
      }
    });
    return missing;
  }

  /**
   * Judges a change of {@code a} to {@code b} that no rule found anything in: documentation (info, a patch) when only
   * summaries, descriptions, titles, examples, tags, external docs, deprecation marks or extensions differ; otherwise
   * a part no rule covers changed (a response's links, a media type's encoding, message traits), which nothing proves
   * safe ({@code unknown}, a warning).
   */
  void unjudgedChange(String what, @Nullable Flow flow, ApiNode a, ApiNode b, Rule documentation, Rule unknown) {
    if (withoutDocumentation(a.node()).equals(withoutDocumentation(b.node()))) {
      report(documentation, INFO, INFO, flow, what + " changed its documentation", a, b);
    } else {
      report(unknown, WARNING, WARNING, flow, what + " changed in a part no rule covers", a, b);
    }
  }

  /** {@return a copy of {@code node} without its documenting members and extensions, at any depth} */
  static JsonNode withoutDocumentation(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(member -> {
        if (!DOCUMENTING.contains(member.getKey()) && !member.getKey().startsWith("x-")) {
          copy.set(member.getKey(), withoutDocumentation(member.getValue()));
        }
      });
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      node.forEach(item -> copy.add(withoutDocumentation(item)));
      return copy;
    }
    return node;
  }

  /**
   * The payload engine's verdicts on two versions of a schema through which data flows as {@code flow}. A schema
   * present in one version only is a warning: where it is absent, something else (an OpenAPI parameter's {@code
   * content}) may say what the payload is.
   */
  void payload(String what, Flow flow, ApiNode a, ApiNode b, Rule unjudged, Rule documentation) {
    if (a.isMissing() != b.isMissing()) {
      report(unjudged, WARNING, WARNING, flow, what + (a.isMissing() ? " added" : " removed"), a, b);
    } else {
      compare(what, flow, a, b, unjudged, documentation);
    }
  }

  /**
   * {@link #payload} of a schema that an API may leave out, letting any payload through (an AsyncAPI message's {@code
   * payload} and {@code headers}, an OpenAPI media type's {@code schema}): one added or removed is compared with the
   * format's schema of any payload ({@link PayloadEngine#anyPayload}), or is a warning when the format has none.
   */
  void optionalPayload(String what, Flow flow, ApiNode a, ApiNode b, Rule unjudged, Rule documentation) {
    compare(what, flow, a, b, unjudged, documentation);
  }

  private void compare(String what, Flow flow, ApiNode a, ApiNode b, Rule unjudged, Rule documentation) {
    if (a.node().equals(b.node()) && !hasRef(a.node())) {
      return; // equal text with a $ref may still name other content
    }
    boolean added = a.isMissing();
    boolean removed = b.isMissing();
    String format = (added ? b : a).format();
    Optional<PayloadEngine> engine = engines.forFormat(format);
    Optional<JsonNode> any = engine.flatMap(PayloadEngine::anyPayload);
    if ((added || removed) && any.isEmpty()) {
      report(unjudged, WARNING, WARNING, flow, what + (added ? " added" : " removed"), a, b);
      return;
    }
    if (engine.isEmpty()) {
      report(unjudged, WARNING, WARNING, flow, what + " changed and no engine reads " + format, a, b);
      return;
    }
    String said = what + (added ? " (no schema before)" : removed ? " (no schema now)" : "");
    int before = found();
    try {
      engine.get().compare(schema(a, any), schema(b, any),
          (rule, readers, writers, message, oldPath, newPath) -> report(rule, readers, writers, flow,
              said + ": " + message, oldPath == null ? null : follow(a, oldPath),
              newPath == null ? null : follow(b, newPath)));
    } catch (RuntimeException | StackOverflowError e) {
      report(unjudged, WARNING, WARNING, flow, said + ": the " + engine.get().name() + " engine failed (" + e + ")",
          a, b);
    }
    if (found() == before && !a.node().equals(b.node())) {
      report(documentation, INFO, INFO, flow, said + (added || removed ? ": what passes is the same"
          : " changed only in form"), a, b);
    }
  }

  /** {@return the schema written at {@code at}, or {@code any} standing for it where none is} */
  private static PayloadSchema schema(ApiNode at, Optional<JsonNode> any) {
    return at.isMissing() ? new AnyPayload(at, any.orElseThrow()) : new PayloadNode(at);
  }

  /**
   * {@return the node at {@code path} below {@code from}, read as a payload engine writes its paths: through the
   * {@code $ref}s it followed on the way ({@code /properties/qty} of {@code {$ref: order.json}} is {@code qty} of
   * order.json, located there)} A member the node itself has is taken before its reference's.
   */
  static ApiNode follow(ApiNode from, String path) {
    ApiNode at = from;
    for (String token : Pointers.tokens(path)) {
      if (!at.node().has(token) && at.node().path("$ref").isTextual()) {
        at = at.dereferenced();
      }
      at = at.at("/" + escape(token));
    }
    return at;
  }

  /**
   * A verdict: the rule, the severity for each side of the data (see {@link CompatibilityMode#judge}), the message,
   * and the node in each version (null or missing when it is only in the other).
   */
  void report(Rule rule, Severity oldReaders, Severity oldWriters, Flow flow, String message, ApiNode a,
      ApiNode b) {
    Change.Side before = a == null || a.isMissing() ? null : Change.side(a);
    Change.Side after = b == null || b.isMissing() ? null : Change.side(b);
    if (before == null && after == null) {
      before = Change.side(oldRoot);
      after = Change.side(newRoot);
    }
    Change.Type type = before == null ? Change.Type.ADDED : after == null ? Change.Type.REMOVED : Change.Type.CHANGED;
    String pointer = after != null ? after.pointer() : before.pointer();
    String path = pointer.startsWith(portPointer) ? pointer.substring(portPointer.length())
        : "/promises/api/definition";
    Severity severity = mode.judge(port.kind(), flow, oldReaders, oldWriters);
    verdicts.add(new Verdict(rule, severity, port + " " + message, new Change(type, before, after, port, path),
        DOCUMENTATION.contains(rule) ? Bump.PATCH : Bump.MINOR));
  }

  /**
   * Security requirements of {@code owner}, its {@code security} in {@code a} and {@code b}: one added or changed locks
   * out clients that had access (an error for both sides); only removals relax access (info).
   */
  void security(Rule rule, String owner, ApiNode a, ApiNode b) {
    security(rule, owner, a.node().path("security"), b.node().path("security"), a.at("/security"),
        b.at("/security"));
  }

  /** {@link #security(Rule, String, ApiNode, ApiNode)} of requirements {@code old} and {@code now}, written there. */
  void security(Rule rule, String owner, JsonNode old, JsonNode now, ApiNode whereOld, ApiNode whereNow) {
    boolean added = false;
    for (JsonNode requirement : now) {
      added |= !contains(old, requirement);
    }
    boolean removed = false;
    for (JsonNode requirement : old) {
      removed |= !contains(now, requirement);
    }
    if (added) {
      report(rule, Severity.ERROR, Severity.ERROR, null, owner + " security requirements added or changed", whereOld,
          whereNow);
    } else if (removed) {
      report(rule, Severity.INFO, Severity.INFO, null, owner + " security requirements removed", whereOld, whereNow);
    }
  }

  /**
   * The security schemes of {@code components}, compared by name, used or not: a change of what a client must present
   * (type, scheme, bearer format, where and under what name a key goes, OAuth flows, OpenID Connect URL, or a scope
   * an AsyncAPI 3.0 scheme requires added) breaks; a scheme added or removed is judged where requirements name it.
   */
  void securitySchemes(Rule rule) {
    ApiNode a = oldRoot.at("/components/securitySchemes");
    ApiNode b = newRoot.at("/components/securitySchemes");
    for (String name : keys(a.node(), b.node())) {
      ApiNode sa = a.at("/" + escape(name)).dereferenced();
      ApiNode sb = b.at("/" + escape(name)).dereferenced();
      if (sa.isMissing() || sb.isMissing()) {
        continue;
      }
      for (String field : SCHEME_FIELDS) {
        if (!Objects.equals(sa.node().get(field), sb.node().get(field))) {
          report(rule, ERROR, ERROR, null, "security scheme " + name + " " + field + " changed", sa.at("/" + field),
              sb.at("/" + field));
        }
      }
      JsonNode scopes = sb.node().path("scopes");
      if (!scopes.equals(sa.node().path("scopes"))) {
        boolean more = false;
        for (JsonNode scope : scopes) {
          more |= !contains(sa.node().path("scopes"), scope);
        }
        Severity s = more ? ERROR : INFO;
        report(rule, s, s, null, "security scheme " + name + (more ? " requires more scopes" : " requires fewer"
            + " scopes"), sa.at("/scopes"), sb.at("/scopes"));
      }
    }
  }

  private static final List<String> SCHEME_FIELDS =
      List.of("type", "scheme", "bearerFormat", "in", "name", "flows", "openIdConnectUrl");

  /** {@return the member names of {@code a}, then those of {@code b} it lacks, in document order} */
  static Set<String> keys(JsonNode a, JsonNode b) {
    Set<String> keys = new LinkedHashSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** {@return a copy of {@code node} without the members {@code names}, when it is an object} */
  static JsonNode without(JsonNode node, List<String> names) {
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = node.deepCopy();
    copy.remove(names);
    return copy;
  }

  /** Whether a node holds a {@code $ref} anywhere. */
  static boolean hasRef(JsonNode node) {
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

  /** Whether a node names another document: an {@code $href}, or a {@code $ref} not starting with {@code #}. */
  static boolean refersOutside(JsonNode node) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (node.has("$href") || ref != null && ref.isTextual() && !ref.textValue().startsWith("#")) {
        return true;
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (refersOutside(child)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean contains(JsonNode array, JsonNode value) {
    for (JsonNode item : array) {
      if (item.equals(value)) {
        return true;
      }
    }
    return false;
  }

  static String text(JsonNode node) {
    return node == null ? "nothing" : node.isTextual() ? node.textValue() : node.toString();
  }
}
