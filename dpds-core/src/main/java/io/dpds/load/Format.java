package io.dpds.load;

/** How a document was written. */
public enum Format {
  JSON,
  YAML,
  /** Not JSON or YAML: kept as a string (only for documents behind a Standard Definition's definition). */
  TEXT
}
