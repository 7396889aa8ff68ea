package io.dpds.compat.payload;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import io.dpds.compat.spi.PayloadChanges;
import io.dpds.compat.spi.PayloadEngine;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility;

/**
 * Avro payloads (table b2): Apache Avro's reader/writer resolution decides each change, judged for readers of the old
 * schema (reader old, writer new) and for writers of the old schema (reader new, writer old); on top of it, the rules
 * Avro ignores: logical types, namespaces and default values. Fields are matched by name, then by the new field's
 * aliases (a field matched so is judged for writers alone: aliases are the reader's, so readers of the old schema use
 * their default); union branches by type and name. When Avro finds the schemas incompatible for a side where no change
 * explains it, that is reported too, with Avro's words.
 */
public final class AvroPayloadEngine implements PayloadEngine {

  @Override
  public String name() {
    return "Avro";
  }

  @Override
  public boolean reads(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    return f.startsWith("application/vnd.apache.avro") || f.equals("avro");
  }

  @Override
  public List<Rule> rules() {
    return AvroRules.ALL;
  }

  @Override
  public void compare(PayloadSchema old, PayloadSchema now, PayloadChanges changes) {
    Schema a = parse(old);
    Schema b = parse(now);
    if (a == null || b == null) {
      changes.report(AvroRules.UNPARSEABLE, WARNING, WARNING, "The " + (a == null ? "old" : "new")
          + " Avro schema does not parse, so the change cannot be judged", a == null ? "" : null,
          b == null ? "" : null);
      return;
    }
    long cost = Math.max(cost(a), cost(b));
    Walk walk = new Walk(changes, cost <= AVRO_BUDGET);
    walk.type(a, b, "", "", label(a));
    if (walk.affordable) {
      walk.safetyNet(a, b);
    } else {
      changes.report(AvroRules.UNPROVABLE, WARNING, WARNING, "Apache Avro's own reader/writer check was not run:"
          + " the schemas are too large for it (" + (cost > AVRO_BUDGET * 10 ? "over " + AVRO_BUDGET * 10 : cost)
          + " against a budget of " + AVRO_BUDGET + "); the changes reported come from dpds's comparison", "", "");
    }
  }

