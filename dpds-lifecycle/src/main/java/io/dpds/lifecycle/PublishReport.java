package io.dpds.lifecycle;

import io.dpds.compat.CompatibilityReport;
import io.dpds.policy.PolicyReport;
import io.dpds.report.Diagnostic;
import io.dpds.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RegistryService#publish} did and why: the outcome, every gate's verdict with its findings, and the full
 * reports of validation, compatibility and policies.
 *
 * @param outcome what happened
 * @param source the file or URI published, as given
 * @param record the stored version (also for {@link Outcome#ALREADY_STORED}); absent otherwise
 * @param previousVersion the latest earlier version compatibility was checked against; absent for the first version
 * @param gates the gates run, in order; the last one failed when the outcome is {@link Outcome#REFUSED}
 * @param problems why the registry could not do its job ({@link Outcome#FAILED})
 * @param validation the validation report; absent when validation did not run
 * @param compatibility the compatibility report; absent when there was no earlier version or the gate did not run
 * @param policies the policy report; absent when the policy gate did not run
 * @param published the product and version the publication is of, whatever its outcome (a refused or dry-run one
 *     too); absent when the descriptor could not be read or names no product fullyQualifiedName and semantic
 *     info.version
 */
public record PublishReport(Outcome outcome, String source, Optional<VersionRecord> record,
    Optional<String> previousVersion, List<GateResult> gates, List<Diagnostic> problems,
    Optional<ValidationReport> validation, Optional<CompatibilityReport> compatibility,
    Optional<PolicyReport> policies, Optional<Published> published) {

  /** What a publication did. */
  public enum Outcome {
    /** Every gate passed; the version is stored and its metadata recorded. */
    STORED,
    /** The same version with the same content was already stored: nothing changed. */
    ALREADY_STORED,
    /** Dry run: every gate passed; nothing was stored. */
    WOULD_STORE,
    /** A gate refused the version (invalid, undeclared breaking change, blocking policy, same version with other
     *  content); nothing was stored. */
    REFUSED,
    /** The registry could not do its job (unreadable file, store or metadata service failing); nothing was kept. */
    FAILED
  }

  /**
   * Copies the lists.
   *
   * @param outcome what happened
   * @param source the file or URI published, as given
   * @param record the stored version (also for {@link Outcome#ALREADY_STORED}); absent otherwise
   * @param previousVersion the latest earlier version compatibility was checked against; absent for the first version
   * @param gates the gates run, in order; the last one failed when the outcome is {@link Outcome#REFUSED}
   * @param problems why the registry could not do its job ({@link Outcome#FAILED})
   * @param validation the validation report; absent when validation did not run
   * @param compatibility the compatibility report; absent when there was no earlier version or the gate did not run
   * @param policies the policy report; absent when the policy gate did not run
   * @param published the product and version the publication is of, when the descriptor names them
   */
  public PublishReport {
    Objects.requireNonNull(outcome, "outcome");
    gates = List.copyOf(gates);
    problems = List.copyOf(problems);
  }

  /**
   * The product and version a publication is of, as its descriptor names them.
   *
   * @param fqn the product's fullyQualifiedName
   * @param version its info.version
   */
  public record Published(String fqn, String version) {
    /**
     * Checks the values.
     *
     * @param fqn the product's fullyQualifiedName
     * @param version its info.version
     */
    public Published {
      Objects.requireNonNull(fqn, "fqn");
      Objects.requireNonNull(version, "version");
    }
  }

  /** {@return whether the version is in the registry (stored now or before)} */
  public boolean stored() {
    return outcome == Outcome.STORED || outcome == Outcome.ALREADY_STORED;
  }

  /** {@return the gate that refused the version, if one did} */
  public Optional<GateResult> refusedBy() {
    return gates.stream().filter(g -> !g.passed()).findFirst();
  }
}
