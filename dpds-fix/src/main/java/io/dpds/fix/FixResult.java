package io.dpds.fix;

import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import java.io.IOException;
import java.util.List;

/**
 * What {@link DescriptorFixer#fix} found: the documents it changes, the fixes, the findings left to a person, and every
 * finding that remains once the fixes are applied.
 *
 * @param documents the documents changed, in the order first changed
 * @param fixes the fixes made, in the order made
 * @param undecided the findings a person must decide, with the choices
 * @param remaining every finding of the fixed descriptor (the undecided ones among them)
 */
public record FixResult(List<DocumentChange> documents, List<Fix> fixes, List<Undecided> undecided,
    List<Diagnostic> remaining) {

  /**
   * Copies the lists.
   *
   * @param documents the documents changed, in the order first changed
   * @param fixes the fixes made, in the order made
   * @param undecided the findings a person must decide, with the choices
   * @param remaining every finding of the fixed descriptor (the undecided ones among them)
   */
  public FixResult {
    documents = List.copyOf(documents);
    fixes = List.copyOf(fixes);
    undecided = List.copyOf(undecided);
    remaining = List.copyOf(remaining);
  }

  /**
   * {@return whether a remaining finding has at least {@code severity}}
   *
   * @param severity the least severity that counts
   */
  public boolean remainsAtLeast(Severity severity) {
    return remaining.stream().anyMatch(d -> d.severity().isAtLeast(severity));
  }

  /**
   * Writes every changed document (each atomically; see {@link DocumentChange#write()}).
   *
   * @throws IOException when a document cannot be written; those written before it stay written
   */
  public void write() throws IOException {
    for (DocumentChange document : documents) {
      document.write();
    }
  }
}
