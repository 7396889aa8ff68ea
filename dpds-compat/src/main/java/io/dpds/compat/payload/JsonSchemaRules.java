package io.dpds.compat.payload;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import io.dpds.report.Rule;
import java.util.List;

/**
 * The rules of table b3 (JSON Schema payloads, read as sets of values: readers of the old schema need the new one to
 * be a subset, writers of the old schema a superset). A severity here is the worse of the two columns.
 */
public final class JsonSchemaRules {

  /**
   * {@code compat.jsonschema.type}: The type changed: widened (a type or null added, integer to number) breaks readers
   * of the old schema, narrowed breaks its writers, changed breaks both.
   */
  public static final Rule TYPE = new Rule("compat.jsonschema.type", ERROR,
      "The type changed: widened (a type or null added, integer to number) breaks readers of the old schema,"
          + " narrowed breaks its writers, changed breaks both", "Keep the type.");
  /**
   * {@code compat.jsonschema.property-added}: A property was added: breaks readers when the old model was closed,
   * writers when it is required (a warning when the old model was open: old writers may already send that name).
   */
  public static final Rule PROPERTY_ADDED = new Rule("compat.jsonschema.property-added", ERROR,
      "A property was added: breaks readers when the old model was closed, writers when it is required (a warning"
          + " when the old model was open: old writers may already send that name)",
      "Add properties as optional, to open models.");
  /**
   * {@code compat.jsonschema.property-removed}: A property was removed: breaks readers when it was required, writers
   * when the new model is closed.
   */
  public static final Rule PROPERTY_REMOVED = new Rule("compat.jsonschema.property-removed", ERROR,
      "A property was removed: breaks readers when it was required, writers when the new model is closed",
      "Keep the property; make it optional first.");
  /**
   * {@code compat.jsonschema.required}: A property became required (breaks writers unless it has a default) or optional
   * (breaks readers).
   */
  public static final Rule REQUIRED = new Rule("compat.jsonschema.required", ERROR,
      "A property became required (breaks writers unless it has a default) or optional (breaks readers)",
      "Keep required properties required.");
  /**
   * {@code compat.jsonschema.content-model}: additionalProperties, unevaluatedProperties or patternProperties changed:
   * closing a model breaks writers, opening it breaks readers.
   */
  public static final Rule CONTENT_MODEL = new Rule("compat.jsonschema.content-model", ERROR,
      "additionalProperties, unevaluatedProperties or patternProperties changed: closing a model breaks writers,"
          + " opening it breaks readers", "Keep the content model.");
  /**
   * {@code compat.jsonschema.enum}: Enum values were added (breaks readers) or removed (breaks writers), or an enum
   * appeared or went.
   */
  public static final Rule ENUM = new Rule("compat.jsonschema.enum", ERROR,
      "Enum values were added (breaks readers) or removed (breaks writers), or an enum appeared or went",
      "Add enum values only where readers tolerate them.");
  /**
   * {@code compat.jsonschema.const}: A const was added (breaks writers), removed (breaks readers) or changed (breaks
   * both).
   */
  public static final Rule CONST = new Rule("compat.jsonschema.const", ERROR,
      "A const was added (breaks writers), removed (breaks readers) or changed (breaks both)", "Keep the const.");
  /**
   * {@code compat.jsonschema.bounds}: A bound moved (maximum, minimum, exclusive bounds, lengths, item and property
   * counts, multipleOf): loosened breaks readers, tightened breaks writers.
   */
  public static final Rule BOUNDS = new Rule("compat.jsonschema.bounds", ERROR,
      "A bound moved (maximum, minimum, exclusive bounds, lengths, item and property counts, multipleOf): loosened"
          + " breaks readers, tightened breaks writers", "Keep the bounds.");
  /**
   * {@code compat.jsonschema.pattern}: A pattern was added (breaks writers), removed (breaks readers) or changed (a
   * warning: regular expressions cannot be compared).
   */
  public static final Rule PATTERN = new Rule("compat.jsonschema.pattern", ERROR,
      "A pattern was added (breaks writers), removed (breaks readers) or changed (a warning: regular expressions"
          + " cannot be compared)", "Keep the pattern.");
  /**
   * {@code compat.jsonschema.format}: A format was added, changed or removed: an annotation unless validators assert
   * it.
   */
  public static final Rule FORMAT = new Rule("compat.jsonschema.format", WARNING,
      "A format was added, changed or removed: an annotation unless validators assert it", "Review the change.");
  /** {@code compat.jsonschema.unique-items}: uniqueItems was added (breaks writers) or removed (breaks readers). */
  public static final Rule UNIQUE_ITEMS = new Rule("compat.jsonschema.unique-items", ERROR,
      "uniqueItems was added (breaks writers) or removed (breaks readers)", "Keep uniqueItems.");
  /**
   * {@code compat.jsonschema.composition}: anyOf or oneOf gained a branch (breaks readers) or lost one (breaks
   * writers); allOf gained a subschema (breaks writers) or lost one (breaks readers); anyOf, oneOf, allOf or not
   * written where there was none narrows (breaks writers), and removed widens (breaks readers).
   */
  public static final Rule COMPOSITION = new Rule("compat.jsonschema.composition", ERROR,
      "anyOf or oneOf gained a branch (breaks readers) or lost one (breaks writers); allOf gained a subschema (breaks"
          + " writers) or lost one (breaks readers); anyOf, oneOf, allOf or not written where there was none narrows"
          + " (breaks writers), and removed widens (breaks readers)", "Keep the branches.");
  /**
   * {@code compat.jsonschema.access}: A property became readOnly (writers may no longer send it: breaks OpenAPI
   * requests) or writeOnly (readers no longer get it: breaks responses).
   */
  public static final Rule ACCESS = new Rule("compat.jsonschema.access", ERROR,
      "A property became readOnly (writers may no longer send it: breaks OpenAPI requests) or writeOnly (readers no"
          + " longer get it: breaks responses)", "Keep the property's access.");
  /**
   * {@code compat.jsonschema.dependencies}: dependentRequired, dependentSchemas or dependencies were added (break
   * writers), removed (break readers) or changed (a warning).
   */
  public static final Rule DEPENDENCIES = new Rule("compat.jsonschema.dependencies", ERROR,
      "dependentRequired, dependentSchemas or dependencies were added (break writers), removed (break readers) or"
          + " changed (a warning)", "Keep the dependencies.");
  /**
   * {@code compat.jsonschema.unprovable}: A change the rules cannot prove safe: if/then/else, not, $dynamicRef, an
   * unknown keyword, a reference that cannot be followed.
   */
  public static final Rule UNPROVABLE = new Rule("compat.jsonschema.unprovable", WARNING,
      "A change the rules cannot prove safe: if/then/else, not, $dynamicRef, an unknown keyword, a reference that"
          + " cannot be followed", "Review it, then waive it or override the rule's severity.");
  /**
   * {@code compat.jsonschema.default}: A default value changed: writers that leave the value out now mean something
   * else.
   */
  public static final Rule DEFAULT = new Rule("compat.jsonschema.default", WARNING,
      "A default value changed: writers that leave the value out now mean something else",
      "Tell writers what the missing value now means.");
  /** {@code compat.jsonschema.dialect}: $schema changed: keywords may mean something else in the other draft. */
  public static final Rule DIALECT = new Rule("compat.jsonschema.dialect", WARNING,
      "$schema changed: keywords may mean something else in the other draft", "Keep the dialect.");
  /**
   * {@code compat.jsonschema.documentation}: Only annotations changed: title, description, examples, $comment,
   * deprecated, readOnly, writeOnly, $id.
   */
  public static final Rule DOCUMENTATION = new Rule("compat.jsonschema.documentation", INFO,
      "Only annotations changed: title, description, examples, $comment, deprecated, readOnly, writeOnly, $id",
      "Nothing to do.");

  /** Every rule above. */
  public static final List<Rule> ALL = List.of(TYPE, PROPERTY_ADDED, PROPERTY_REMOVED, REQUIRED, CONTENT_MODEL, ENUM,
      CONST, BOUNDS, PATTERN, FORMAT, UNIQUE_ITEMS, COMPOSITION, ACCESS, DEPENDENCIES, UNPROVABLE, DEFAULT, DIALECT,
      DOCUMENTATION);

  private JsonSchemaRules() {}
}
