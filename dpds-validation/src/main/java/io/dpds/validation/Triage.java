package io.dpds.validation;

import io.dpds.diag.Diagnostic;
import io.dpds.diag.Severity;
import io.dpds.report.Suppression;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a host decided about findings, applied to them: severities given per rule, rules turned off, and waivers that
 * suppress matching findings until they expire (then the finding is active again, with a {@code waiver.expired}
 * warning). Shared by validation and the compatibility checker. Immutable and thread-safe.
 */
public final class Triage {

  private final Map<String, Severity> severities;
  private final Set<String> disabled;
  private final List<Waiver> waivers;
  private final Clock clock;

  /**
   * @param severities the severity of every finding of a rule, by rule id (rules absent keep the finding's own)
   * @param disabled the ids of rules whose findings are dropped
   * @param waivers the waivers, the first matching one applying
   * @param clock the clock waiver expiry is judged by
   */
  public Triage(Map<String, Severity> severities, Set<String> disabled, List<Waiver> waivers, Clock clock) {
    this.severities = Map.copyOf(severities);
    this.disabled = Set.copyOf(disabled);
    this.waivers = List.copyOf(waivers);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The findings that remain active, and those a waiver suppressed, in the order given. */
  public record Result(List<Diagnostic> active, List<Suppression> suppressed) {}

  public Result apply(List<Diagnostic> found) {
    LocalDate today = LocalDate.now(clock);
    List<Diagnostic> active = new ArrayList<>();
    List<Suppression> suppressed = new ArrayList<>();
    for (Diagnostic diagnostic : found) {
      if (disabled.contains(diagnostic.ruleId())) {
        continue;
      }
      Severity severity = severities.getOrDefault(diagnostic.ruleId(), diagnostic.severity());
      Diagnostic d = severity == diagnostic.severity() ? diagnostic : diagnostic.toBuilder().severity(severity).build();
      Waiver waiver = waivers.stream().filter(w -> w.matches(d)).findFirst().orElse(null);
      if (waiver == null) {
        active.add(d);
      } else if (waiver.expiredOn(today)) {
        active.add(d);
        active.add(ValidationRules.WAIVER_EXPIRED.at(d.pointer()).location(d.location().orElse(null))
            .message("The waiver of " + d.ruleId() + " at " + waiver.pointerGlob() + " expired on "
                + waiver.expires() + " (" + waiver.reason() + ")").build());
      } else {
        suppressed.add(new Suppression(d, waiver.reason()));
      }
    }
    return new Result(List.copyOf(active), List.copyOf(suppressed));
  }
}
