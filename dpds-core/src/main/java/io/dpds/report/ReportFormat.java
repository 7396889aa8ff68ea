package io.dpds.report;

import java.util.Locale;

/** The output formats every command that reports findings offers. */
public enum ReportFormat {
  /** Compiler style, one line per finding plus its hint: {@code uri:line:col: severity [rule] message}. */
  TEXT,
  /** The JSON contract of {@code dpds validate --format json} (see {@link JsonReporter}). */
  JSON,
  /** SARIF 2.1.0, for code-scanning tools. */
  SARIF,
  /** JUnit XML, for CI test dashboards. */
  JUNIT,
  /** Markdown, for pull-request comments. */
  MARKDOWN;

  /** {@return the lower-case name used on the command line} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
