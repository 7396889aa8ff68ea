package io.dpds.validation;

import io.dpds.load.ReferencePositions;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.Set;

/** A validation profile: how strictly the spec's prose is applied where it leaves a choice. */
public enum Profile {
  /**
   * The spec as the public examples use it: FQNs may contain {@code -} and {@code _} (warning), references in
   * Standard-Definition-typed fields of promises, expectations and obligations are followed (warning), an absent
   * {@code info.fullyQualifiedName} is derived (info).
   */
  DEFAULT(ReferencePositions.LENIENT, Set.of()),
  /**
   * The letter of the spec: the fqn format's character set, references only where the spec allows them, a
   * fullyQualifiedName on the product, and no unknown or ignored properties; each of these is an error.
   */
  STRICT(
      ReferencePositions.SPEC,
      Set.of(
          ValidationRules.FQN_CHARSET,
          ValidationRules.REF_POSITION,
          ValidationRules.INFO_FQN_MISSING,
          ValidationRules.PROPERTY_UNKNOWN,
          ValidationRules.PROPERTY_IGNORED,
          ValidationRules.PROPERTY_ALIAS));

  private final ReferencePositions referencePositions;
  private final Set<Rule> errors;

  Profile(ReferencePositions referencePositions, Set<Rule> errors) {
    this.referencePositions = referencePositions;
    this.errors = errors;
  }

  /** {@return where the loader follows references under this profile} */
  public ReferencePositions referencePositions() {
    return referencePositions;
  }

  /**
   * {@return the severity of a rule's findings under this profile, before per-rule overrides}
   *
   * @param rule the rule
   */
  public Severity severity(Rule rule) {
    return errors.contains(rule) ? Severity.ERROR : rule.defaultSeverity();
  }
}
