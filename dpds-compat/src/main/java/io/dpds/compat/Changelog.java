package io.dpds.compat;

import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import io.dpds.report.Suppression;
import io.dpds.report.VisibleText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The changelog for people, in Markdown: the verdict, then the changes by severity, the version problems, waivers. */
final class Changelog {

  private Changelog() {}

  /** One sentence: compatible or not (how many breaking changes and warnings), the bumps, the versions. */
  static String summary(CompatibilityReport report) {
    long breaking = count(report, Severity.ERROR);
    long warnings = count(report, Severity.WARNING);
    return (report.compatible() ? "compatible" : "not compatible") + " (" + breaking + " breaking, " + warnings
        + " warning" + (warnings == 1 ? "" : "s") + ", " + count(report, Severity.INFO) + " info"
        + (report.suppressed().isEmpty() ? "" : ", " + report.suppressed().size() + " suppressed")
        + "); required bump " + report.requiredBump().label() + ", declared " + report.declaredBump().label()
        + "; versions " + (report.versionOk() ? "ok" : "not ok");
  }

  static void write(CompatibilityReport report, String oldName, String newName, Path baseDir, Appendable out)
      throws IOException {
    out.append("# Changes from `").append(code(oldName)).append("` to `").append(code(newName)).append("`\n\n")
        .append("**").append(report.compatible() ? "Compatible" : "Not compatible").append("** ")
        .append(summary(report).replaceFirst("^(not )?compatible ", "")).append(".\n");
    section(out, baseDir, "Breaking changes", report, Severity.ERROR);
    section(out, baseDir, "Warnings (not proven safe)", report, Severity.WARNING);
    section(out, baseDir, "Other changes", report, Severity.INFO);
    if (!report.versionProblems().isEmpty()) {
      out.append("\n## Version problems\n\n");
      for (Diagnostic d : report.versionProblems()) {
        item(out, baseDir, d, d.hint().orElse(null));
      }
    }
    if (!report.suppressed().isEmpty()) {
      out.append("\n## Waived\n\n");
      for (Suppression s : report.suppressed()) {
        item(out, baseDir, s.diagnostic(), "waived: " + s.reason());
      }
    }
  }

  private static void section(Appendable out, Path baseDir, String title, CompatibilityReport report, Severity severity)
      throws IOException {
    List<Diagnostic> found = report.findings().stream().map(CompatibilityFinding::diagnostic)
        .filter(d -> d.severity() == severity).toList();
    if (found.isEmpty()) {
      return;
    }
    out.append("\n## ").append(title).append("\n\n");
    for (Diagnostic d : found) {
      item(out, baseDir, d, severity == Severity.INFO ? null : d.hint().orElse(null));
    }
  }

  private static void item(Appendable out, Path baseDir, Diagnostic d, String note) throws IOException {
    out.append("- ").append(escape(d.message())).append(" (`").append(d.ruleId()).append("`");
    if (d.location().isPresent()) {
      out.append(", ").append(escape(d.location().get().toString(baseDir)));
    }
    out.append(")");
    if (note != null) {
      out.append("  \n  ").append(escape(note));
    }
    out.append('\n');
  }

  private static long count(CompatibilityReport report, Severity severity) {
    return report.findings().stream().filter(f -> f.diagnostic().severity() == severity).count();
  }

  /**
   * {@return {@code text}, which quotes the descriptors, as Markdown text: each control character written as an escape
   * ({@link VisibleText}), and neither a backslash nor a character that would start emphasis, a table cell or HTML
   * read as Markdown}
   */
  private static String escape(String text) {
    return VisibleText.of(text).replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*")
        .replace("_", "\\_").replace("<", "&lt;");
  }

  /** {@return a file's name as a code span's content: printable, and no backquote to end the span} */
  private static String code(String name) {
    return VisibleText.of(name).replace("`", "'");
  }
}
