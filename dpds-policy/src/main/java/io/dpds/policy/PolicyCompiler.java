package io.dpds.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import io.dpds.load.Document;
import io.dpds.load.Pointers;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a policy document into policies: checks it against the policy format's JSON Schema, then compiles paths,
 * regular expressions and version ranges. Every problem is a diagnostic at its file and line, never an exception.
 */
final class PolicyCompiler {

  static final String SCHEMA_RESOURCE = "/io/dpds/policy/policy-schema.json";
  private static final List<String> OPERATORS = List.of("exists", "equals", "in", "matches", "semver", "contains",
      "count", "all", "any", "none");

  private static final class Holder {
    static final Schema SCHEMA = compile();
  }

  private final Document document;
  private final List<Policy> policies = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private PolicyCompiler(Document document) {
    this.document = document;
  }

  /** The policies of {@code document}, or none and the problems that keep it from being used. */
  static PolicyFiles.Result compile(Document document) {
    PolicyCompiler compiler = new PolicyCompiler(document);
    compiler.run();
    return compiler.problems.isEmpty() ? new PolicyFiles.Result(compiler.policies, List.of())
        : new PolicyFiles.Result(List.of(), compiler.problems);
  }

  private void run() {
    JsonNode tree = document.tree().orElseThrow();
    for (Error error : Holder.SCHEMA.validate(tree)) {
      String pointer = error.getInstanceLocation().toString();
      String message = error.getMessage();
      if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
        pointer = Pointers.child(pointer, error.getProperty());
      } else if (!pointer.isEmpty() && !"required".equals(error.getKeyword())) {
        JsonNode value = Pointers.at(tree, pointer);
        message = field(pointer) + (value.isValueNode() ? " " + value : "") + ": " + message; // name the field
      }
      report(PolicyRules.INVALID, pointer, message);
    }
    if (!problems.isEmpty()) {
      return;
    }
    if (tree.has("policies")) {
      for (int i = 0; i < tree.get("policies").size(); i++) {
        policy(tree.get("policies").get(i), "/policies/" + i);
      }
    } else {
      policy(tree, "");
    }
  }

  /** {@return the field at {@code pointer} as a policy writer names it: {@code id}, {@code events[1]}} */
  private static String field(String pointer) {
    String last = Pointers.last(pointer);
    if (!last.isEmpty() && last.chars().allMatch(Character::isDigit) && !Pointers.parent(pointer).isEmpty()) {
      return Pointers.last(Pointers.parent(pointer)) + "[" + last + "]";
    }
    return last;
  }

  private void policy(JsonNode node, String at) {
    PathSpec select = path(node.get("select").asText(), at + "/select");
    Assertion assertion = assertion(node.get("assert"), at + "/assert");
    Set<PolicyEvent> events = EnumSet.noneOf(PolicyEvent.class);
    node.path("events").forEach(e -> PolicyEvent.fromLabel(e.asText()).ifPresent(events::add));
    if (select != null && assertion != null) {
      String idPointer = at + "/id";
      policies.add(new DeclarativePolicy(
          new DeclarativePolicy.Origin(idPointer, document.locate(idPointer).orElse(null)),
          node.get("id").asText(), node.get("description").asText(),
          node.path("hint").asText(""), node.path("blocking").asBoolean(true), events, select, assertion,
          node.has("message") ? node.get("message").asText() : null));
    }
  }

  private Assertion assertion(JsonNode node, String at) {
    List<String> operators = OPERATORS.stream().filter(node::has).toList();
    if (operators.size() != 1) {
      report(PolicyRules.INVALID, at, "an assertion has exactly one of " + OPERATORS + "; this one has "
          + (operators.isEmpty() ? "none" : operators));
      return null;
    }
    String op = operators.get(0);
    PathSpec path = node.has("path") ? path(node.get("path").asText(), at + "/path") : null;
    if (node.has("path") && path == null) {
      return null;
    }
    JsonNode operand = node.get(op);
    String message = node.has("message") ? node.get("message").asText() : null;
    Assertion.Kind kind = Assertion.Kind.valueOf(op.toUpperCase(java.util.Locale.ROOT));
    switch (kind) {
      case MATCHES -> {
        try {
          Pattern pattern = Pattern.compile(operand.asText());
          return new Assertion(kind, path, operand, t -> BoundedText.find(pattern, t), null, null, null, message);
        } catch (PatternSyntaxException e) {
          report(PolicyRules.EXPRESSION, at + "/matches", "not a regular expression: " + e.getDescription());
          return null;
        }
      }
      case SEMVER -> {
        VersionRange inRange;
        try {
          inRange = VersionRange.parse(operand.asText());
        } catch (IllegalArgumentException e) {
          report(PolicyRules.EXPRESSION, at + "/semver", e.getMessage());
          return null;
        }
        return new Assertion(kind, path, operand, inRange, null, null, null, message);
      }
      case COUNT -> {
        Integer min = operand.has("min") ? operand.get("min").asInt() : null;
        Integer max = operand.has("max") ? operand.get("max").asInt() : null;
        return new Assertion(kind, path, operand, null, min, max, null, message);
      }
      case ALL, ANY, NONE -> {
        List<Assertion> parts = new ArrayList<>();
        for (int i = 0; i < operand.size(); i++) {
          Assertion part = assertion(operand.get(i), at + "/" + op + "/" + i);
          if (part == null) {
            return null;
          }
          parts.add(part);
        }
        return new Assertion(kind, path, operand, null, null, null, parts, message);
      }
      default -> {
        return new Assertion(kind, path, operand, null, null, null, null, message);
      }
    }
  }

  private PathSpec path(String text, String at) {
    try {
      return PathSpec.compile(text);
    } catch (IllegalArgumentException e) {
      report(PolicyRules.EXPRESSION, at, "not a JSONPath: " + e.getMessage());
      return null;
    }
  }

  private void report(Rule rule, String pointer, String message) {
    problems.add(rule.at(pointer).message(message).location(document.locate(pointer).orElse(null)).build());
  }

  private static Schema compile() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
        b -> b.schemaRegistryConfig(config));
    try (InputStream in = PolicyCompiler.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the policy schema " + SCHEMA_RESOURCE + " is missing from the class path");
      }
      Schema schema = registry.getSchema(SchemaLocation.of("https://dpds.io/schemas/policy-file/1"), in,
          InputFormat.JSON);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
