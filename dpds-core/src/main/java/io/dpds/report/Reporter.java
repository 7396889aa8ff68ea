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

  /**
   * Writes the report of {@code files} to {@code out}.
   *
   * @param files the reports, one per file checked
   * @param out where the report goes
   * @throws IOException when {@code out} fails
   */
  void write(List<FileReport> files, Appendable out) throws IOException;

  /**
   * {@return one diagnostic as the JSON reports have it: {@code ruleId}, {@code severity}, {@code message}, {@code
   * pointer} ({@code pointers} too when several reach the node), {@code location} ({@code uri}, {@code path} relative
   * to {@code baseDir} when below it, {@code line}, {@code column}, or null) and {@code hint}; for tools that embed
   * diagnostics in JSON of their own} Paths are relative to the working directory.
   *
   * @param diagnostic the finding
   */
  static ObjectNode json(Diagnostic diagnostic) {
    return json(diagnostic, Path.of(""));
  }

  /**
   * As {@link #json(Diagnostic)}, with {@code location.path} relative to {@code baseDir} when the file is below it.
   *
   * @param diagnostic the finding
   * @param baseDir the folder paths are shown relative to
   * @return the finding as JSON
   */
  static ObjectNode json(Diagnostic diagnostic, Path baseDir) {
    return JsonReporter.json(Objects.requireNonNull(diagnostic, "diagnostic"), Objects.requireNonNull(baseDir));
  }

  /**
   * The reporter of {@code format}.
   *
   * @param catalogue the rules findings may come from (titles, hints and default severities for SARIF)
   * @param baseDir the folder file locations are shown relative to when they lie below it (every format; JSON keeps
   *     the absolute {@code uri} beside the relative {@code path}); usually the working directory
   * @param format the format
   * @return the reporter
   */
  static Reporter of(ReportFormat format, Collection<Rule> catalogue, Path baseDir) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(baseDir, "baseDir");
    return switch (format) {
      case TEXT -> new TextReporter(baseDir);
      case JSON -> new JsonReporter(baseDir);
      case SARIF -> new SarifReporter(List.copyOf(catalogue), baseDir);
      case JUNIT -> new JunitReporter(baseDir);
      case MARKDOWN -> new MarkdownReporter(baseDir);
    };
  }
}
