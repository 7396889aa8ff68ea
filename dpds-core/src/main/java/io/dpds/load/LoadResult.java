package io.dpds.load;

import io.dpds.model.DataProductDescriptor;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a load produced: the descriptor as far as it could be built, and every problem found on the way. Loading
 * never throws for bad content; a root document that cannot be read or is not a JSON object gives no descriptor and at
 * least one error.
 */
public final class LoadResult {

  private final URI uri;
  private final ResolvedDescriptor resolved;
  private final List<Diagnostic> diagnostics;

  LoadResult(URI uri, ResolvedDescriptor resolved, List<Diagnostic> diagnostics) {
    this.uri = uri;
    this.resolved = resolved;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** {@return the URI of the root document} */
  public URI uri() {
    return uri;
  }

  /** {@return the resolved descriptor; empty when the root document could not be read as a JSON object} */
  public Optional<ResolvedDescriptor> resolved() {
    return Optional.ofNullable(resolved);
  }

  /** {@return the typed descriptor; empty when the root document could not be read as a JSON object} */
  public Optional<DataProductDescriptor> descriptor() {
    return resolved().map(ResolvedDescriptor::descriptor);
  }

  /** {@return every problem found while reading and resolving, in the order found} */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * {@return {@code findings} about this descriptor, one per written node and rule
   * ({@link Diagnostic#onePerNode(List, java.util.Comparator)}): a node reached by several pointers is pointed at its
   * first use as the resolved descriptor is written (at the first found when nothing was resolved)}
   *
   * @param findings findings whose pointers are in the resolved descriptor, such as {@link #diagnostics()}
   */
  public List<Diagnostic> onePerNode(List<Diagnostic> findings) {
    return resolved == null ? Diagnostic.onePerNode(findings)
        : Diagnostic.onePerNode(findings, Pointers.documentOrder(resolved.tree()));
  }

  /** {@return whether any diagnostic is an error} */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** {@return whether the root document itself could not be read (missing, refused, unreadable)} */
  public boolean rootUnreadable() {
    return resolved == null
        && diagnostics.stream().anyMatch(d -> d.ruleId().equals(LoadRules.UNREADABLE.id()));
  }
}
