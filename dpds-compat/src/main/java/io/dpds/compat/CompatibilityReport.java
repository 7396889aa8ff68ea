package io.dpds.compat;

import io.dpds.report.Diagnostic;
import io.dpds.report.FileReport;
import io.dpds.report.Severity;
import io.dpds.report.Suppression;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What moving from an old to a new version of a descriptor does to the product's consumers and producers: the typed
 * changelog, each change judged (error = breaking, warning = cannot be proven safe, info), the findings waivers
 * suppressed, the version problems, and the bumps. When either version cannot be loaded, the report holds only the
 * load problems ({@link #comparable()} is false). Immutable.
 */
public final class CompatibilityReport {

  private final URI oldUri;
  private final URI newUri;
  private final List<Diagnostic> inputProblems;
  private final int oldInputProblems; // how many of inputProblems, from the first, the old version's loading reported
  private final List<Change> changes;
  private final List<CompatibilityFinding> findings;
  private final List<Suppression> suppressed;
  private final List<Diagnostic> versionProblems;
  private final Bump requiredBump;
  private final Bump declaredBump;

  CompatibilityReport(URI oldUri, URI newUri, List<Diagnostic> inputProblems, List<Change> changes,
      List<CompatibilityFinding> findings, List<Suppression> suppressed, List<Diagnostic> versionProblems,
      Bump requiredBump, Bump declaredBump) {
    this(oldUri, newUri, inputProblems, inputProblems.size(), changes, findings, suppressed, versionProblems,
        requiredBump, declaredBump);
  }

  private CompatibilityReport(URI oldUri, URI newUri, List<Diagnostic> inputProblems, int oldInputProblems,
      List<Change> changes, List<CompatibilityFinding> findings, List<Suppression> suppressed,
      List<Diagnostic> versionProblems, Bump requiredBump, Bump declaredBump) {
    this.oldUri = Objects.requireNonNull(oldUri, "oldUri");
    this.newUri = Objects.requireNonNull(newUri, "newUri");
    this.inputProblems = List.copyOf(inputProblems);
    this.oldInputProblems = oldInputProblems;
    this.changes = List.copyOf(changes);
    this.findings = List.copyOf(findings);
    this.suppressed = List.copyOf(suppressed);
    this.versionProblems = List.copyOf(versionProblems);
    this.requiredBump = Objects.requireNonNull(requiredBump, "requiredBump");
    this.declaredBump = Objects.requireNonNull(declaredBump, "declaredBump");
  }

  static CompatibilityReport unloadable(URI oldUri, URI newUri, List<Diagnostic> oldProblems,
      List<Diagnostic> newProblems) {
    return new CompatibilityReport(oldUri, newUri, Stream.concat(oldProblems.stream(), newProblems.stream()).toList(),
        oldProblems.size(), List.of(), List.of(), List.of(), List.of(), Bump.NONE, Bump.NONE);
  }

  /** {@return the old version's root document} */
  public URI oldUri() {
    return oldUri;
  }

  /** {@return the new version's root document} */
  public URI newUri() {
    return newUri;
  }

  /**
   * {@return false when either version could not be loaded (syntax error, unresolvable reference): nothing was
   * compared}
   */
  public boolean comparable() {
    return inputProblems.isEmpty();
  }

  /** {@return the errors that kept either version from loading; empty when {@link #comparable()}} */
  public List<Diagnostic> inputProblems() {
    return inputProblems;
  }

  /**
   * {@return the root document of the version whose loading reported {@code problem}, one of {@link
   * #inputProblems()}: where a problem without a location lies (a root document that cannot be read)}
   *
   * @param problem one of {@link #inputProblems()}
   * @throws IllegalArgumentException when {@code problem} is not one of them
   */
  public URI inputOf(Diagnostic problem) {
    for (int i = 0; i < inputProblems.size(); i++) {
      if (inputProblems.get(i) == problem) {
        return i < oldInputProblems ? oldUri : newUri;
      }
    }
    throw new IllegalArgumentException("not an input problem of this report: " + problem);
  }

  /** {@return every difference between the two versions, judged or not, in the order of the old document} */
  public List<Change> changes() {
    return changes;
  }

  /** {@return the judged changes that remain active after severities and waivers, in the changes' order} */
  public List<CompatibilityFinding> findings() {
    return findings;
  }

  /** {@return the judgements waivers suppressed; they count neither as breaking nor as warnings} */
  public List<Suppression> suppressed() {
    return suppressed;
  }

  /** {@return the breaches of the version rules (see {@link CompatibilityRules} section Versions), active ones only} */
  public List<Diagnostic> versionProblems() {
    return versionProblems;
  }

  /**
   * {@return the bump the changes require: MAJOR for a breaking change (MINOR while the old major is 0), MINOR for a
   * change to a port's contract that is not breaking, PATCH for any other change, NONE when nothing changed}
   */
  public Bump requiredBump() {
    return requiredBump;
  }

  /** {@return the bump {@code info.version} declares (DECREASE when it went down; NONE when it cannot be read)} */
  public Bump declaredBump() {
    return declaredBump;
  }

  /** {@return true when no active finding is breaking (severity error)} */
  public boolean compatible() {
    return comparable() && findings.stream().noneMatch(f -> f.diagnostic().isError());
  }

  /**
   * {@return true when the declared bump covers the required one, no version decreased, every port with a breaking
   * change bumped its major, and every port major bump comes with a product major bump}
   */
  public boolean versionOk() {
    return comparable() && versionProblems.stream().noneMatch(Diagnostic::isError);
  }

  /**
   * {@return whether an active finding has at least {@code severity}}
   *
   * @param severity the least severity that counts
   */
  public boolean hasChangeOfAtLeast(Severity severity) {
    return findings.stream().anyMatch(f -> f.diagnostic().severity().isAtLeast(severity));
  }

  /**
   * {@return the findings and version problems (or the input problems) as one file's report, for the shared reporters}
   *
   * @param name the name the user gave the new version's file
   */
  public FileReport toFileReport(String name) {
    List<Diagnostic> all = new ArrayList<>(inputProblems);
    Stream.concat(findings.stream().map(CompatibilityFinding::diagnostic), versionProblems.stream())
        .forEach(all::add);
    return new FileReport(name, all, suppressed);
  }

  @Override
  public String toString() {
    return comparable()
        ? "compatible=" + compatible() + " required=" + requiredBump.label() + " declared=" + declaredBump.label()
            + " versionOk=" + versionOk() + " findings=" + findings.size()
        : "not comparable: " + inputProblems;
  }
}
