package io.dpds.write;

/** The formats a descriptor can be written in. */
public enum OutputFormat {
  /** JSON, indented by two spaces. */
  JSON,
  /** YAML, block style. */
  YAML
}
