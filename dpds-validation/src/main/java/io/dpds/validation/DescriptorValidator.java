package io.dpds.validation;

import io.dpds.identity.IdStrategy;
import io.dpds.identity.IdentityRules;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.LoadRules;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.report.SourceLocation;
import io.dpds.triage.Triage;
import io.dpds.triage.TriageRules;
import io.dpds.triage.Waiver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Validates DPDS 1.0.0 descriptors: reading and reference resolution, the bundled JSON Schema, and every rule of the
 * catalogue ({@link ValidationRules}), under a {@link Profile}, per-rule severity overrides, and waivers.
 *
 * <p>Built once and immutable; {@link #validate} may be called from any number of threads at once. It never throws on
 * bad input: whatever is wrong with the descriptor is a finding in the returned report.
 *
 * <pre>{@code
 * DescriptorValidator validator = DescriptorValidator.builder().profile(Profile.STRICT).build();
 * ValidationReport report = validator.validate(Path.of("data-product-descriptor.yaml"));
 * report.diagnostics().forEach(System.out::println);
 * }</pre>
 */
public final class DescriptorValidator {

  /** What the schema's rules say of a {@code $ref} that is empty, no text or no URI reference: {@code ref.invalid}. */
  private static final Set<String> REFERENCE_VALUE_RULES =
      Set.of(ValidationRules.REFERENCE_REQUIRED.id(), ValidationRules.SCHEMA_TYPE.id(),
          ValidationRules.FORMAT_URI_REFERENCE.id());

  private final Profile profile;
  private final DescriptorLoader loader;
  private final List<DescriptorCheck> checks;
  private final CheckRun checkRun;
  private final Triage triage;
  /** Whether the triage gives back every finding as it is: every finding is made at its rule's default severity. */
  private final boolean triageChangesNone;

  private DescriptorValidator(Builder b) {
    this.profile = b.profile;
    DescriptorLoader.Builder loading = DescriptorLoader.builder().referencePositions(profile.referencePositions())
        .keepSources(true).bindWhileReading(false).readAheadPorts(true);
    b.loaderSettings.forEach(setting -> setting.accept(loading));
    this.loader = loading.build();
    List<DescriptorCheck> all = new ArrayList<>(builtInChecks(b.ids));
    all.addAll(b.checks);
    this.checks = List.copyOf(all);
    this.checkRun = new CheckRun(checks);
    this.triage = b.triage.build(rules(checks), profile::severity);
    List<Rule> made = new ArrayList<>(rules(List.of()));
    checks.forEach(check -> made.addAll(check.rules()));
    this.triageChangesNone = triage.changesNone(made);
  }

  /** {@return a validator with the default profile and no overrides or waivers} */
  public static DescriptorValidator defaults() {
    return builder().build();
  }

  /** {@return a builder with the default profile and no overrides or waivers} */
  public static Builder builder() {
    return new Builder();
  }

  static List<DescriptorCheck> builtInChecks(IdStrategy ids) {
    return List.of(
        new SchemaCheck(), new DocumentCheck(), new PropertyCheck(), new FormatCheck(), new IdentityCheck(ids),
        new UniquenessCheck(), new ReferenceCheck(), new GraphCheck(), new LifecycleCheck(), new DefinitionCheck());
  }

  /** {@return every rule a validator can report: reading, references, identity, and the built-in checks} */
  public static List<Rule> catalogue() {
    return rules(builtInChecks(IdStrategy.UUID_V5));
  }

  private static List<Rule> rules(List<DescriptorCheck> checks) {
    Map<String, Rule> rules = new LinkedHashMap<>();
    Stream.concat(Stream.of(LoadRules.ALL, IdentityRules.ALL, TriageRules.ALL),
            ValidationRules.SECTIONS.values().stream())
        .forEach(section -> section.forEach(rule -> rules.put(rule.id(), rule)));
    for (DescriptorCheck check : checks) {
      check.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
    }
    return List.copyOf(rules.values());
  }

  /**
   * {@return every rule this validator reports, with the severity its configuration gives it (disabled rules excluded)}
   */
  public Map<String, Severity> severities() {
    return triage.severities();
  }

  /** {@return the rules of this validator, built-in and added, in catalogue order} */
  public List<Rule> rules() {
    return rules(checks);
  }

  /** {@return the profile this validator checks under} */
  public Profile profile() {
    return profile;
  }

  /**
   * Loads and validates the descriptor whose root document is {@code file}.
   *
   * @param file the root document
   * @return the findings, load findings included
   */
  public ValidationReport validate(Path file) {
    return validate(loader.load(file));
  }

  /**
   * Loads and validates the descriptor whose root document is at {@code uri}.
   *
   * @param uri the root document's URI
   * @return the findings, load findings included
   */
  public ValidationReport validate(URI uri) {
    return validate(loader.load(uri));
  }

  /**
   * Validates a descriptor loaded by the caller; its load findings are part of the report. Loaded with
   * {@link io.dpds.load.ReferencePositions#SPEC}, references the spec does not allow are reported as not followed.
   *
   * @param loaded the descriptor as loaded
   * @return the findings, load findings included
   */
  public ValidationReport validate(LoadResult loaded) {
    Objects.requireNonNull(loaded, "loaded");
    List<Diagnostic> found = new ArrayList<>(loaded.diagnostics());
    List<Diagnostic> causes = new ArrayList<>(loaded.diagnostics()); // few: what a load finds is mostly nothing
    loaded.resolved().ifPresent(resolved -> {
      Optional<String> unsupported = DocumentCheck.unsupportedVersion(resolved.tree());
      if (unsupported.isPresent()) {
        found.add(ValidationRules.SPEC_VERSION.at("/dataProductDescriptor").message(unsupported.get())
            .location(resolved.locate("/dataProductDescriptor").orElse(null)).build());
        return;
      }
      found.addAll(checkRun.run(new CheckContext(resolved, profile), ValidationRules.REF_TARGET_TYPE, causes));
    });
    return finish(loaded, found, causes);
  }

  /**
   * The report of {@code found}: without the consequences of {@code causes} (the findings among them that make others
   * consequences, see {@link #withoutConsequences}), one per node, triaged, in order. Each pass over every finding
   * reads each again, out of the processor's caches when there are many: the consequences are looked for among the
   * few findings that can cause them, and the triage is skipped when it would give every finding back as it is.
   */
  private ValidationReport finish(LoadResult loaded, List<Diagnostic> found, List<Diagnostic> causes) {
    List<Diagnostic> merged = loaded.onePerNode(withoutConsequences(found, causes));
    if (triageChangesNone) {
      return new ValidationReport(loaded.uri(), loaded.resolved().orElse(null), inOrder(merged), List.of());
    }
    Triage.Result triaged = triage.apply(merged);
    return new ValidationReport(loaded.uri(), loaded.resolved().orElse(null), inOrder(triaged.active()),
        triaged.suppressed());
  }

  /**
   * One mistake, one finding: below a reference whose target is a whole descriptor where another object is expected
   * ({@code ref.target-type}), the target is not that object, so what the other rules say of it as one is dropped; and
   * a YAML value that has no JSON equivalent ({@code load.yaml-tag}, e.g. {@code .inf}) is read as its text, so what
   * the other rules say of that text is dropped; and a {@code $ref} that is empty, no text or no URI reference ({@code
   * ref.invalid}) is not reported again as such by the schema's rules.
   */
  private static List<Diagnostic> withoutConsequences(List<Diagnostic> found, List<Diagnostic> causes) {
    Set<String> wrongTargets = new HashSet<>(0);
    Set<String> untyped = new HashSet<>(0);
    Set<String> invalidReferences = new HashSet<>(0);
    for (Diagnostic d : causes) {
      if (d.ruleId().equals(ValidationRules.REF_TARGET_TYPE.id())) {
        wrongTargets.add(d.pointer());
      } else if (d.ruleId().equals(LoadRules.YAML_TAG.id()) && !d.pointer().isEmpty()) {
        untyped.add(d.pointer());
      } else if (d.ruleId().equals(LoadRules.REF_INVALID.id())) {
        invalidReferences.add(d.pointer() + "/$ref");
      }
    }
    if (wrongTargets.isEmpty() && untyped.isEmpty() && invalidReferences.isEmpty()) {
      return found;
    }
    return found.stream().filter(d -> d.ruleId().equals(ValidationRules.REF_TARGET_TYPE.id())
        || d.ruleId().startsWith("load.")
        || !atOrBelowAny(d.pointer(), wrongTargets)
        && !untyped.contains(d.pointer())
        && !(invalidReferences.contains(d.pointer()) && REFERENCE_VALUE_RULES.contains(d.ruleId()))).toList();
  }

  /** Whether {@code pointer} is one of {@code pointers} or below one: its ancestors are looked up, not the set read. */
  private static boolean atOrBelowAny(String pointer, Set<String> pointers) {
    if (pointers.isEmpty()) {
      return false;
    }
    for (int end = pointer.length(); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
      if (pointers.contains(pointer.substring(0, end))) {
        return true;
      }
    }
    return pointers.contains("");
  }

  /**
   * A finding with where it sorts, read from it once: its document, line and column ({@code null}, 0, 0 when it has no
   * location), and the document's rank among the documents of the findings (by URI, as text), {@link
   * Integer#MAX_VALUE} when it has none.
   */
  private static final class Sorted {
    final Diagnostic diagnostic;
    final @Nullable URI uri;
    final int line;
    final int column;
    int document = Integer.MAX_VALUE;

    Sorted(Diagnostic diagnostic) {
      this.diagnostic = diagnostic;
      SourceLocation at = diagnostic.location().orElse(null);
      this.uri = at == null ? null : at.uri();
      this.line = at == null ? 0 : at.line();
      this.column = at == null ? 0 : at.column();
    }
  }

  /** Located findings first, by document, line and column; then by pointer. */
  private static final Comparator<Sorted> ORDER = DescriptorValidator::inOrder;

  private static int inOrder(Sorted a, Sorted b) {
    int order = Integer.compare(a.document, b.document);
    order = order != 0 ? order : Integer.compare(a.line, b.line);
    order = order != 0 ? order : Integer.compare(a.column, b.column);
    return order != 0 ? order : a.diagnostic.pointer().compareTo(b.diagnostic.pointer());
  }

  /**
   * The findings in {@link #ORDER}. Each finding is read once, in a pass that copies where it sorts side by side: a
   * descriptor with many findings has them spread over the memory its validation went through.
   */
  private static List<Diagnostic> inOrder(List<Diagnostic> findings) {
    if (findings.size() < 2) {
      return List.copyOf(findings); // already in order
    }
    Sorted[] sorted = new Sorted[findings.size()];
    Map<URI, Integer> ranks = new IdentityHashMap<>(); // the findings of a document mostly share one URI object
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = new Sorted(findings.get(i));
      if (sorted[i].uri != null) {
        ranks.putIfAbsent(sorted[i].uri, 0);
      }
    }
    if (ranks.size() > 1) { // one document, the commonest case, is rank 0 already
      List<String> documents = ranks.keySet().stream().map(URI::toString).distinct().sorted().toList();
      ranks.replaceAll((uri, unranked) -> Collections.binarySearch(documents, uri.toString()));
    }
    for (Sorted one : sorted) {
      if (one.uri != null) {
        one.document = ranks.get(one.uri);
      }
    }
    Arrays.sort(sorted, ORDER);
    List<Diagnostic> ordered = new ArrayList<>(sorted.length);
    for (Sorted one : sorted) {
      ordered.add(one.diagnostic);
    }
    return Collections.unmodifiableList(ordered);
  }

  /** Configures a {@link DescriptorValidator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private Profile profile = Profile.DEFAULT;
    private final List<Consumer<DescriptorLoader.Builder>> loaderSettings = new ArrayList<>();
    private final List<DescriptorCheck> checks = new ArrayList<>();
    private final Triage.Builder triage = Triage.builder();
    private IdStrategy ids = IdStrategy.UUID_V5;

    private Builder() {}

    /**
     * Sets the profile (default {@link Profile#DEFAULT}): reference positions and severities.
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Configures the loader {@link #build} makes (root folder, limits, resource loaders, prefix mappings, allowed
     * hosts). Applied after the profile's reference positions, {@link DescriptorLoader.Builder#keepSources} (on: an
     * API definition that has not changed since the last validation is then told by its bytes) and {@link
     * DescriptorLoader.Builder#bindWhileReading} (off: the checks read each port's tree right before its model
     * object, which binding it then finds in the caches) and {@link DescriptorLoader.Builder#readAheadPorts} (on: the
     * ports of a large descriptor come into the caches side by side, one port ahead of its binding), so it may change
     * them.
     *
     * @param settings changes to the loader builder
     * @return this builder
     */
    public Builder loader(Consumer<DescriptorLoader.Builder> settings) {
      loaderSettings.add(Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /**
     * Gives the findings of rule {@code ruleId} this severity instead of the profile's.
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
     * Adds waivers; the first matching waiver applies to a finding.
     *
     * @param waivers the waivers
     * @return this builder
     */
    public Builder waivers(List<Waiver> waivers) {
      triage.waivers(waivers);
      return this;
    }

    /**
     * Adds a check run after the built-in ones.
     *
     * @param check the check
     * @return this builder
     */
    public Builder check(DescriptorCheck check) {
      checks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /**
     * Adds every {@link DescriptorCheck} listed for {@link ServiceLoader} on the class path.
     *
     * @return this builder
     */
    public Builder discoverChecks() {
      ServiceLoader.load(DescriptorCheck.class).forEach(checks::add);
      return this;
    }

    /**
     * How ids are derived when checking declared ids (default UUID v5).
     *
     * @param ids the strategy
     * @return this builder
     */
    public Builder idStrategy(IdStrategy ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The clock waiver expiry is judged by (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      triage.clock(clock);
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalArgumentException when an override names a rule no check reports
     */
    public DescriptorValidator build() {
      return new DescriptorValidator(this);
    }
  }
}
