package io.dpds.identity;

import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.List;

/** The rules {@link Enricher} reports. */
public final class IdentityRules {

  /**
   * {@code identity.conflict}: A read-only field (id, fullyQualifiedName, entityType) an author wrote equals the value
   * the platform derives.
   */
  public static final Rule CONFLICT =
      new Rule(
          "identity.conflict",
          Severity.WARNING,
          "A read-only field (id, fullyQualifiedName, entityType) an author wrote equals the value the platform"
              + " derives",
          "Remove the field and let the platform derive it, or correct it to the derived value.");
  /**
   * {@code identity.underivable}: The read-only fields can be derived (a namespace, a name and a SemVer version are
   * known).
   */
  public static final Rule UNDERIVABLE =
      new Rule(
          "identity.underivable",
          Severity.WARNING,
          "The read-only fields can be derived (a namespace, a name and a SemVer version are known)",
          "Give info.name and info.version, and a namespace (in info.fullyQualifiedName or to the enricher).");

  /** Every rule of this class. */
  public static final List<Rule> ALL = List.of(CONFLICT, UNDERIVABLE);

  private IdentityRules() {}
}
