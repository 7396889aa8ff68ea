package io.dpds.cli;

import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import io.dpds.report.VisibleText;
import java.net.URI;
import java.nio.file.Path;

/** How diagnostics read on a terminal. */
final class Diagnostics {

  /** The folder paths are shown relative to: the working directory. */
  static final Path HERE = Path.of("");

  /** A file as the user names it: relative to the working directory when it lies below it, else as given. */
  static String display(Path file) {
    Path here = HERE.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here) && !absolute.equals(here)
        ? here.relativize(absolute).toString().replace('\\', '/') : file.toString();
  }

  /**
   * Compiler style, {@code path:line:col: severity [rule] message}, the path relative to the working directory when
   * the file lies below it; without a location, the document and the JSON pointer stand in for line and column.
   */
  static String compilerStyle(Diagnostic d, URI document) {
    if (d.location().isPresent()) {
      return d.toString(HERE);
    }
    String where = new SourceLocation(document, 1, 1).displayPath(HERE);
    String pointer = d.pointer().isEmpty() ? "" : "#" + d.pointer();
    return VisibleText.of(where + pointer + ": " + d.severity().label() + " [" + d.ruleId() + "] " + d.message());
  }

  private Diagnostics() {}
}
