package io.dpds.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Markdown for pull-request comments: per file a heading with the verdict and a table of findings. */
final class MarkdownReporter implements Reporter {

  private final Path baseDir;

  MarkdownReporter(Path baseDir) {
    this.baseDir = baseDir;
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    for (FileReport file : files) {
      out.append("### `").append(VisibleText.of(file.file()).replace("`", "'")).append("`: ")
          .append(file.valid() ? "valid" : "**invalid**").append("\n\n");
      if (file.diagnostics().isEmpty() && file.suppressed().isEmpty()) {
        out.append("No findings.\n\n");
        continue;
      }
      out.append("| Severity | Rule | Where | Pointer | Message |\n|---|---|---|---|---|\n");
      for (Diagnostic d : file.diagnostics()) {
        row(out, file, d.severity().label(), d, d.messageAndHint(MarkdownReporter::cell, " *", "*"));
      }
      for (Suppression s : file.suppressed()) {
        row(out, file, "suppressed", s.diagnostic(), cell(s.diagnostic().message()) + " *(waived: "
            + cell(s.reason()) + ")*");
      }
      out.append('\n');
    }
  }

  private void row(Appendable out, FileReport file, String severity, Diagnostic d, String message) throws IOException {
    String label = severity.equals(Severity.ERROR.label()) ? "**error**" : severity;
    out.append("| ").append(label).append(" | `").append(d.ruleId()).append("` | ")
        .append(cell(TextReporter.where(file, d, baseDir))).append(" | `")
        .append(code(d.pointer().isEmpty() ? "/" : d.pointer()))
        .append("` | ").append(message).append(" |\n");
  }

  /**
   * {@code text} as text in a table cell, every character shown as written: escaped with a backslash, a backslash
   * itself, a pipe (which would end the cell), a backquote (a code span), {@code *} and {@code _} (emphasis); a {@code
   * <}, which would start HTML that a renderer interprets or strips (a value quoted such as {@code <img ...>}), as an
   * entity; a line break and every other control character as escapes ({@link VisibleText}).
   */
  private static String cell(String text) {
    return VisibleText.of(text).replace("\\", "\\\\").replace("|", "\\|").replace("`", "\\`")
        .replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;");
  }

  /**
   * {@code text} as a code span's content in a table cell, where neither HTML nor backslash escapes are read: only a
   * pipe (escaped, as tables allow even there), a line break and a backquote would end something; a line break and
   * every other control character are written as escapes ({@link VisibleText}).
   */
  private static String code(String text) {
    return VisibleText.of(text).replace("|", "\\|").replace("`", "'");
  }
}
