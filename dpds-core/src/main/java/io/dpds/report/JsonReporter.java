package io.dpds.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON report, format version 1:
 *
 * <pre>
 * {"formatVersion":1,
 *  "results":[{"file":"&lt;as given&gt;","valid":true|false,
 *    "diagnostics":[{"ruleId":"...","severity":"error|warning|info","message":"...",
 *                    "pointer":"&lt;JSON pointer in the resolved descriptor; \"\" = root&gt;",
 *                    "pointers":["&lt;every pointer that reaches the node&gt;"] (only when more than one),
 *                    "location":{"uri":"...","path":"&lt;relative to the base folder when below it&gt;",
 *                                "line":N,"column":N} | null,
 *                    "hint":"..." | null}],
 *    "suppressed":[{...the same fields..., "reason":"&lt;the waiver's reason&gt;"}]}]}
 * </pre>
 *
 * {@code valid} is true when no diagnostic has severity error. Fields are only ever added, never changed or removed;
 * {@code formatVersion} grows when they are.
 */
final class JsonReporter implements Reporter {

  private final Path baseDir;

  JsonReporter(Path baseDir) {
    this.baseDir = baseDir;
  }

  static final int FORMAT_VERSION = 1;
  private static final JsonFactory JSON = new ObjectMapper().getFactory(); // with a codec: writes trees

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeArrayFieldStart("results");
      for (FileReport file : files) {
        g.writeStartObject();
        g.writeStringField("file", file.file());
        g.writeBooleanField("valid", file.valid());
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : file.diagnostics()) {
          g.writeStartObject();
          fields(g, d);
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("suppressed");
        for (Suppression s : file.suppressed()) {
          g.writeStartObject();
          fields(g, s.diagnostic());
          g.writeStringField("reason", s.reason());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  /** See {@link Reporter#json(Diagnostic, Path)}. */
  static ObjectNode json(Diagnostic d, Path baseDir) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("ruleId", d.ruleId());
    json.put("severity", d.severity().label());
    json.put("message", d.message());
    json.put("pointer", d.pointer());
    if (d.pointers().size() > 1) {
      ArrayNode pointers = json.putArray("pointers");
      d.pointers().forEach(pointers::add);
    }
    if (d.location().isPresent()) {
      ObjectNode location = json.putObject("location");
      location.put("uri", d.location().get().uri().toString());
      location.put("path", d.location().get().displayPath(baseDir));
      location.put("line", d.location().get().line());
      location.put("column", d.location().get().column());
    } else {
      json.putNull("location");
    }
    json.put("hint", d.hint().orElse(null));
    return json;
  }

  private void fields(JsonGenerator g, Diagnostic d) throws IOException {
    for (var fields = json(d, baseDir).fields(); fields.hasNext(); ) {
      var field = fields.next();
      g.writeFieldName(field.getKey());
      g.writeTree(field.getValue());
    }
  }
}
