package io.dpds.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written format matchers agree with the regular expressions that specify them. */
class FormatsTest {

  /** The regular expression semver.org gives for SemVer 2.0.0. */
  private static final Pattern VERSION = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
      + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
      + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

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
    agree(Formats::isVersion, VERSION.pattern());
  }

  @Test
  void aNameOrFqnThatIsNoneSaysWhy() {
    assertThat(Formats.whyNot("name", "a")).isEqualTo(": a name has at least two characters");
    assertThat(Formats.whyNot("name", "1a")).isEqualTo(": a name starts with a letter");
    assertThat(Formats.whyNot("name", "Transport Management")).isEqualTo(": ' ' is not allowed in a name");
    assertThat(Formats.whyNot("name", "trip-status")).isEqualTo(": '-' is not allowed in a name");
    assertThat(Formats.whyNot("name", "Ünïcode")).isEqualTo(": a name starts with a letter from a to z or A to Z"
        + " ('Ü' is not one)");
    assertThat(Formats.whyNot("name", "a\uD83D\uDE00")).isEqualTo(": '\uD83D\uDE00' is not allowed in a name");
    assertThat(Formats.whyNot("fqn", "urn:dpds:com.acme/x:1")).isEqualTo(": '/' is not allowed in an FQN");
    assertThat(Formats.whyNot("name", "")).isEqualTo(": a name cannot be empty");
    assertThat(Formats.whyNot("uuid", "x")).isEmpty();
    for (String sample : SAMPLES) { // a reason for every string that is no name, none for a name
      assertThat(Formats.whyNot("name", sample).isEmpty()).as(sample).isEqualTo(Formats.isName(sample));
      assertThat(Formats.whyNot("fqn", sample).isEmpty()).as(sample).isEqualTo(Formats.isFqn(sample));
    }
  }

  @Test
  void aVersionThatIsNoneSaysWhyWhenTheReasonIsInItsNumbers() {
    assertThat(Formats.whyNot("version", "1.2")).isEqualTo(": a version has three numbers, MAJOR.MINOR.PATCH");
    assertThat(Formats.whyNot("version", "1.2.3.4")).isEqualTo(": a version has three numbers, MAJOR.MINOR.PATCH");
    assertThat(Formats.whyNot("version", "v1.2.0")).isEqualTo(": a version starts with its major number, without 'v'");
    assertThat(Formats.whyNot("version", "01.2.0")).isEqualTo(": a number of a version has no leading zero ('01')");
    assertThat(Formats.whyNot("version", "1.x.0")).isEqualTo(": 'x' is not a number");
    assertThat(Formats.whyNot("version", "1..0")).isEqualTo(": '' is not a number");
    assertThat(Formats.whyNot("version", "")).isEqualTo(": a version cannot be empty");
    assertThat(Formats.whyNot("version", "1.0.0-")).as("the fault is not in its numbers").isEmpty();
    for (String sample : SAMPLES) {
      if (Formats.isVersion(sample)) {
        assertThat(Formats.whyNot("version", sample)).as(sample).isEmpty();
      }
    }
  }

  @Test
  void theMajorOfAVersionIsItsFirstNumber() {
    assertThat(Formats.major("12.3.4-rc.1")).isEqualTo(12);
    assertThat(Formats.major("1.2")).isEqualTo(-1);
    for (String sample : SAMPLES) { // the major as the SemVer expression's first group reads it
      var m = VERSION.matcher(sample);
      long expected = !m.matches() ? -1 : m.group(1).length() > 18 ? -1 : Long.parseLong(m.group(1));
      assertThat(Formats.major(sample)).as(sample).isEqualTo(expected);
    }
  }

  /** The plain absolute URIs, the regular expression that specifies them, and strings near them. */
  private static final String PLAIN_URI = "^[a-zA-Z][a-zA-Z0-9+.-]*://[a-zA-Z0-9.-]+(:[0-9]+)?(/[a-zA-Z0-9._~/-]*)?$";
  private static final List<String> URIS = List.of(
      "https://example.com/docs/trip-status", "http://localhost:8080/a/b_c.d~e", "s3://bucket", "git+ssh://h/x/",
      "https://1.2.3.4/x", "https://1.2.3.999/x", "https://a..b/x", "https://-a-/x", "https://h:99999999999999/x",
      "https://h:0", "http://h//x", "x://h/", "https://h:/x", "https://h:x/", "https://", "https:///x", "http:/h/x",
      "https://h/x?y=1", "https://h/x#f", "https://user@h/x", "https://h/a%20b", "https://h/a b", "https://[::1]/x",
      "https://h/ä", "mailto:a@b.c", "urn:isbn:0451450523", "relative/path", "/abs/path", "1http://h/x", "",
      "https ://h/x", "https://h/x ", ":/h", "a://", "a://b");

  @Test
  void aPlainAbsoluteUriIsOneTheRegularExpressionMatchesAndJavaNetUriReadsAsAbsolute() throws Exception {
    agree(Formats::isPlainAbsoluteUri, PLAIN_URI, URIS);
    for (String uri : URIS) {
      if (Formats.isPlainAbsoluteUri(uri)) {
        assertThat(new URI(uri).isAbsolute()).as(uri).isTrue();
      }
    }
  }

  @Test
  void everyStringOfTheUriCharactersThatIsPlainIsAnAbsoluteUriToJavaNetUri() throws Exception {
    String alphabet = "aaZZ0099..--//__~~:+?#@%[] "; // the plain characters twice as likely as the others
    List<String> starts = List.of("http://h", "http://", "h");
    Random random = new Random(23);
    Pattern pattern = Pattern.compile(PLAIN_URI);
    int plain = 0;
    for (int k = 0; k < 30_000; k++) {
      StringBuilder s = new StringBuilder(starts.get(k % starts.size()));
      for (int length = random.nextInt(12); length > 0; length--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String uri = s.toString();
      boolean isPlain = Formats.isPlainAbsoluteUri(uri);
      assertThat(isPlain).as(uri).isEqualTo(pattern.matcher(uri).matches());
      if (isPlain) {
        plain++;
        assertThat(new URI(uri).isAbsolute()).as(uri).isTrue();
      }
    }
    assertThat(plain).as("plain URIs among the samples").isGreaterThan(2_000);
  }

  @Test
  void aMediaTypeIsReadAsItsExpressionReadsItAndAtAnyLength() {
    String mediaType = "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
        + "(?:\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(?:[^;\"\\s]+|\"[^\"]*\"))*$";
    String alphabet = "aZ0+/;;==\"\" \t!é";
    List<String> starts = List.of("text/html", "a/b;c=d", "", "application/vnd.x+json;v=1.2", "a/b;c=\"");
    Random random = new Random(29);
    List<String> samples = new ArrayList<>(List.of("a/" + "b".repeat(127), "a/" + "b".repeat(128),
        "a".repeat(128) + "/b", "text/plain; charset=\"utf-8\" ;format=flowed", "text/plain;", "text/plain ",
        "/x", "x/", "x/y;=v", "x/y;k=", "x/y;k=\"v", "x/y;k=v\"w\""));
    for (int k = 0; k < 30_000; k++) {
      StringBuilder s = new StringBuilder(starts.get(k % starts.size()));
      for (int length = random.nextInt(10); length > 0; length--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(s.toString());
    }

    agree(Formats::isMediaType, mediaType, samples);
    assertThat(samples.stream().filter(Formats::isMediaType).count()).as("media types").isGreaterThan(3_000);
    assertThat(Formats.isMediaType("text/html" + ";a=b".repeat(100_000))).isTrue();
    assertThat(Formats.isMediaType("text/html" + ";a=b".repeat(100_000) + ";")).isFalse();
  }

  private static void agree(Predicate<String> matcher, String regex) {
    agree(matcher, regex, SAMPLES);
  }

  private static void agree(Predicate<String> matcher, String regex, List<String> samples) {
    Pattern pattern = Pattern.compile(regex);
    for (String sample : samples) {
      assertThat(matcher.test(sample)).as("'%s' against %s", sample, regex)
          .isEqualTo(pattern.matcher(sample).matches());
    }
  }
}
