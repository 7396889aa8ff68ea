package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dpds.api.Api;
import io.dpds.api.ApiNode;
import io.dpds.load.Pointers;
import io.dpds.load.ResourceException;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.NameValidator;
import org.jspecify.annotations.Nullable;

/**
 * Checks every payload schema a port's API declares, wherever it is written: inline, in another document the definition
 * refers to (an {@code .avsc} file), or in a definition behind an {@code $href} the load's rules may read ({@link
 * Api}). An Avro schema must parse with Apache Avro ({@code api.avro}, an error), and should with strict names and
 * validated defaults, as schema registries parse it ({@code api.avro-names}, a warning); a JSON Schema (an AsyncAPI
 * schema, {@code application/schema+json}, an OpenAPI request or response body) must be valid against its meta-schema
 * ({@code api.json-schema}, an error): draft-07 for AsyncAPI, draft-04 for OpenAPI 3.0, 2020-12 for OpenAPI 3.1, or the
 * one its {@code $schema} names. Each finding is located in the document holding the schema, at the offending node. A
 * payload whose {@code $ref} cannot be read is said so ({@code api.payload-unreadable}, a warning), at that reference.
 *
 * <p>Verdicts are a pure function of the schema as written, so they are remembered ({@link VerdictMemo}): a registry
 * validates the same payloads version after version. Thread-safe.
 */
final class PayloadSchemas {

  /** One problem in a schema: its rule, the path of the offending node below the schema's root, and what is wrong. */
  private record Problem(Rule rule, String path, String message) {}

  private enum Kind {
    AVRO,
    JSON_SCHEMA
  }

  private static final Map<String, String> META_SCHEMAS = Map.of(
      "draft-04", "http://json-schema.org/draft-04/schema#",
      "draft-06", "http://json-schema.org/draft-06/schema#",
      "draft-07", "http://json-schema.org/draft-07/schema#",
      "2019-09", "https://json-schema.org/draft/2019-09/schema",
      "2020-12", "https://json-schema.org/draft/2020-12/schema");
  private static final Pattern DRAFT = Pattern.compile("(draft-0[467]|20(19-09|20-12))");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
  private static final String UNRESOLVED = "Unknown schema: org.apache.avro.compiler.UnresolvedSchema";

  private final VerdictMemo<List<Problem>> verdicts = new VerdictMemo<>();
  /** The definitions, each all in one tree, whose every payload was found sound, by specification and place. */
  private final VerdictMemo<Boolean> soundDefinitions = new VerdictMemo<>();

  /**
   * Checks the payloads of the port whose API Standard Definition is {@code standardDefinition}, when readable. A
   * definition written whole in the descriptor (its {@code $ref}s all within it, no {@code $href}) whose payloads were
   * all sound is remembered as such: the same definition at the same place is not read payload by payload again.
   */
  void check(CheckContext context, String apiPointer, JsonNode standardDefinition) {
    String specification = standardDefinition.path("specification").asText("");
    JsonNode definition = standardDefinition.path("definition");
    ByteBuffer source = context.resolved().source(definition).orElse(null);
    if (soundDefinitions.lastAt(specification, apiPointer, definition, source) != null) {
      return;
    }
    if (checkEach(context, apiPointer, standardDefinition) == 0 && definition.isObject() && wholeHere(definition)) {
      soundDefinitions.get(specification, apiPointer, definition, source, () -> Boolean.TRUE);
    }
  }

