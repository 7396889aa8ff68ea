package io.dpds.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One compiled assertion of a declarative policy, over the nodes its path selects from the node in scope (the node
 * itself without a path). Leaf assertions hold for every selected node (and fail when the path selects nothing, except
 * {@code exists: false} and {@code count}); {@code all}, {@code any} and {@code none} apply their assertions to each
 * selected node. Immutable and thread-safe.
 */
final class Assertion {

  /** What an assertion checks. */
  enum Kind {
    EXISTS, EQUALS, IN, MATCHES, SEMVER, CONTAINS, COUNT, ALL, ANY, NONE
  }

  /** Where an assertion does not hold, and why. */
  record Issue(Scope at, String message) {}

  private final Kind kind;
  private final PathSpec path;
  private final JsonNode operand;
  private final Predicate<String> text;
  private final Integer min;
  private final Integer max;
  private final List<Assertion> parts;
  private final String message;

  /**
   * @param text for {@code matches} and {@code semver}, the compiled test of a value's text; otherwise null
   */
  Assertion(Kind kind, PathSpec path, JsonNode operand, Predicate<String> text, Integer min, Integer max,
      List<Assertion> parts, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = path;
    this.operand = operand;
    this.text = text;
    this.min = min;
    this.max = max;
    this.parts = parts == null ? List.of() : List.copyOf(parts);
    this.message = message;
  }

  /** Where the assertion does not hold for {@code scope}; empty when it holds. */
  List<Issue> check(Scope scope) {
    List<Scope> hits = path == null ? List.of(scope) : path.select(scope);
    List<Issue> issues = new ArrayList<>();
    switch (kind) {
      case EXISTS -> {
        if (operand.asBoolean() && hits.isEmpty()) {
          issues.add(new Issue(scope, subject() + " is missing"));
        } else if (!operand.asBoolean()) {
          hits.forEach(hit -> issues.add(new Issue(hit, subject() + " must not be there")));
        }
      }
      case COUNT -> {
        boolean array = hits.size() == 1 && hits.get(0).node().isArray();
        int n = array ? hits.get(0).node().size() : hits.size();
        if (min != null && n < min || max != null && n > max) {
          issues.add(new Issue(array ? hits.get(0) : scope, subject() + " has " + n + (n == 1 ? " item" : " items")
              + ", expected " + bounds()));
        }
      }
      case CONTAINS -> {
        List<JsonNode> values = new ArrayList<>();
        hits.forEach(hit -> {
          if (hit.node().isArray()) {
            hit.node().forEach(values::add);
          } else {
            values.add(hit.node());
          }
        });
        List<String> lacking = new ArrayList<>();
        operand.forEach(expected -> {
          if (!values.contains(expected)) {
            lacking.add(text(expected));
          }
        });
        if (!lacking.isEmpty()) {
          issues.add(new Issue(hits.isEmpty() ? scope : hits.get(0), subject() + " lacks " + String.join(", ",
              lacking)));
        }
      }
      case ALL, ANY, NONE -> {
        if (hits.isEmpty()) {
          issues.add(new Issue(scope, subject() + " is missing"));
        }
        for (Scope hit : hits) {
          combine(hit, issues);
        }
      }
      default -> {
        if (hits.isEmpty()) {
          issues.add(new Issue(scope, subject() + " is missing"));
        }
        for (Scope hit : hits) {
          String problem = leaf(hit);
          if (problem != null) {
            issues.add(new Issue(hit, problem));
          }
        }
      }
    }
    if (message != null && !issues.isEmpty()) {
      return issues.stream().map(i -> new Issue(i.at(), message)).toList();
    }
    return issues;
  }

  private void combine(Scope hit, List<Issue> issues) {
    switch (kind) {
      case ALL -> parts.forEach(part -> issues.addAll(part.check(hit)));
      case ANY -> {
        List<String> reasons = new ArrayList<>();
        for (Assertion part : parts) {
          List<Issue> found = part.check(hit);
          if (found.isEmpty()) {
            return;
          }
          reasons.add(found.get(0).message());
        }
        issues.add(new Issue(hit, "none of the alternatives holds: " + String.join("; ", reasons)));
      }
      default -> parts.stream().filter(part -> part.check(hit).isEmpty())
          .forEach(part -> issues.add(new Issue(hit, "must not hold: " + part.describe())));
    }
  }

  /** Why a selected value fails a leaf assertion, or null. */
  private String leaf(Scope hit) {
    JsonNode value = hit.node();
    String shown = Sensitive.at(hit.pointer()) ? Sensitive.WITHHELD : text(value);
    return switch (kind) {
      case EQUALS -> value.equals(operand) || numbersEqual(value, operand) ? null
          : subject() + " is " + shown + ", expected " + text(operand);
      case IN -> {
        for (JsonNode allowed : operand) {
          if (allowed.equals(value) || numbersEqual(value, allowed)) {
            yield null;
          }
        }
        yield subject() + " is " + shown + ", expected one of " + list(operand);
      }
      case MATCHES -> value.isValueNode() && text.test(value.asText()) ? null
          : subject() + " is " + shown + ", which does not match " + operand.asText();
      case SEMVER -> value.isTextual() && text.test(value.textValue()) ? null
          : subject() + " is " + shown + ", not a version in " + operand.asText();
      default -> throw new IllegalStateException(kind.name());
    };
  }

  private static boolean numbersEqual(JsonNode a, JsonNode b) {
    return a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0;
  }

  /** The assertion in words, e.g. {@code promises.api.specification equals 'asyncapi'}. */
  String describe() {
    String what = subject();
    return switch (kind) {
      case EXISTS -> what + (operand.asBoolean() ? " exists" : " is absent");
      case EQUALS -> what + " equals " + text(operand);
      case IN -> what + " is one of " + list(operand);
      case MATCHES -> what + " matches " + operand.asText();
      case SEMVER -> what + " is a version in " + operand.asText();
      case CONTAINS -> what + " contains " + list(operand);
      case COUNT -> what + " has " + bounds();
      default -> what + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " of ("
          + parts.stream().map(Assertion::describe).collect(Collectors.joining("; ")) + ")";
    };
  }

  private String subject() {
    return path == null ? "the value" : path.toString();
  }

  private String bounds() {
    return min != null && max != null ? "between " + min + " and " + max
        : min != null ? "at least " + min : "at most " + max;
  }

  private static String list(JsonNode values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(text(v)));
    return "[" + String.join(", ", out) + "]";
  }

  private static String text(JsonNode value) {
    String text = value.isTextual() ? "'" + value.textValue() + "'" : value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
