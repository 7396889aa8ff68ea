package io.dpds.report;

import java.util.List;
import java.util.Objects;

/**
 * The findings about one input file, as every reporter renders them.
 *
 * @param file the file as the user named it (e.g. the command-line argument)
 * @param diagnostics the active findings, in report order
 * @param suppressed the findings waivers suppressed
 */
public record FileReport(String file, List<Diagnostic> diagnostics, List<Suppression> suppressed) {

  /**
   * Creates a {@code FileReport}; see the class comment for each component.
   *
   * @param file the file as the user named it (e.g. the command-line argument)
   * @param diagnostics the active findings, in report order
   * @param suppressed the findings waivers suppressed
   */
  public FileReport {
    Objects.requireNonNull(file, "file");
    diagnostics = List.copyOf(diagnostics);
    suppressed = List.copyOf(suppressed);
  }

  /** {@return true when no active finding is an error} */
  public boolean valid() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /**
   * {@return whether an active finding has at least {@code severity}}
   *
   * @param severity the least severity that counts
   */
  public boolean hasAtLeast(Severity severity) {
    return diagnostics.stream().anyMatch(d -> d.severity().isAtLeast(severity));
  }
}
