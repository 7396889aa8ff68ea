package io.dpds.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiler style: {@code path:line:col: severity [rule] message} (the path relative to the base folder when the file
 * lies below it), the hint on the next line, suppressed findings with their waiver's reason, and one summary line per
 * file.
 */
final class TextReporter implements Reporter {

  private final Path baseDir;

  TextReporter(Path baseDir) {
    this.baseDir = baseDir;
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    for (FileReport file : files) {
      for (Diagnostic d : file.diagnostics()) {
        line(out, where(file, d, baseDir) + ": " + d.severity().label() + " [" + d.ruleId() + "] " + d.message());
        if (d.hint().isPresent()) {
          line(out, "    hint: " + d.hint().get());
        }
      }
      for (Suppression s : file.suppressed()) {
        Diagnostic d = s.diagnostic();
        line(out, where(file, d, baseDir) + ": suppressed [" + d.ruleId() + "] " + d.message() + " (waived: "
            + s.reason() + ")");
      }
      String summary = file.file() + ": " + (file.valid() ? "valid" : "invalid") + " ("
          + count(file, Severity.ERROR, "error") + ", " + count(file, Severity.WARNING, "warning") + ", "
          + count(file, Severity.INFO, "info");
      line(out, summary + (file.suppressed().isEmpty() ? "" : ", " + file.suppressed().size() + " suppressed") + ")");
    }
  }

  /** Writes {@code text}, which quotes the documents, as one line whatever it holds ({@link VisibleText}). */
  private static void line(Appendable out, String text) throws IOException {
    out.append(VisibleText.of(text)).append('\n');
  }

  /**
   * Where a finding of {@code file} is: {@code path:line:column}; without a location (a file that could not be read,
   * a finding on the whole descriptor), the file as given, with {@code #pointer} when the pointer is not the root's.
   */
  static String where(FileReport file, Diagnostic d, Path baseDir) {
    return d.location().map(l -> l.toString(baseDir))
        .orElseGet(() -> file.file() + (d.pointer().isEmpty() ? "" : "#" + d.pointer()));
  }

  private static String count(FileReport file, Severity severity, String noun) {
    long n = file.diagnostics().stream().filter(d -> d.severity() == severity).count();
    return n + " " + noun + (n == 1 || severity == Severity.INFO ? "" : "s");
  }
}
