package io.dpds.load;

/** Where the resolver follows Reference Objects. */
public enum ReferencePositions {
  /**
   * Only where DPDS 1.0.0 allows them (spec notes, section 5.1): port list items, a port's promises, expectations and
   * obligations, application and infrastructure list items, Components entries, a task's service, template and
   * configurations, and a Standard Definition's definition.
   */
  SPEC,
  /**
   * Also the Standard-Definition fields of promises, expectations and obligations ({@code api}, {@code slo}, ...), so
   * that {@code #/components/apis/...} can be used (a gap in the spec, notes D24).
   */
  LENIENT
}
