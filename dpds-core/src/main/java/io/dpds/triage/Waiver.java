package io.dpds.triage;

import io.dpds.report.Diagnostic;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A decision to accept the findings of one rule at some places, with a reason and an optional expiry date. Matching
 * findings are reported as suppressed until the end of the expiry day; after it they are active again, with a
 * {@code waiver.expired} warning. Waiver files are read by {@link WaiverFile}.
 *
 * <p>The pointer glob matches the finding's JSON pointer: {@code *} stands for any characters within one token,
 * {@code **} for any characters across tokens (e.g. {@code /interfaceComponents/outputPorts/*}{@code /promises/**}).
 *
 * @param ruleId the rule whose findings it waives
 * @param pointerGlob the pointers it covers
 * @param reason why the findings are accepted; shown beside each suppressed finding
 * @param expires the last day the waiver applies; null for none
 */
public record Waiver(String ruleId, String pointerGlob, String reason, @Nullable LocalDate expires) {

  /**
   * Creates a {@code Waiver}; see the class comment for each component.
   *
   * @param ruleId the rule whose findings it waives
   * @param pointerGlob the pointers it covers
   * @param reason why the findings are accepted; shown beside each suppressed finding
   * @param expires the last day the waiver applies; null for none
   */
  public Waiver {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(pointerGlob, "pointerGlob");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a waiver needs a reason");
    }
  }

  /**
   * {@return whether the waiver covers the finding, whatever the date}
   *
   * @param diagnostic the finding
   */
  public boolean matches(Diagnostic diagnostic) {
    return ruleId.equals(diagnostic.ruleId()) && glob(pointerGlob).matcher(diagnostic.pointer()).matches();
  }

  /**
   * {@return whether the waiver has expired on {@code today}}
   *
   * @param today the day to judge by
   */
  public boolean expiredOn(LocalDate today) {
    return expires != null && today.isAfter(expires);
  }

  /** {@return the last day the waiver applies, if it has one} */
  public Optional<LocalDate> expiry() {
    return Optional.ofNullable(expires);
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
