package io.dpds.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Renders findings about one or more files. Stateless and thread-safe; writes to the appendable it is given and
 * neither flushes nor closes it.
 */
public interface Reporter {

  /** Writes the report of {@code files} to {@code out}. */
  void write(List<FileReport> files, Appendable out) throws IOException;

  /**
   * One diagnostic as the JSON reports have it: {@code ruleId}, {@code severity}, {@code message}, {@code pointer},
   * {@code location} ({@code uri}, {@code line}, {@code column}, or null) and {@code hint}; for tools that embed
   * diagnostics in JSON of their own.
   */
  static ObjectNode json(Diagnostic diagnostic) {
    return JsonReporter.json(Objects.requireNonNull(diagnostic, "diagnostic"));
  }

  /**
   * The reporter of {@code format}.
   *
   * @param catalogue the rules findings may come from (titles, hints and default severities for SARIF)
   * @param baseDir the folder file locations are shown relative to where a format prefers relative paths (SARIF);
   *     usually the working directory
   */
  static Reporter of(ReportFormat format, Collection<Rule> catalogue, Path baseDir) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(baseDir, "baseDir");
    return switch (format) {
      case TEXT -> new TextReporter();
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter(List.copyOf(catalogue), baseDir);
      case JUNIT -> new JunitReporter();
      case MARKDOWN -> new MarkdownReporter();
    };
  }
}
