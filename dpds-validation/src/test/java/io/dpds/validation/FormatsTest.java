package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written format matchers agree with the regular expressions that specify them. */
class FormatsTest {

  private static final List<String> SAMPLES = List.of(
      "", "a", "ab", "a1", "1a", "tripStatus", "trip status", "trip-status", "trip_status", "trip.status", "Ünïcode",
      "abc!", "urn:dpds:com.example:dataproducts:trip:1", "urn:dpds:com.example-eu:dataproducts:trip_x:1", "u:",
      "0.0.0", "1.2.3", "10.20.30", "01.2.3", "1.02.3", "1.2.03", "1.2", "1.2.3.4", "1..3", ".1.2", "1.2.",
      "1.2.3-rc.1", "1.2.3-0.3.7", "1.2.3-01", "1.2.3+build.5", "1.2.3-alpha+001", "v1.2.3", " 1.2.3", "1.2.3 ",
      "99999999999999999999.0.0", "1.0.0-", "1.0.0+", "000", "1", "A1b2C3");

  @Test
  void eachMatcherAgreesWithItsRegularExpression() {
    agree(Formats::isName, "^[a-zA-Z][a-zA-Z0-9]+$");
    agree(Formats::isAlphanumeric, "^[a-zA-Z0-9]+$");
    agree(Formats::isFqn, "^[a-zA-Z][a-zA-Z0-9.:_-]+$");
    agree(Formats::isStrictFqn, "^[a-zA-Z][a-zA-Z0-9.:]+$");
    agree(Formats::isVersion, Formats.VERSION.pattern());
  }

  @Test
  void theMajorOfAVersionIsItsFirstNumber() {
    assertThat(Formats.major("12.3.4-rc.1")).isEqualTo(12);
    assertThat(Formats.major("1.2")).isEqualTo(-1);
    for (String sample : SAMPLES) { // the major as the SemVer expression's first group reads it
      var m = Formats.VERSION.matcher(sample);
      long expected = !m.matches() ? -1 : m.group(1).length() > 18 ? -1 : Long.parseLong(m.group(1));
      assertThat(Formats.major(sample)).as(sample).isEqualTo(expected);
    }
  }

  private static void agree(Predicate<String> matcher, String regex) {
    Pattern pattern = Pattern.compile(regex);
    for (String sample : SAMPLES) {
      assertThat(matcher.test(sample)).as("'%s' against %s", sample, regex)
          .isEqualTo(pattern.matcher(sample).matches());
    }
  }
}
