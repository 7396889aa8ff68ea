package io.dpds.load;

/** How a document was written. */
public enum Format {
  /** A JSON document. */
  JSON,
  /** A YAML document. */
  YAML,
  /** Not JSON or YAML: kept as a string (only for documents behind a Standard Definition's definition). */
  TEXT
}
