package io.dpds.cli;

import io.dpds.report.Diagnostic;
import java.net.URI;

/** How diagnostics read on a terminal. */
final class Diagnostics {

  /**
   * Compiler style, {@code uri:line:col: severity [rule] message}; without a location, the document's URI and the
   * JSON pointer stand in for line and column.
   */
  static String compilerStyle(Diagnostic d, URI document) {
    if (d.location().isPresent()) {
      return d.toString();
    }
    String where = "file".equals(document.getScheme()) ? document.getPath() : document.toString();
    String pointer = d.pointer().isEmpty() ? "" : "#" + d.pointer();
    return where + pointer + ": " + d.severity().label() + " [" + d.ruleId() + "] " + d.message();
  }

  private Diagnostics() {}
}
