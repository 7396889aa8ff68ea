package io.dpds.report;

import java.io.IOException;
import java.util.List;

/**
 * Compiler style: {@code uri:line:col: severity [rule] message}, the hint on the next line, suppressed findings with
 * their waiver's reason, and one summary line per file.
 */
final class TextReporter implements Reporter {

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    for (FileReport file : files) {
      for (Diagnostic d : file.diagnostics()) {
        out.append(d.toString()).append('\n');
        if (d.hint().isPresent()) {
          out.append("    hint: ").append(d.hint().get()).append('\n');
        }
      }
      for (Suppression s : file.suppressed()) {
        Diagnostic d = s.diagnostic();
        out.append(where(d)).append(": suppressed [").append(d.ruleId()).append("] ").append(d.message())
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

  static String where(Diagnostic d) {
    return d.location().map(Object::toString).orElse("#" + d.pointer());
  }

  private static String count(FileReport file, Severity severity, String noun) {
    long n = file.diagnostics().stream().filter(d -> d.severity() == severity).count();
    return n + " " + noun + (n == 1 || severity == Severity.INFO ? "" : "s");
  }
}
