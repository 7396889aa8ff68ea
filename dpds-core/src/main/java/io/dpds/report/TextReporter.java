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
        out.append(where(file, d, baseDir)).append(": ").append(d.severity().label()).append(" [")
            .append(d.ruleId()).append("] ").append(d.message()).append('\n');
        if (d.hint().isPresent()) {
          out.append("    hint: ").append(d.hint().get()).append('\n');
        }
      }
      for (Suppression s : file.suppressed()) {
        Diagnostic d = s.diagnostic();
        out.append(where(file, d, baseDir)).append(": suppressed [").append(d.ruleId()).append("] ").append(d.message())
            .append(" (waived: ").append(s.reason()).append(")\n");
      }
      out.append(file.file()).append(": ").append(file.valid() ? "valid" : "invalid").append(" (")
          .append(count(file, Severity.ERROR, "error")).append(", ")
          .append(count(file, Severity.WARNING, "warning")).append(", ")
          .append(count(file, Severity.INFO, "info"));
      if (!file.suppressed().isEmpty()) {
        out.append(", ").append(String.valueOf(file.suppressed().size())).append(" suppressed");
      }
      out.append(")\n");
    }
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
