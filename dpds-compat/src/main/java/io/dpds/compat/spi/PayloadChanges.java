package io.dpds.compat.spi;

import io.dpds.report.Rule;
import io.dpds.report.Severity;

/** Where a {@link PayloadEngine} reports the changes it finds. */
public interface PayloadChanges {

  /**
   * One change.
   *
   * @param rule the rule that judges it
   * @param oldReaders its severity for readers that keep the old schema (OUT column): error breaks them
   * @param oldWriters its severity for writers that keep the old schema (IN column)
   * @param message what changed, naming the field or type, e.g. {@code field TripStatus.updatedAt removed}
   * @param oldPath where it is in the old schema (a JSON pointer relative to it), or null when it is only in the new
   * @param newPath where it is in the new schema, or null when it is only in the old
   */
  void report(Rule rule, Severity oldReaders, Severity oldWriters, String message, String oldPath, String newPath);
}
