package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a deprecated port may go. DPDS has no deprecation marker, so we read the convention of its examples: the port
 * carries {@code x-deprecated} (the date it was deprecated, {@code 2026-01-31}, or {@code {since: 2026-01-31}}) and its
 * {@code promises.deprecationPolicy} declares the grace period as {@code x-deprecation-period} (on the policy or on its
 * definition object) or as {@code period} in its definition, an ISO 8601 period ({@code P3M}) or its short form
 * ({@code 3M}, {@code 90D}, {@code 2W}, {@code 1Y}).
 */
final class Deprecation {

  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([DWMY])");

  private Deprecation() {}

  /** The first day the port may be removed without breaking anyone, when it is deprecated with a period. */
  static Optional<LocalDate> sunset(JsonNode port) {
    Optional<LocalDate> since = since(port.path("x-deprecated"));
    Optional<Period> period = gracePeriod(port.path("promises").path("deprecationPolicy"));
    return since.flatMap(day -> period.map(day::plus));
  }

  /** The grace period a {@code deprecationPolicy} declares, in any of the forms the class comment lists. */
  static Optional<Period> gracePeriod(JsonNode policy) {
    return period(policy.path("x-deprecation-period"))
        .or(() -> period(policy.path("definition").path("x-deprecation-period")))
        .or(() -> period(policy.path("definition").path("period")));
  }

  /** {@return whether {@code a} is shorter than {@code b}, counted from the same day} */
  static boolean shorter(Period a, Period b) {
    return LocalDate.EPOCH.plus(a).isBefore(LocalDate.EPOCH.plus(b));
  }

  private static Optional<LocalDate> since(JsonNode marker) {
    JsonNode date = marker.isObject() ? marker.path("since") : marker;
    if (!date.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date.textValue()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<Period> period(JsonNode node) {
    if (!node.isTextual()) {
      return Optional.empty();
    }
    String text = node.textValue().trim().toUpperCase(Locale.ROOT);
    try {
      return Optional.of(Period.parse(text));
    } catch (DateTimeParseException e) {
      Matcher m = SHORT.matcher(text);
      if (!m.matches()) {
        return Optional.empty();
      }
      int n = Integer.parseInt(m.group(1));
      return Optional.of(switch (m.group(2)) {
        case "D" -> Period.ofDays(n);
        case "W" -> Period.ofWeeks(n);
        case "M" -> Period.ofMonths(n);
        default -> Period.ofYears(n);
      });
    }
  }
}
