package io.dpds.triage;

import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.RuleCatalogue;
import io.dpds.report.Severity;
import io.dpds.report.Suggestions;
import io.dpds.report.Suppression;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a host decided about findings, applied to them: severities given per rule, rules turned off, and waivers that
 * suppress matching findings until they expire (then the finding is active again, with a {@code waiver.expired}
 * warning). Every judge (validation, compatibility, policies) triages its findings with one. Immutable and
 * thread-safe.
 */
public final class Triage {

  private final Map<String, Severity> severities;
  private final Set<String> disabled;
  private final List<Waiver> waivers;
  private final Clock clock;

  private Triage(Map<String, Severity> severities, Set<String> disabled, List<Waiver> waivers, Clock clock) {
    this.severities = Map.copyOf(severities);
    this.disabled = Set.copyOf(disabled);
    this.waivers = List.copyOf(waivers);
    this.clock = clock;
  }

  /** {@return a builder of a triage that changes nothing} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The findings that remain active, and those a waiver suppressed, in the order given.
   *
   * @param active the findings that count, with their final severity
   * @param suppressed the findings a waiver suppressed, with the waiver
   */
  public record Result(List<Diagnostic> active, List<Suppression> suppressed) {

    /**
     * Creates a {@code Result}; see the class comment for each component.
     *
     * @param active the findings that count, with their final severity
     * @param suppressed the findings a waiver suppressed, with the waiver
     */
    public Result {
      active = List.copyOf(active);
      suppressed = List.copyOf(suppressed);
    }
  }

  /** {@return the severity of every rule this triage knows and has not turned off, after the overrides} */
  public Map<String, Severity> severities() {
    return severities;
  }

  /**
   * {@return whether this triage leaves alone every finding of {@code rules} made at its rule's default severity: no
   * waiver, no rule turned off, and each of those rules at its default severity} A judge whose findings are all so
   * made may then skip {@link #apply}, which would give them back as they are.
   *
   * @param rules the rules of the findings, each as its findings are made (a rule id twice: each is asked)
   */
  public boolean changesNone(Collection<Rule> rules) {
    if (!waivers.isEmpty() || !disabled.isEmpty()) {
      return false;
    }
    for (Rule rule : rules) {
      if (severities.getOrDefault(rule.id(), rule.defaultSeverity()) != rule.defaultSeverity()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies the severities, the disabled rules and the waivers to {@code found}, keeping their order.
   *
   * @param found the findings, as the checks produced them
   * @return what remains active and what was suppressed
   */
  public Result apply(List<Diagnostic> found) {
    LocalDate today = null; // read from the clock once a waiver needs it: most findings have none
    List<Diagnostic> active = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>();
    for (Diagnostic diagnostic : found) {
      if (disabled.contains(diagnostic.ruleId())) {
        continue;
      }
      Severity severity = severities.getOrDefault(diagnostic.ruleId(), diagnostic.severity());
      Diagnostic d = severity == diagnostic.severity() ? diagnostic : diagnostic.toBuilder().severity(severity).build();
      Waiver waiver = waiver(d);
      if (waiver == null) {
        active.add(d);
        continue;
      }
      today = today != null ? today : LocalDate.now(clock);
      if (waiver.expiredOn(today)) {
        active.add(d);
        active.add(TriageRules.WAIVER_EXPIRED.at(d.pointer()).location(d.location().orElse(null))
            .message("The waiver of " + d.ruleId() + " at " + waiver.pointerGlob() + " expired on "
                + waiver.expires() + " (" + waiver.reason() + ")").build());
      } else {
        suppressed.add(new Suppression(d, waiver.reason()));
      }
    }
    return new Result(active, suppressed);
  }

  private Waiver waiver(Diagnostic diagnostic) {
    for (Waiver waiver : waivers) {
      if (waiver.matches(diagnostic)) {
        return waiver;
      }
    }
    return null;
  }

  /**
   * Collects a host's decisions; the builders of the judges keep one and build it with the rules they report. Not
   * thread-safe.
   */
  public static final class Builder {
    private final Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private Clock clock = Clock.systemDefaultZone();

    private Builder() {}

    /**
     * Gives every finding of rule {@code ruleId} this severity.
     *
     * @param ruleId the rule's id
     * @param severity the severity its findings get
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      overrides.put(Objects.requireNonNull(ruleId, "ruleId"),
          Optional.of(Objects.requireNonNull(severity, "severity")));
      return this;
    }

    /**
     * Turns rule {@code ruleId} off: its findings are dropped.
     *
     * @param ruleId the rule's id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      overrides.put(Objects.requireNonNull(ruleId, "ruleId"), Optional.empty());
      return this;
    }

    /**
     * Adds waivers; the first matching waiver applies to a finding.
     *
     * @param waivers the waivers
     * @return this builder
     */
    public Builder waivers(List<Waiver> waivers) {
      waivers.forEach(w -> this.waivers.add(Objects.requireNonNull(w, "waiver")));
      return this;
    }

    /**
     * The clock waiver expiry is judged by (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** {@return the clock set, for judges that judge dates too (deprecation periods)} */
    public Clock clock() {
      return clock;
    }

    /**
     * The triage of findings of {@code rules}, each keeping the severity it was found with unless overridden.
     *
     * @param rules every rule the findings can be of
     * @return the triage
     * @throws IllegalArgumentException when an override names a rule not among {@code rules}
     */
    public Triage build(Collection<Rule> rules) {
      return build(rules, rule -> null);
    }

    /**
     * The triage of findings of {@code rules}, each rule at {@code base} severity (null: as found) unless overridden.
     *
     * <p>An override of a rule that is not among {@code rules} but that a module on the class path defines ({@link
     * RuleCatalogue}) is left to the tool whose rule it is: one project configuration sets the severities of
     * validation and of the compatibility check alike.
     *
     * @param rules every rule the findings can be of
     * @param base the base severity of each rule; null keeps the severity found
     * @return the triage
     * @throws IllegalArgumentException when an override names a rule that no module defines
     */
    public Triage build(Collection<Rule> rules, Function<Rule, Severity> base) {
      Map<String, Severity> severities = new HashMap<>();
      Set<String> known = new HashSet<>();
      for (Rule rule : rules) {
        known.add(rule.id());
        Severity severity = base.apply(rule);
        if (severity != null) {
          severities.put(rule.id(), severity);
        }
      }
      Set<String> disabled = new HashSet<>();
      RuleCatalogue everyRule = null; // read from the class path only when an override is not among rules
      for (Map.Entry<String, Optional<Severity>> override : overrides.entrySet()) {
        String id = override.getKey();
        if (!known.contains(id)) {
          everyRule = everyRule != null ? everyRule : RuleCatalogue.load(Triage.class.getClassLoader());
          if (everyRule.find(id).isPresent()) {
            continue; // another tool's rule
          }
          throw new IllegalArgumentException("unknown rule id '" + id + "'" + Suggestions.closest(id,
              everyRule.rules().stream().map(Rule::id).toList()).map(near -> "; did you mean '" + near + "'?")
              .orElse("") + " (docs/rules.md and dpds rules list them all)");
        }
        override.getValue().ifPresentOrElse(s -> severities.put(id, s), () -> disabled.add(id));
      }
      severities.keySet().removeAll(disabled);
      return new Triage(severities, disabled, waivers, clock);
    }
  }
}
