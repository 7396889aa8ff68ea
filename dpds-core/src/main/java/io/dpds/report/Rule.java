package io.dpds.report;

import java.util.Objects;

/**
 * A check with a stable identifier. The id never changes meaning once released; each rule has one line in the
 * generated rule catalogue.
 *
 * @param id stable identifier, lower-case words separated by {@code .} and {@code -}, e.g. {@code ref.cycle}
 * @param defaultSeverity the severity a finding of this rule gets unless configured otherwise
 * @param title one sentence saying what the rule checks
 * @param hint how to fix a finding, in one or two sentences
 */
public record Rule(String id, Severity defaultSeverity, String title, String hint) {

  /**
   * Creates a {@code Rule}; see the class comment for each component.
   *
   * @param id stable identifier, lower-case words separated by {@code .} and {@code -}, e.g. {@code ref.cycle}
   * @param defaultSeverity the severity a finding of this rule gets unless configured otherwise
   * @param title one sentence saying what the rule checks
   * @param hint how to fix a finding, in one or two sentences
   */
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(hint, "hint");
  }

  /**
   * A finding of this rule with its default severity and hint.
   *
   * @param pointer the JSON pointer of the node the finding is about
   * @return this builder
   */
  public Diagnostic.Builder at(String pointer) {
    return Diagnostic.builder(this).pointer(pointer);
  }
}
