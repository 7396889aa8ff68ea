package io.dpds.validation;

import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.Diagnostic;
import io.dpds.report.FileReport;
import io.dpds.report.Severity;
import io.dpds.report.Suppression;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What validating one descriptor found: the active findings (reading, references and every rule, in source order),
 * the findings waivers suppressed, and the loaded descriptor for later stages. Immutable.
 */
public final class ValidationReport {

  private final URI uri;
  private final ResolvedDescriptor resolved;
  private final List<Diagnostic> diagnostics;
  private final List<Suppression> suppressed;

  ValidationReport(URI uri, ResolvedDescriptor resolved, List<Diagnostic> diagnostics, List<Suppression> suppressed) {
    this.uri = uri;
    this.resolved = resolved;
    this.diagnostics = List.copyOf(diagnostics);
    this.suppressed = List.copyOf(suppressed);
  }

  /** {@return the root document's URI} */
  public URI uri() {
    return uri;
  }

  /** {@return the loaded descriptor; empty when the root document could not be read as a JSON object} */
  public Optional<ResolvedDescriptor> resolved() {
    return Optional.ofNullable(resolved);
  }

  /** {@return the active findings, sorted by file, line and column (findings without a location last)} */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** {@return the findings a waiver suppressed} */
  public List<Suppression> suppressed() {
    return suppressed;
  }

  /** {@return true when no active finding is an error} */
  public boolean isValid() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /**
   * {@return the active findings of at least {@code severity}}
   *
   * @param severity the least severity
   */
  public List<Diagnostic> atLeast(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity().isAtLeast(severity)).toList();
  }

  /**
   * {@return the report as reporters render it, under the name the user gave the file}
   *
   * @param file the file as the user named it
   */
  public FileReport toFileReport(String file) {
    return new FileReport(file, diagnostics, suppressed);
  }
}