  private static Schema parse(PayloadSchema schema) {
    try {
      return new Schema.Parser(NameValidator.STRICT_VALIDATOR).setValidateDefaults(true)
          .parse(schema.node().toString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * What Apache Avro's own check of two schemas costs at most, in nodes visited: the size of the schema written out
   * as a tree (a named type counted at each of its uses, as Avro's check may revisit it), plus the square of the
   * size of every union (Avro matches each writer branch against the reader's). Above it the check is not run.
   */
  static final long AVRO_BUDGET = 200_000;

  /** The cost of checking {@code schema} with Avro (see {@link #AVRO_BUDGET}), counted up to ten times the budget. */
  static long cost(Schema schema) {
    return Math.min(cost(schema, new HashMap<>(), new HashSet<>()), AVRO_BUDGET * 10 + 1);
  }

  private static long cost(Schema s, Map<String, Long> named, Set<String> visiting) {
    boolean isNamed = s.getType() == Schema.Type.RECORD || s.getType() == Schema.Type.ENUM
        || s.getType() == Schema.Type.FIXED;
    if (isNamed) {
      Long known = named.get(s.getFullName());
      if (known != null) {
        return known;
      }
      if (!visiting.add(s.getFullName())) {
        return 1; // a recursive reference: Avro's check memoises it
      }
    }
    long cost = 1;
    switch (s.getType()) {
      case RECORD -> {
        for (Schema.Field f : s.getFields()) {
          cost = capped(cost + cost(f.schema(), named, visiting));
        }
      }
      case ARRAY -> cost = capped(cost + cost(s.getElementType(), named, visiting));
      case MAP -> cost = capped(cost + cost(s.getValueType(), named, visiting));
      case UNION -> {
        long branches = s.getTypes().size();
        cost = capped(cost + branches * branches);
        for (Schema branch : s.getTypes()) {
          cost = capped(cost + cost(branch, named, visiting));
        }
      }
      default -> { }
    }
    if (isNamed) {
      visiting.remove(s.getFullName());
      named.put(s.getFullName(), cost);
    }
    return cost;
  }

  private static long capped(long cost) {
    return Math.min(cost, AVRO_BUDGET * 10 + 1);
  }

  /** Whether data written with {@code writer} can be read with {@code reader}, by Avro's own rules. */
  static boolean readable(Schema reader, Schema writer) {
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
        == SchemaCompatibilityType.COMPATIBLE;
  }

  private static String label(Schema s) {
    return switch (s.getType()) {
      case RECORD, ENUM, FIXED -> s.getName();
      default -> s.getType().getName();
    };
  }

  /** One comparison: the changes found, and the severities reported per side, for the safety net. */
  private static final class Walk {
    private final PayloadChanges changes;
    /** Whether Avro's own check fits the budget; when not, what only it could decide is a warning. */
    private final boolean affordable;
    private final Set<String> seen = new HashSet<>();
    private boolean readersBroken;
    private boolean writersBroken;
    /**
     * Inside a field the new schema renamed with the old name as an alias: readers of the old schema do not match it
     * (aliases are the reader's), so only its writers are judged by what changed in it.
     */
    private int writersOnly;

    Walk(PayloadChanges changes, boolean affordable) {
      this.changes = changes;
      this.affordable = affordable;
    }

    /** Avro's verdict whether {@code writer}'s data reads with {@code reader}: ERROR or INFO, WARNING over budget. */
    private Severity readableAs(Schema reader, Schema writer) {
      if (!affordable) {
        return WARNING;
      }
      return readable(reader, writer) ? INFO : ERROR;
    }

    void report(Rule rule, Severity readers, Severity writers, String message, String pa, String pb) {
      readers = writersOnly > 0 ? INFO : readers;
      readersBroken |= readers == ERROR;
      writersBroken |= writers == ERROR;
      changes.report(rule, readers, writers, message, pa, pb);
    }

    /** Errors for a side that cannot read, by Avro's rules. */
    void judged(Rule rule, Schema a, Schema b, String message, String pa, String pb) {
      report(rule, readableAs(a, b), readableAs(b, a), message, pa, pb);
    }

    void type(Schema a, Schema b, String pa, String pb, String where) {
      if (!logicalTypes(a, b, pa, pb, where)) {
        return;
      }
      if (a.getType() != b.getType()) {
        if (a.getType() == Schema.Type.UNION || b.getType() == Schema.Type.UNION) {
          String how = b.getType() == Schema.Type.UNION
              ? (b.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL) ? "made nullable"
                  : "became a union") + " (" + a.getType().getName() + " -> " + b + ")"
              : "is no longer a union (" + a + " -> " + b.getType().getName() + ")";
          judged(AvroRules.UNION, a, b, where + " " + how, pa, pb);
        } else {
          judged(AvroRules.TYPE, a, b, where + " changed type from " + a.getType().getName() + " to "
              + b.getType().getName(), pa, pb);
        }
        return;
      }
      switch (a.getType()) {
        case RECORD -> {
          if (named(a, b, pa, pb) && seen.add(a.getFullName() + "|" + b.getFullName())) {
            record(a, b, pa, pb);
          }
        }
        case ENUM -> {
          if (named(a, b, pa, pb)) {
            symbols(a, b, pa, pb);
          }
        }
        case FIXED -> {
          if (named(a, b, pa, pb) && a.getFixedSize() != b.getFixedSize()) {
            report(AvroRules.FIXED_SIZE, ERROR, ERROR, "fixed " + a.getName() + " changed size from "
                + a.getFixedSize() + " to " + b.getFixedSize(), pa, pb);
          }
        }
        case ARRAY -> type(a.getElementType(), b.getElementType(), pa + "/items", pb + "/items", where + "[]");
        case MAP -> type(a.getValueType(), b.getValueType(), pa + "/values", pb + "/values", where + "{}");
        case UNION -> union(a, b, pa, pb, where);
        default -> { } // the same primitive
      }
    }

    /** Reports a change of logical type; false when it was reported (nothing more to say about the pair). */
    private boolean logicalTypes(Schema a, Schema b, String pa, String pb, String where) {
      String la = logical(a);
      String lb = logical(b);
      if (Objects.equals(la, lb)) {
        return true;
      }
      report(AvroRules.LOGICAL_TYPE, ERROR, ERROR, where + " changed logical type from " + (la == null ? "none" : la)
          + " to " + (lb == null ? "none" : lb), pa, pb);
      return false;
    }

    /** The logical type with its parameters, e.g. {@code decimal(10,2)}; null when none. */
    private static String logical(Schema s) {
      String name = s.getProp("logicalType");
      if (name == null) {
        return null;
      }
      Object precision = s.getObjectProp("precision");
      Object scale = s.getObjectProp("scale");
      return precision == null && scale == null ? name : name + "(" + precision + "," + scale + ")";
    }

    /**
     * Compares the names of two named types; false when the types are different ones (reported, no more to say).
     */
    private boolean named(Schema a, Schema b, String pa, String pb) {
      if (a.getName().equals(b.getName())) {
        if (!Objects.equals(a.getNamespace(), b.getNamespace())) {
          report(AvroRules.NAMESPACE, WARNING, WARNING, a.getName() + " moved from namespace " + a.getNamespace()
              + " to " + b.getNamespace(), pa, pb);
        }
        if (!Objects.equals(a.getDoc(), b.getDoc()) || !a.getAliases().equals(b.getAliases())) {
          report(AvroRules.DOCUMENTATION, INFO, INFO, a.getName() + " changed its documentation or aliases", pa, pb);
        }
        return true;
      }
      Severity readers = aliases(a).contains(b.getName()) ? INFO : ERROR;
      Severity writers = aliases(b).contains(a.getName()) ? INFO : ERROR;
      report(AvroRules.NAME, readers, writers, a.getType().getName() + " " + a.getName() + " renamed to "
          + b.getName() + (writers == INFO ? " (with the old name as an alias)" : ""), pa, pb);
      return readers == INFO || writers == INFO;
    }

    private static Set<String> aliases(Schema s) {
      Set<String> names = new HashSet<>();
      for (String alias : s.getAliases()) {
        names.add(alias.substring(alias.lastIndexOf('.') + 1));
      }
      return names;
    }

    private void record(Schema a, Schema b, String pa, String pb) {
      List<Schema.Field> unmatched = new ArrayList<>(b.getFields());
      List<String> orderA = new ArrayList<>();
      List<String> orderB = new ArrayList<>();
      for (Schema.Field f : a.getFields()) {
        Schema.Field g = b.getField(f.name());
        boolean renamed = false;
        if (g == null) {
          g = b.getFields().stream().filter(x -> x.aliases().contains(f.name())).findFirst().orElse(null);
          renamed = g != null;
        }
        String fa = pa + "/fields/" + f.pos();
        String where = a.getName() + "." + f.name();
        if (g == null) {
          report(AvroRules.FIELD_REMOVED, f.hasDefaultValue() ? INFO : ERROR, INFO, "field " + where + " removed"
              + (f.hasDefaultValue() ? " (it had a default)" : ""), fa, null);
          continue;
        }
        unmatched.remove(g);
        orderA.add(f.name());
        orderB.add(g.name());
        String fb = pb + "/fields/" + g.pos();
        if (renamed) {
          report(AvroRules.FIELD_RENAMED, f.hasDefaultValue() ? INFO : ERROR, INFO, "field " + where
              + " renamed to " + g.name() + " (with the old name as an alias)", fa, fb);
        }
        field(f, g, fa, fb, where, renamed);
      }
      for (Schema.Field g : unmatched) {
        report(AvroRules.FIELD_ADDED, INFO, g.hasDefaultValue() ? INFO : ERROR, "field " + b.getName() + "."
            + g.name() + " added" + (g.hasDefaultValue() ? " with a default" : " without a default"), null,
            pb + "/fields/" + g.pos());
      }
      List<String> sortedB = new ArrayList<>(orderB);
      sortedB.sort((x, y) -> Integer.compare(b.getField(x).pos(), b.getField(y).pos()));
      if (!orderB.equals(sortedB)) {
        report(AvroRules.DOCUMENTATION, INFO, INFO, "the fields of " + a.getName() + " changed order", pa, pb);
      }
    }

    /** Compares a field with its match; {@code renamed} when the match was found by its alias of the old name. */
    private void field(Schema.Field f, Schema.Field g, String fa, String fb, String where, boolean renamed) {
      writersOnly += renamed ? 1 : 0;
      try {
        type(f.schema(), g.schema(), fa + "/type", fb + "/type", where);
      } finally {
        writersOnly -= renamed ? 1 : 0;
      }
      if (f.hasDefaultValue() && g.hasDefaultValue() && !Objects.equals(f.defaultVal(), g.defaultVal())) {
        report(AvroRules.DEFAULT, INFO, WARNING, "the default of " + where + " changed from " + f.defaultVal()
            + " to " + g.defaultVal(), fa + "/default", fb + "/default");
      } else if (f.hasDefaultValue() != g.hasDefaultValue()) {
        report(AvroRules.DOCUMENTATION, INFO, INFO, where + (g.hasDefaultValue() ? " got a default"
            : " lost its default"), fa, fb);
      }
      Set<String> aliases = new HashSet<>(g.aliases());
      if (renamed) {
        aliases.remove(f.name()); // the rename's own alias, reported as the rename
      }
      List<String> changed = new ArrayList<>(3);
      if (!Objects.equals(f.doc(), g.doc())) {
        changed.add("documentation");
      }
      if (!f.aliases().equals(aliases)) {
        changed.add("aliases");
      }
      if (f.order() != g.order()) {
        changed.add("sort order");
      }
      if (!changed.isEmpty()) {
        String last = changed.remove(changed.size() - 1);
        report(AvroRules.DOCUMENTATION, INFO, INFO, where + " changed its "
            + (changed.isEmpty() ? last : String.join(", ", changed) + " and " + last), fa, fb);
      }
    }

    private void symbols(Schema a, Schema b, String pa, String pb) {
      List<String> added = new ArrayList<>(b.getEnumSymbols());
      added.removeAll(a.getEnumSymbols());
      List<String> removed = new ArrayList<>(a.getEnumSymbols());
      removed.removeAll(b.getEnumSymbols());
      if (!added.isEmpty()) {
        report(AvroRules.ENUM_SYMBOLS, a.getEnumDefault() != null ? INFO : ERROR, INFO, "enum " + a.getName()
            + " gained " + added + (a.getEnumDefault() != null ? " (the old enum has a default)" : ""),
            pa + "/symbols", pb + "/symbols");
      }
      if (!removed.isEmpty()) {
        report(AvroRules.ENUM_SYMBOLS, INFO, b.getEnumDefault() != null ? INFO : ERROR, "enum " + a.getName()
            + " lost " + removed + (b.getEnumDefault() != null ? " (the new enum has a default)" : ""),
            pa + "/symbols", pb + "/symbols");
      }
      if (!Objects.equals(a.getEnumDefault(), b.getEnumDefault())) {
        report(AvroRules.DOCUMENTATION, INFO, INFO, "the default of enum " + a.getName() + " changed from "
            + a.getEnumDefault() + " to " + b.getEnumDefault(), pa, pb);
      }
    }

    private void union(Schema a, Schema b, String pa, String pb, String where) {
      List<Schema> unmatched = new ArrayList<>(b.getTypes());
      for (int i = 0; i < a.getTypes().size(); i++) {
        Schema branch = a.getTypes().get(i);
        Schema partner = unmatched.stream().filter(t -> sameBranch(branch, t)).findFirst().orElse(null);
        if (partner == null) {
          report(AvroRules.UNION, INFO, branchReadable(b, branch), where + " lost union branch "
              + branchName(branch), pa + "/" + i, null);
        } else {
          unmatched.remove(partner);
          type(branch, partner, pa + "/" + i, pb + "/" + b.getTypes().indexOf(partner), where);
        }
      }
      for (Schema branch : unmatched) {
        report(AvroRules.UNION, branchReadable(a, branch), INFO, where + " gained union branch "
            + branchName(branch), null, pb + "/" + b.getTypes().indexOf(branch));
      }
    }

    /**
     * Whether data of {@code branch} reads with the union {@code reader}: a named type only by a branch of its name
     * or aliases (decided here, at no cost), anything else by Avro's check.
     */
    private Severity branchReadable(Schema reader, Schema branch) {
      if (branch.getType() == Schema.Type.RECORD || branch.getType() == Schema.Type.ENUM
          || branch.getType() == Schema.Type.FIXED) {
        boolean named = reader.getTypes().stream().anyMatch(t -> t.getType() == branch.getType()
            && (t.getName().equals(branch.getName()) || aliases(t).contains(branch.getName())));
        if (!named) {
          return ERROR;
        }
      }
      return readableAs(reader, branch);
    }

    private static boolean sameBranch(Schema x, Schema y) {
      if (x.getType() != y.getType()) {
        return false;
      }
      return switch (x.getType()) {
        case RECORD, ENUM, FIXED -> x.getName().equals(y.getName());
        default -> true;
      };
    }

    private static String branchName(Schema s) {
      return label(s);
    }

    /** Avro's verdict on the whole schemas, for a side no reported change explains. */
    void safetyNet(Schema a, Schema b) {
      var readers = SchemaCompatibility.checkReaderWriterCompatibility(a, b).getResult();
      var writers = SchemaCompatibility.checkReaderWriterCompatibility(b, a).getResult();
      if (readers.getCompatibility() != SchemaCompatibilityType.COMPATIBLE && !readersBroken) {
        var first = readers.getIncompatibilities().get(0);
        report(AvroRules.INCOMPATIBLE, ERROR, INFO, "Avro: readers of the old schema cannot read the new one: "
            + first.getMessage() + " at " + first.getLocation(), first.getLocation(), null);
      }
      if (writers.getCompatibility() != SchemaCompatibilityType.COMPATIBLE && !writersBroken) {
        var first = writers.getIncompatibilities().get(0);
        report(AvroRules.INCOMPATIBLE, INFO, ERROR, "Avro: data written with the old schema cannot be read with"
            + " the new one: " + first.getMessage() + " at " + first.getLocation(), null, first.getLocation());
      }
    }
  }
}
