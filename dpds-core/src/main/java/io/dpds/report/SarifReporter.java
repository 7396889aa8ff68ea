package io.dpds.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run whose driver lists the rule catalogue (id, title, hint, default level); one result per finding
 * with its level, message, physical location (relative to the base folder when the file lies inside it, as
 * code-scanning tools expect) and the JSON pointer as logical location; suppressed findings carry an external
 * suppression with the waiver's reason. A finding without a location is placed at line 1 of the file it is about.
 */
final class SarifReporter implements Reporter {

  private static final JsonFactory JSON = new JsonFactory();
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String BASE_ID = "SRCROOT";

  private final List<Rule> catalogue;
  private final URI base;

  SarifReporter(List<Rule> catalogue, Path baseDir) {
    this.catalogue = catalogue;
    URI dir = baseDir.toAbsolutePath().normalize().toUri();
    this.base = dir.toString().endsWith("/") ? dir : URI.create(dir + "/"); // SARIF: a base URI ends with '/'
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    Map<String, Rule> rules = new LinkedHashMap<>();
    catalogue.forEach(rule -> rules.put(rule.id(), rule));
    for (FileReport file : files) {
      for (Diagnostic d : all(file)) {
        rules.putIfAbsent(d.ruleId(), new Rule(d.ruleId(), d.severity(), d.ruleId(), d.hint().orElse("")));
      }
    }
    List<String> ids = new ArrayList<>(rules.keySet());
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "dpds");
      g.writeArrayFieldStart("rules");
      for (Rule rule : rules.values()) {
        rule(g, rule);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "unicodeCodePoints"); // as every location counts them: see SourceLocation
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart(BASE_ID);
      g.writeStringField("uri", base.toString());
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (FileReport file : files) {
        for (Diagnostic d : file.diagnostics()) {
          result(g, file, d, ids.indexOf(d.ruleId()), null);
        }
        for (Suppression s : file.suppressed()) {
          result(g, file, s.diagnostic(), ids.indexOf(s.diagnostic().ruleId()), s.reason());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private static List<Diagnostic> all(FileReport file) {
    List<Diagnostic> all = new ArrayList<>(file.diagnostics());
    file.suppressed().forEach(s -> all.add(s.diagnostic()));
    return all;
  }

  private static void rule(JsonGenerator g, Rule rule) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", rule.id());
    g.writeStringField("name", name(rule.id()));
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", rule.title());
    g.writeEndObject();
    g.writeObjectFieldStart("help");
    g.writeStringField("text", rule.hint());
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(rule.defaultSeverity()));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** PascalCase of a rule id, as SARIF's rule names are: {@code ref.cycle} gives {@code RefCycle}. */
  private static String name(String id) {
    StringBuilder out = new StringBuilder();
    for (String part : id.split("[.\\-]")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  private void result(JsonGenerator g, FileReport file, Diagnostic d, int index, String waived) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.ruleId());
    g.writeNumberField("ruleIndex", index);
    g.writeStringField("level", level(d.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", d.messageAndHint(" ", ""));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    SourceLocation location = d.location().orElse(null);
    URI uri = location != null ? location.uri() : Path.of(file.file()).toAbsolutePath().normalize().toUri();
    URI relative = base.relativize(uri);
    if (relative != uri && !relative.isAbsolute()) {
      g.writeStringField("uri", relative.toString());
      g.writeStringField("uriBaseId", BASE_ID);
    } else {
      g.writeStringField("uri", uri.toString());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", location != null ? location.line() : 1);
    g.writeNumberField("startColumn", location != null ? location.column() : 1);
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("fullyQualifiedName", d.pointer().isEmpty() ? "/" : d.pointer());
    g.writeStringField("kind", "member");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    if (waived != null) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("justification", waived);
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
