package io.dpds.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * JUnit XML: one test suite per file. Each error is a failed test case named after its rule and pointer; warnings and
 * infos are passing test cases whose output says what was found; suppressed findings are skipped test cases with the
 * waiver's reason; a file without errors also gets a passing "valid" case, so every suite has at least one test.
 */
final class JunitReporter implements Reporter {

  private final Path baseDir;

  JunitReporter(Path baseDir) {
    this.baseDir = baseDir;
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"dpds\">\n");
    for (FileReport file : files) {
      long errors = file.diagnostics().stream().filter(Diagnostic::isError).count();
      int tests = file.diagnostics().size() + file.suppressed().size() + (errors == 0 ? 1 : 0);
      out.append("  <testsuite name=\"").append(xml(file.file())).append("\" tests=\"").append(String.valueOf(tests))
          .append("\" failures=\"").append(String.valueOf(errors)).append("\" errors=\"0\" skipped=\"")
          .append(String.valueOf(file.suppressed().size())).append("\">\n");
      if (errors == 0) {
        testcase(out, file, "valid").append("/>\n");
      }
      for (Diagnostic d : file.diagnostics()) {
        testcase(out, file, name(d)).append(">\n");
        String text = TextReporter.where(file, d, baseDir) + ": " + d.message()
            + d.hint().map(h -> "\nhint: " + h).orElse("");
        if (d.isError()) {
          out.append("      <failure type=\"").append(xml(d.ruleId())).append("\" message=\"")
              .append(xml(d.message())).append("\">").append(xml(text)).append("</failure>\n");
        } else {
          out.append("      <system-out>").append(d.severity().label()).append(": ").append(xml(text))
              .append("</system-out>\n");
        }
        out.append("    </testcase>\n");
      }
      for (Suppression s : file.suppressed()) {
        testcase(out, file, name(s.diagnostic())).append(">\n      <skipped message=\"")
            .append(xml("waived: " + s.reason())).append("\"/>\n    </testcase>\n");
      }
      out.append("  </testsuite>\n");
    }
    out.append("</testsuites>\n");
  }

  private static Appendable testcase(Appendable out, FileReport file, String name) throws IOException {
    return out.append("    <testcase classname=\"").append(xml(file.file())).append("\" name=\"").append(xml(name))
        .append('"');
  }

  private static String name(Diagnostic d) {
    return "[" + d.ruleId() + "] " + (d.pointer().isEmpty() ? "/" : d.pointer());
  }

  /** Escapes XML text and attribute values; drops characters XML 1.0 cannot hold. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
              || c >= 0x10000 && c <= 0x10FFFF) {
            out.appendCodePoint(c);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    });
    return out.toString();
  }
}