  /** Whether {@code node} refers to nothing outside itself: no {@code $href}, and each {@code $ref} a fragment. */
  private static boolean wholeHere(JsonNode node) {
    if (node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        var member = it.next();
        if (member.getKey().equals("$href") || member.getKey().equals("$ref")
            && !member.getValue().asText("").startsWith("#") || !wholeHere(member.getValue())) {
          return false;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        if (!wholeHere(item)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Checks each payload of the definition; {@return how many problems were reported} */
  private int checkEach(CheckContext context, String apiPointer, JsonNode standardDefinition) {
    int[] reported = {0};
    Optional<Api> readable = Api.ofStandardDefinition(context.resolved(), apiPointer, standardDefinition);
    Set<URI> documents = new HashSet<>(2);
    readable.ifPresent(api -> api.payloads().forEach(payload -> {
      ApiNode schema = payload.schema();
      if (!schema.inDescriptor()) { // in a document of its own, whose reading may have found a duplicate key
        reported[0] += readingProblems(context, payload, documents);
      }
      List<Problem> problems = payload.format().toLowerCase(Locale.ROOT).contains("avro")
          ? verdict(context, Kind.AVRO, "", payload)
          : metaSchema(api, payload.format(), schema.node())
              .map(meta -> verdict(context, Kind.JSON_SCHEMA, meta, payload))
              .orElse(List.of());
      for (int i = 0; i < problems.size(); i++) { // by index: most payloads have none, and need no iterator
        Problem problem = problems.get(i);
        context.report(problem.rule(), schema.pointer(problem.path()), problem.message(),
            schema.locate(problem.path()).orElse(null));
      }
      reported[0] += problems.size();
    }));
    readable.ifPresent(api -> api.unreadablePayloads().forEach(payload -> {
      ApiNode written = payload.schema();
      context.report(ValidationRules.API_PAYLOAD_UNREADABLE, written.pointer(""), "The payload schema of "
          + payload.owner() + " refers to '" + written.node().path("$ref").asText() + "', which cannot be read, so"
          + " it is not checked", written.locate("").orElse(null));
      reported[0]++;
    }));
    return reported[0];
  }

  /**
   * Reports, once per document, what reading the document holding {@code payload}'s schema found (a duplicate key,
   * whose first value is kept), as the load reports it for a DPDS document; {@return how many}
   */
  private static int readingProblems(CheckContext context, Api.Payload payload, Set<URI> told) {
    Optional<URI> uri = payload.location().map(SourceLocation::uri).filter(told::add);
    if (uri.isEmpty()) {
      return 0;
    }
    try {
      List<Diagnostic> problems = context.resolved().read(uri.get()).problems();
      problems.forEach(problem -> context.report(problem.toBuilder().pointer(payload.pointer()).build()));
      return problems.size();
    } catch (ResourceException e) {
      return 0; // read a moment ago for the payload itself
    }
  }

  /** The meta-schema a JSON Schema payload is checked against, or empty when the payload is in another format. */
  private static Optional<String> metaSchema(Api api, String format, JsonNode schema) {
    if (!schema.isObject()) {
      return Optional.empty(); // a boolean schema, or a value the definition's own rules judge
    }
    JsonNode declared = schema.path("$schema");
    if (declared.isTextual()) {
      return Optional.ofNullable(draft(declared.textValue())).map(META_SCHEMAS::get);
    }
    JsonNode root = api.definition().node();
    if (root.has("openapi")) {
      return Optional.of(META_SCHEMAS.get(root.path("openapi").asText().startsWith("3.0") ? "draft-04" : "2020-12"));
    }
    if (!root.has("asyncapi")) {
      return Optional.empty();
    }
    String lower = format.toLowerCase(Locale.ROOT);
    if (lower.contains("schema+json") || lower.contains("schema+yaml")) {
      String draft = draft(lower);
      return Optional.of(META_SCHEMAS.get(draft == null ? "draft-07" : draft));
    }
    boolean otherFormat = lower.contains("raml") || lower.contains("protobuf") || lower.contains("openapi")
        || lower.contains("xsd") || lower.contains("xml");
    return otherFormat ? Optional.empty() : Optional.of(META_SCHEMAS.get("draft-07"));
  }

  private static @Nullable String draft(String text) {
    Matcher m = DRAFT.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** The verdict on a payload's schema, the schema last judged at the payload's pointer tried first. */
  private List<Problem> verdict(CheckContext context, Kind kind, String meta, Api.Payload payload) {
    JsonNode schema = payload.schema().node();
    return verdicts.get(kind == Kind.AVRO ? kind : meta, payload.pointer(), schema,
        context.resolved().source(schema).orElse(null),
        () -> kind == Kind.AVRO ? avro(schema, schema.toString()) : jsonSchema(meta, schema));
  }

  /** Nothing when the schema parses strictly; else an error when it does not parse at all, a warning otherwise. */
  private static List<Problem> avro(JsonNode schema, String text) {
    String strict = avroProblem(text, NameValidator.STRICT_VALIDATOR, true);
    if (strict == null) {
      return List.of();
    }
    String lenient = avroProblem(text, NameValidator.NO_VALIDATION, false);
    String named = named(schema, lenient == null ? strict : lenient);
    String at = culprit(schema, named);
    String message = readable(named);
    return List.of(lenient == null
        ? new Problem(ValidationRules.API_AVRO_NAMES, at,
            "The Avro payload schema parses only when names and defaults are not checked: " + message)
        : new Problem(ValidationRules.API_AVRO, at, "The Avro payload schema does not parse: " + message));
  }

  /**
   * Avro's message in the words of the Avro specification where Avro's own words are its parser's (a union in a union
   * is printed with the classes Avro keeps for names it has not resolved yet); any other as Avro gives it.
   */
  static String readable(String message) {
    String rest = message.substring(message.indexOf(':') + 1).strip();
    if (message.startsWith("Nested union:")) {
      return "a union directly inside a union, which Avro does not allow; list the inner union's types in the outer"
          + " one";
    } else if (message.startsWith("Schema not yet supported:")) {
      return rest + " is not an Avro schema; write a type's name, a union (a list of schemas) or an object with a"
          + " type";
    } else if (message.startsWith("No field name:")) {
      return "a field has no name, or one that is not text: " + rest;
    } else if (message.startsWith("Duplicate in union:")) {
      return "the union lists " + rest + " more than once";
    }
    return message;
  }

  /**
   * Avro's message, except that a whole schema naming a type nobody defines ({@code {"type": "recrd"}}) is said as a
   * nested one is ({@code Undefined schema: recrd}), not by the class Avro keeps in its place.
   */
  private static String named(JsonNode schema, String message) {
    if (!message.startsWith(UNRESOLVED)) {
      return message;
    }
    JsonNode name = schema.isObject() ? schema.path("type") : schema;
    return name.isTextual() ? "Undefined schema: " + name.textValue() : message;
  }

  private static @Nullable String avroProblem(String schema, NameValidator names, boolean defaults) {
    try {
      new org.apache.avro.Schema.Parser(names).setValidateDefaults(defaults).parse(schema);
      return null;
    } catch (RuntimeException e) {
      return e.getMessage() == null || e.getMessage().isEmpty() ? e.toString() : e.getMessage();
    }
  }

  /**
   * The path of the node Avro's message names: the first whose text is a quoted word of the message ({@code "a-b"
   * is not a valid name}) or its last word ({@code Undefined schema: com.example.strng}, namespace or not); the
   * schema's root when none is.
   */
  private static String culprit(JsonNode schema, String message) {
    List<String> named = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(message);
    while (quoted.find()) {
      named.add(quoted.group(1));
    }
    String last = message.substring(message.lastIndexOf(':') + 1).trim();
    named.add(last);
    named.add(last.substring(last.lastIndexOf('.') + 1)); // a name Avro qualified with the namespace
    for (String text : named) {
      String found = find(schema, text, "");
      if (found != null) {
        return found;
      }
    }
    return "";
  }

  private static @Nullable String find(JsonNode node, String text, String path) {
    if (node.isTextual()) {
      return node.textValue().equals(text) ? path : null;
    }
    if (node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        String found = find(field.getValue(), text, Pointers.child(path, field.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = find(node.get(i), text, path + "/" + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static List<Problem> jsonSchema(String meta, JsonNode schema) {
    Map<String, String> byPath = new LinkedHashMap<>(); // one problem per node: anyOf branches repeat themselves
    for (Error error : MetaSchemas.of(meta).validate(schema)) {
      byPath.putIfAbsent(error.getInstanceLocation().toString(), error.getMessage());
    }
    List<Problem> problems = new ArrayList<>();
    byPath.forEach((path, message) -> problems.add(new Problem(ValidationRules.API_JSON_SCHEMA, path,
        "The payload schema is not a valid JSON Schema (" + meta + "): " + message)));
    return problems;
  }

  /** The meta-schemas, bundled with networknt, compiled once. */
  private static final class MetaSchemas {
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    static Schema of(String uri) {
      return COMPILED.computeIfAbsent(uri, u -> REGISTRY.getSchema(SchemaLocation.of(u)));
    }
  }
}
