package io.dpds.compat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dpds.report.Diagnostic;
import io.dpds.report.ReportFormat;
import io.dpds.report.Reporter;
import io.dpds.report.Severity;
import io.dpds.report.Suppression;
import io.dpds.report.VisibleText;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Renders a {@link CompatibilityReport} in each {@link ReportFormat}: SARIF and JUnit through the shared reporters;
 * text, JSON and Markdown (a changelog for people) of their own, because a diff has two inputs and a verdict.
 *
 * <p>The JSON report, format version 1 (the contract of {@code dpds diff --format json}):
 *
 * <pre>
 * {"formatVersion":1, "old":"&lt;as given&gt;", "new":"&lt;as given&gt;",
 *  "compatible":bool, "requiredBump":"none|patch|minor|major", "declaredBump":"none|patch|minor|major|decrease",
 *  "versionOk":bool,
 *  "changes":[{"ruleId":"...","severity":"breaking|warning|info","message":"...",
 *              "pointer":"&lt;in NEW, or in OLD for a removal&gt;","port":"&lt;kind:name&gt;"|null,
 *              "change":"added|removed|changed","oldPointer":"..."|null,"newPointer":"..."|null,
 *              "location":{"uri":"...","line":N,"column":N}|null,"hint":"..."|null}],
 *  "versionProblems":[{"ruleId":"...","severity":"error|warning|info","message":"...","pointer":"...",
 *                      "location":{...}|null,"hint":"..."|null}],
 *  "suppressed":[{...the fields of a version problem..., "reason":"&lt;the waiver's reason&gt;"}]}
 * </pre>
 *
 * Fields are only ever added, never changed or removed; {@code formatVersion} grows when they are. Stateless and
 * thread-safe.
 */
public final class CompatibilityReporter {

  /** The version of the JSON format above. */
  public static final int FORMAT_VERSION = 1;
  private static final JsonFactory JSON = new JsonFactory();

  private final ReportFormat format;
  private final Path baseDir;

  /**
   * @param format the output format
   * @param baseDir the folder every format shows file locations relative to when they lie below it (JSON keeps the
   *     absolute {@code uri} beside the relative {@code path}); usually the working directory
   */
  public CompatibilityReporter(ReportFormat format, Path baseDir) {
    this.format = Objects.requireNonNull(format, "format");
    this.baseDir = Objects.requireNonNull(baseDir, "baseDir");
  }

  /**
   * Writes {@code report} to {@code out}; {@code oldName} and {@code newName} are the inputs as the user named them.
   * Neither flushes nor closes {@code out}.
   *
   * @param report the report
   * @param oldName the old version as the user named it
   * @param newName the new version as the user named it
   * @param out where the report goes
   * @throws IOException when {@code out} fails
   */
  public void write(CompatibilityReport report, String oldName, String newName, Appendable out) throws IOException {
    switch (format) {
      case JSON -> json(report, oldName, newName, out);
      case TEXT -> text(report, oldName, newName, out);
      case MARKDOWN -> Changelog.write(report, oldName, newName, baseDir, out);
      default -> Reporter.of(format, CompatibilityChecker.rules(), baseDir)
          .write(List.of(report.toFileReport(oldName + " -> " + newName)), out);
    }
  }

  /**
   * {@return {@code breaking}, {@code warning} or {@code info}: how the severity of a judged change reads}
   *
   * @param severity the severity of a judged change
   */
  public static String label(Severity severity) {
    return severity == Severity.ERROR ? "breaking" : severity.label();
  }

  private void json(CompatibilityReport report, String oldName, String newName, Appendable out)
      throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeStringField("old", oldName);
      g.writeStringField("new", newName);
      g.writeBooleanField("compatible", report.compatible());
      g.writeStringField("requiredBump", report.requiredBump().label());
      g.writeStringField("declaredBump", report.declaredBump().label());
      g.writeBooleanField("versionOk", report.versionOk());
      g.writeArrayFieldStart("changes");
      for (CompatibilityFinding finding : report.findings()) {
        Diagnostic d = finding.diagnostic();
        Change c = finding.change();
        g.writeStartObject();
        g.writeStringField("ruleId", d.ruleId());
        g.writeStringField("severity", label(d.severity()));
        g.writeStringField("message", d.message());
        g.writeStringField("pointer", d.pointer());
        g.writeStringField("port", finding.port().map(PortId::toString).orElse(null));
        g.writeStringField("change", c.type().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("oldPointer", c.oldPointer().orElse(null));
        g.writeStringField("newPointer", c.newPointer().orElse(null));
        location(g, d);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("versionProblems");
      for (Diagnostic d : report.versionProblems()) {
        g.writeStartObject();
        diagnostic(g, d);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("suppressed");
      for (Suppression s : report.suppressed()) {
        g.writeStartObject();
        diagnostic(g, s.diagnostic());
        g.writeStringField("reason", s.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStringField("ruleId", d.ruleId());
    g.writeStringField("severity", d.severity().label());
    g.writeStringField("message", d.message());
    g.writeStringField("pointer", d.pointer());
    location(g, d);
  }

  private void location(JsonGenerator g, Diagnostic d) throws IOException {
    if (d.location().isPresent()) {
      var l = d.location().get();
      g.writeObjectFieldStart("location");
      g.writeStringField("uri", l.uri().toString());
      g.writeStringField("path", l.displayPath(baseDir));
      g.writeNumberField("line", l.line());
      g.writeNumberField("column", l.column());
      g.writeEndObject();
    } else {
      g.writeNullField("location");
    }
    g.writeStringField("hint", d.hint().orElse(null));
  }

  private void text(CompatibilityReport report, String oldName, String newName, Appendable out)
      throws IOException {
    for (CompatibilityFinding finding : report.findings()) {
      Diagnostic d = finding.diagnostic();
      line(out, d, label(d.severity()));
      if (d.severity() != Severity.INFO && d.hint().isPresent()) {
        line(out, "    hint: " + d.hint().get());
      }
    }
    for (Diagnostic d : report.versionProblems()) {
      line(out, d, d.severity().label());
      if (d.hint().isPresent()) {
        line(out, "    hint: " + d.hint().get());
      }
    }
    for (Suppression s : report.suppressed()) {
      line(out, s.diagnostic(), "suppressed");
      line(out, "    waived: " + s.reason());
    }
    line(out, oldName + " -> " + newName + ": " + Changelog.summary(report));
  }

  private void line(Appendable out, Diagnostic d, String label) throws IOException {
    line(out, d.location().map(l -> l.toString(baseDir)).orElse("#" + d.pointer()) + ": " + label + " ["
        + d.ruleId() + "] " + d.message());
  }

  /** Writes {@code text}, which quotes the descriptors, as one line whatever it holds ({@link VisibleText}). */
  private static void line(Appendable out, String text) throws IOException {
    out.append(VisibleText.of(text)).append('\n');
  }
}
