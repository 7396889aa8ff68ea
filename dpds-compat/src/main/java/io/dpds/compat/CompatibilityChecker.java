package io.dpds.compat;

import io.dpds.compat.spi.PayloadEngine;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.LoadRules;
import io.dpds.load.ReferencePositions;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.report.Suppression;
import io.dpds.triage.Triage;
import io.dpds.triage.TriageRules;
import io.dpds.triage.Waiver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Tells whether a new version of a descriptor breaks the consumers or producers of the previous one, and whether its
 * versions say so. Ports are matched by kind and name; each change is judged by the rule tables for the port's
 * direction (output ports for their consumers, input ports for their producers, see {@link CompatibilityMode}), then
 * the host's severities and waivers apply, then the version rules.
 *
 * <p>Built once, thread-safe, and never throws on bad input: a version that cannot be loaded gives a report that is
 * not {@link CompatibilityReport#comparable() comparable}, holding the load errors.
 */
public final class CompatibilityChecker {

  private final DescriptorLoader oldLoader;
  private final DescriptorLoader newLoader;
  private final Map<PortId, CompatibilityMode> modes;
  private final Triage triage;
  private final Clock clock;
  private final PayloadEngines engines;

  private CompatibilityChecker(Builder b) {
    this.oldLoader = loader(b.loaderSettings, b.oldLoaderSettings);
    this.newLoader = loader(b.loaderSettings, b.newLoaderSettings);
    this.modes = Map.copyOf(b.modes);
    List<PayloadEngine> all = new ArrayList<>(b.engines);
    ServiceLoader.load(PayloadEngine.class, CompatibilityChecker.class.getClassLoader()).forEach(all::add);
    this.engines = new PayloadEngines(all);
    List<Rule> known = new ArrayList<>(rules());
    b.engines.forEach(engine -> known.addAll(engine.rules()));
    this.clock = b.triage.clock();
    this.triage = b.triage.build(known);
  }

  private static DescriptorLoader loader(
      List<Consumer<DescriptorLoader.Builder>> shared, List<Consumer<DescriptorLoader.Builder>> side) {
    DescriptorLoader.Builder loading = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT);
    shared.forEach(setting -> setting.accept(loading));
    side.forEach(setting -> setting.accept(loading));
    return loading.build();
  }

  /** {@return a checker with the default modes and no overrides or waivers} */
  public static CompatibilityChecker defaults() {
    return builder().build();
  }

  /** {@return a builder with the default modes and no overrides or waivers} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return every rule a report of a checker without added engines can name: the compatibility rules, those of the API
   * and payload engines found on the class path, reading, and expired waivers}
   */
  public static List<Rule> rules() {
    List<Rule> engines = new ArrayList<>();
    ServiceLoader.load(PayloadEngine.class, CompatibilityChecker.class.getClassLoader())
        .forEach(engine -> engines.addAll(engine.rules()));
    return Stream.of(CompatibilityRules.ALL, engines, OpenApiRules.ALL, AsyncApiRules.ALL, LoadRules.ALL,
            TriageRules.ALL)
        .flatMap(List::stream).distinct().toList();
  }

  /**
   * {@return the mode {@code port} is judged by: its override, or the default of its kind}
   *
   * @param port the port
   */
  public CompatibilityMode mode(PortId port) {
    return modes.getOrDefault(port, CompatibilityMode.defaultFor(port.kind()));
  }

  /**
   * Loads both versions and compares them.
   *
   * @param old the old version's root document
   * @param now the new version's root document
   * @return what changed and how it is judged
   */
  public CompatibilityReport check(Path old, Path now) {
    return check(oldLoader.load(old), newLoader.load(now));
  }

  /**
   * Loads both versions and compares them.
   *
   * @param old the old version's root document
   * @param now the new version's root document
   * @return what changed and how it is judged
   */
  public CompatibilityReport check(URI old, URI now) {
    return check(oldLoader.load(old), newLoader.load(now));
  }

  /**
   * Compares two versions loaded by the caller; when either has load errors, nothing is compared.
   *
   * @param old the old version as loaded
   * @param now the new version as loaded
   * @return what changed and how it is judged, or the load errors
   */
  public CompatibilityReport check(LoadResult old, LoadResult now) {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(now, "now");
    List<Diagnostic> oldProblems = old.diagnostics().stream().filter(Diagnostic::isError).toList();
    List<Diagnostic> newProblems = now.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (!oldProblems.isEmpty() || !newProblems.isEmpty() || old.resolved().isEmpty() || now.resolved().isEmpty()) {
      return CompatibilityReport.unloadable(old.uri(), now.uri(), oldProblems, newProblems);
    }
    return check(old.resolved().get(), now.resolved().get());
  }

  /**
   * Compares two resolved versions.
   *
   * @param old the old version
   * @param now the new version
   * @return what changed and how it is judged
   */
  public CompatibilityReport check(ResolvedDescriptor old, ResolvedDescriptor now) {
    return check(List.of(old), now);
  }

  /**
   * Compares {@code now} with the latest of {@code earlier} (the last element), and, for ports judged by a TRANSITIVE
   * mode, with every earlier version too: findings against an older version say which.
   *
   * @param earlier the earlier versions, oldest first; not empty
   * @param now the new version
   * @return what changed and how it is judged
   */
  public CompatibilityReport check(List<ResolvedDescriptor> earlier, ResolvedDescriptor now) {
    Objects.requireNonNull(now, "now");
    if (earlier.isEmpty()) {
      throw new IllegalArgumentException("no earlier version to compare with");
    }
    ResolvedDescriptor latest = earlier.get(earlier.size() - 1);
    List<Diagnostic> unknownPorts = unknownModePorts(latest, now);
    if (!unknownPorts.isEmpty()) {
      return new CompatibilityReport(latest.uri(), now.uri(), unknownPorts, List.of(), List.of(), List.of(),
          List.of(), Bump.NONE, VersionCheck.declared(latest, now));
    }
    LocalDate today = LocalDate.now(clock);
    List<Change> changes = DescriptorDiff.between(latest, now);
    List<ChangeJudge.Verdict> verdicts =
        new ArrayList<>(new ChangeJudge(latest, now, this::mode, engines, today).judge(changes));
    for (ResolvedDescriptor older : earlier.subList(0, earlier.size() - 1)) {
      String version = older.tree().path("info").path("version").asText("?");
      new ChangeJudge(older, now, this::mode, engines, today)
          .judge(DescriptorDiff.between(older, now)).stream()
          .filter(v -> v.change().port().map(p -> mode(p).isTransitive()).orElse(false))
          .filter(v -> v.severity() != Severity.INFO)
          .map(v -> new ChangeJudge.Verdict(v.rule(), v.severity(), v.message() + " (against version "
              + version + ")", v.change(), v.impact()))
          .forEach(verdicts::add);
    }
    return judge(latest, now, changes, verdicts);
  }

  /** A mode for a port neither version has: most likely a misspelt name, which would silently judge nothing. */
  private List<Diagnostic> unknownModePorts(ResolvedDescriptor old, ResolvedDescriptor now) {
    Set<PortId> ports = new LinkedHashSet<>(PortIndex.pointers(old.tree()).keySet());
    ports.addAll(PortIndex.pointers(now.tree()).keySet());
    List<Diagnostic> problems = new ArrayList<>();
    modes.keySet().stream().filter(port -> !ports.contains(port)).map(PortId::toString).sorted().forEach(port ->
        problems.add(CompatibilityRules.MODE_PORT.at("").message("A mode is set for " + port + ", a port neither"
            + " version has; the ports are " + String.join(", ", ports.stream().map(PortId::toString).toList()))
            .build()));
    return problems;
  }

  private CompatibilityReport judge(ResolvedDescriptor old, ResolvedDescriptor now, List<Change> changes,
      List<ChangeJudge.Verdict> verdicts) {
    Bump breaking = Bump.isInitialDevelopment(old.tree().path("info").path("version").textValue())
        ? Bump.MINOR : Bump.MAJOR;
    List<CompatibilityFinding> findings = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>();
    Set<PortId> broken = new HashSet<>();
    Bump required = Bump.NONE;
    for (ChangeJudge.Verdict verdict : verdicts) {
      Change change = verdict.change();
      Diagnostic diagnostic = verdict.rule().at(change.pointer()).severity(verdict.severity())
          .message(verdict.message())
          .location(change.newLocation().or(change::oldLocation).orElse(null)).build();
      Triage.Result triaged = triage.apply(List.of(diagnostic));
      suppressed.addAll(triaged.suppressed());
      Bump impact = verdict.impact();
      for (Diagnostic active : triaged.active()) {
        findings.add(new CompatibilityFinding(active, change));
        if (active.isError()) {
          impact = breaking;
          change.port().ifPresent(broken::add);
        }
      }
      required = impact.compareTo(required) > 0 ? impact : required;
    }
    List<Diagnostic> versionProblems = triage.apply(VersionCheck.check(old, now, required, broken)).active();
    return new CompatibilityReport(old.uri(), now.uri(), List.of(), changes, findings, suppressed, versionProblems,
        required, VersionCheck.declared(old, now));
  }

  /** Configures a {@link CompatibilityChecker}. Not thread-safe; the checker it builds is. */
  public static final class Builder {
    private final List<Consumer<DescriptorLoader.Builder>> loaderSettings = new ArrayList<>();
    private final List<Consumer<DescriptorLoader.Builder>> oldLoaderSettings = new ArrayList<>();
    private final List<Consumer<DescriptorLoader.Builder>> newLoaderSettings = new ArrayList<>();
    private final Map<PortId, CompatibilityMode> modes = new HashMap<>();
    private final Triage.Builder triage = Triage.builder();
    private final List<PayloadEngine> engines = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a payload engine, asked before those found by {@link ServiceLoader}.
     *
     * @param engine the engine
     * @return this builder
     */
    public Builder payloadEngine(PayloadEngine engine) {
      engines.add(Objects.requireNonNull(engine, "engine"));
      return this;
    }

    /**
     * Configures the loader the {@code check} methods that take paths or URIs use (root folder, limits, resource
     * loaders, prefix mappings, allowed hosts). References in promise fields are followed, as by the default validation
     * profile.
     *
     * @param settings changes to the loader builder
     * @return this builder
     */
    public Builder loader(Consumer<DescriptorLoader.Builder> settings) {
      loaderSettings.add(Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /**
     * Configures, after the shared {@link #loader} settings, the loader of the old version only: e.g. a prefix mapping
     * that serves its absolute references from the folder of its own snapshot.
     *
     * @param settings changes to the old version's loader builder
     * @return this builder
     */
    public Builder oldLoader(Consumer<DescriptorLoader.Builder> settings) {
      oldLoaderSettings.add(Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /**
     * Configures, after the shared {@link #loader} settings, the loader of the new version only.
     *
     * @param settings changes to the new version's loader builder
     * @return this builder
     */
    public Builder newLoader(Consumer<DescriptorLoader.Builder> settings) {
      newLoaderSettings.add(Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /**
     * Judges {@code port} by {@code mode} instead of the default of its kind.
     *
     * @param port the port
     * @param mode the mode it is judged by
     * @return this builder
     */
    public Builder mode(PortId port, CompatibilityMode mode) {
      modes.put(Objects.requireNonNull(port, "port"), Objects.requireNonNull(mode, "mode"));
      return this;
    }

    /**
     * Gives every finding of rule {@code ruleId} this severity (error counts as breaking).
     *
     * @param ruleId the rule's id
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      triage.severity(ruleId, severity);
      return this;
    }

    /**
     * Turns rule {@code ruleId} off: its findings are dropped.
     *
     * @param ruleId the rule's id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      triage.disable(ruleId);
      return this;
    }

    /**
     * Adds waivers (the same file format as validation's); the first matching waiver applies to a finding.
     *
     * @param waivers the waivers
     * @return this builder
     */
    public Builder waivers(List<Waiver> waivers) {
      triage.waivers(waivers);
      return this;
    }

    /**
     * The clock deprecation periods and waiver expiry are judged by (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      triage.clock(clock);
      return this;
    }

    /**
     * Builds the checker.
     *
     * @return the checker
     * @throws IllegalArgumentException when an override names a rule the checker does not report
     */
    public CompatibilityChecker build() {
      return new CompatibilityChecker(this);
    }
  }
}
