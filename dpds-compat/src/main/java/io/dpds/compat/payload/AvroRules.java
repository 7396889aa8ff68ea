package io.dpds.compat.payload;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import io.dpds.report.Rule;
import java.util.List;

/**
 * The rules of table b2 (Avro payloads). A severity here is the worse of the two columns; each finding carries the
 * severity of the column the port's direction selects.
 */
public final class AvroRules {

  /**
   * {@code compat.avro.unparseable}: A version of an Avro payload schema does not parse, so the change cannot be
   * judged.
   */
  public static final Rule UNPARSEABLE = new Rule("compat.avro.unparseable", WARNING,
      "A version of an Avro payload schema does not parse, so the change cannot be judged",
      "Fix the schema: dpds validate says why and where (rules api.avro and api.avro-names).");
  /**
   * {@code compat.avro.field-added}: A record field was added: breaks writers of the old schema unless it has a
   * default.
   */
  public static final Rule FIELD_ADDED = new Rule("compat.avro.field-added", ERROR,
      "A record field was added: breaks writers of the old schema unless it has a default",
      "Give the new field a default.");
  /**
   * {@code compat.avro.field-removed}: A record field was removed: breaks readers of the old schema unless the old
   * field had a default.
   */
  public static final Rule FIELD_REMOVED = new Rule("compat.avro.field-removed", ERROR,
      "A record field was removed: breaks readers of the old schema unless the old field had a default",
      "Keep the field, or give it a default one version before removing it.");
  /**
   * {@code compat.avro.field-renamed}: A record field was renamed with the old name as an alias: readers of the old
   * schema do not know the new name.
   */
  public static final Rule FIELD_RENAMED = new Rule("compat.avro.field-renamed", ERROR,
      "A record field was renamed with the old name as an alias: readers of the old schema do not know the new name",
      "Keep the old name, or give the old field a default first.");
  /**
   * {@code compat.avro.type}: A type changed; Avro's promotions (int to long, float or double; long to float or double;
   * float to double; string and bytes) are safe in one direction only.
   */
  public static final Rule TYPE = new Rule("compat.avro.type", ERROR,
      "A type changed; Avro's promotions (int to long, float or double; long to float or double; float to double;"
          + " string and bytes) are safe in one direction only",
      "Keep the type, or change it only along a promotion the affected side can read.");
  /** {@code compat.avro.union}: Union branches changed (a branch added or removed, a type made nullable or not). */
  public static final Rule UNION = new Rule("compat.avro.union", ERROR,
      "Union branches changed (a branch added or removed, a type made nullable or not)",
      "Add branches only where readers can take them; remove them only where writers never use them.");
  /**
   * {@code compat.avro.enum-symbols}: Enum symbols were added or removed: breaks the side that does not know a symbol
   * unless its enum has a default.
   */
  public static final Rule ENUM_SYMBOLS = new Rule("compat.avro.enum-symbols", ERROR,
      "Enum symbols were added or removed: breaks the side that does not know a symbol unless its enum has a"
          + " default", "Give the enum a default symbol before adding or removing symbols.");
  /**
   * {@code compat.avro.name}: A record, enum or fixed type was renamed: breaks readers unless their schema names the
   * other as an alias.
   */
  public static final Rule NAME = new Rule("compat.avro.name", ERROR,
      "A record, enum or fixed type was renamed: breaks readers unless their schema names the other as an alias",
      "Keep the name, or list the old name in the new type's aliases.");
  /**
   * {@code compat.avro.namespace}: Only the namespace of a named type changed: Avro reads it, but generated code and
   * registry subjects change.
   */
  public static final Rule NAMESPACE = new Rule("compat.avro.namespace", WARNING,
      "Only the namespace of a named type changed: Avro reads it, but generated code and registry subjects change",
      "Keep the namespace unless consumers regenerate their code.");
  /** {@code compat.avro.fixed-size}: The size of a fixed type changed. */
  public static final Rule FIXED_SIZE = new Rule("compat.avro.fixed-size", ERROR,
      "The size of a fixed type changed", "Keep the size; use a new field of the new size.");
  /** {@code compat.avro.default}: A field's default value changed: data written without the field reads differently. */
  public static final Rule DEFAULT = new Rule("compat.avro.default", WARNING,
      "A field's default value changed: data written without the field reads differently",
      "Tell producers and consumers what the missing value now means.");
  /**
   * {@code compat.avro.logical-type}: A logical type was added, removed or changed (decimal precision or scale,
   * timestamp-millis to -micros, date, uuid): Avro ignores it, but the values mean something else.
   */
  public static final Rule LOGICAL_TYPE = new Rule("compat.avro.logical-type", ERROR,
      "A logical type was added, removed or changed (decimal precision or scale, timestamp-millis to -micros, date,"
          + " uuid): Avro ignores it, but the values mean something else",
      "Keep the logical type; put the new meaning in a new field.");
  /** {@code compat.avro.documentation}: Documentation, aliases, field order, sort order or an enum default changed. */
  public static final Rule DOCUMENTATION = new Rule("compat.avro.documentation", INFO,
      "Documentation, aliases, field order, sort order or an enum default changed", "Nothing to do.");
  /**
   * {@code compat.avro.incompatible}: Apache Avro's reader/writer check finds the schemas incompatible where no other
   * rule says why.
   */
  public static final Rule INCOMPATIBLE = new Rule("compat.avro.incompatible", ERROR,
      "Apache Avro's reader/writer check finds the schemas incompatible where no other rule says why",
      "Read Avro's message; keep the old shape readable.");
  /**
   * {@code compat.avro.unprovable}: Schemas too large for Apache Avro's own reader/writer check (named types reused at
   * many depths, unions of thousands of branches) are judged by dpds's own comparison only; what it cannot decide is a
   * warning.
   */
  public static final Rule UNPROVABLE = new Rule("compat.avro.unprovable", WARNING,
      "Schemas too large for Apache Avro's own reader/writer check (named types reused at many depths, unions of"
          + " thousands of branches) are judged by dpds's own comparison only; what it cannot decide is a warning",
      "Review the change; split very large unions or deeply reused types if the check matters.");

  /** Every rule above. */
  public static final List<Rule> ALL = List.of(UNPARSEABLE, FIELD_ADDED, FIELD_REMOVED, FIELD_RENAMED, TYPE, UNION,
      ENUM_SYMBOLS, NAME, NAMESPACE, FIXED_SIZE, DEFAULT, LOGICAL_TYPE, DOCUMENTATION, INCOMPATIBLE, UNPROVABLE);

  private AvroRules() {}
}
