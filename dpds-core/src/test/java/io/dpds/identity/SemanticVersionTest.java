package io.dpds.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {

  /** The regular expression semver.org gives for SemVer 2.0.0, the specification of what is a version. */
  private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
      + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
      + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  @Test
  void readsVersionsAsSemVerWritesThem() {
    SemanticVersion v = SemanticVersion.parse("1.20.3-rc.1.x-y+build.007").orElseThrow();

    assertThat(v.major()).isEqualTo("1");
    assertThat(v.minor()).isEqualTo("20");
    assertThat(v.patch()).isEqualTo("3");
    assertThat(v.preRelease()).containsExactly("rc", "1", "x-y");
    assertThat(v.build()).containsExactly("build", "007");
    assertThat(v).hasToString("1.20.3-rc.1.x-y+build.007");
    for (String valid : List.of("0.0.0", "1.0.0-0", "1.0.0-0a", "1.0.0--", "1.0.0+0", "1.0.0-a+b-c.01",
        "99999999999999999999.0.0")) {
      assertThat(SemanticVersion.isValid(valid)).as(valid).isTrue();
    }
    for (String invalid : List.of("", "1", "1.0", "1.0.0.0", "01.0.0", "1.00.0", "1.0.0-", "1.0.0+", "1.0.0-01",
        "1.0.0-a..b", "1.0.0+a..b", "1.0.0-a_b", "1.0.0+a+b", "v1.0.0", "1.0.0 ", " 1.0.0", "1.0.0-é", "-1.0.0",
        "1.0.0-.a", "1.0.0-a.")) {
      assertThat(SemanticVersion.isValid(invalid)).as(invalid).isFalse();
    }
    assertThat(SemanticVersion.parse(null)).isEmpty();
  }

  @Test
  void agreesWithTheSpecificationsExpressionOnGeneratedStrings() {
    Random random = new Random(20261207);
    String alphabet = "0123456789.-+aZ0";
    int valid = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "" : "1.0.");
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean expected = SEMVER.matcher(text).matches();
      valid += expected ? 1 : 0;
      assertThat(SemanticVersion.isValid(text.toString())).as(text.toString()).isEqualTo(expected);
    }
    assertThat(valid).as("versions among them").isGreaterThan(1_000);
  }

  @Test
  void ordersVersionsBySemVerPrecedence() {
    List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
        "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.9.0", "1.10.0", "2.0.0",
        "10.0.0", "99999999999999999999.0.0");
    List<SemanticVersion> shuffled = new ArrayList<>(ordered.stream().map(v -> SemanticVersion.parse(v)
        .orElseThrow()).toList());
    Collections.shuffle(shuffled, new Random(7));

    Collections.sort(shuffled);

    assertThat(shuffled).map(SemanticVersion::toString).containsExactlyElementsOf(ordered);
    SemanticVersion built = SemanticVersion.parse("1.0.0+a").orElseThrow();
    SemanticVersion other = SemanticVersion.parse("1.0.0+b").orElseThrow();
    assertThat(built.compareTo(other)).as("build metadata has no precedence").isZero();
    assertThat(built).isNotEqualTo(other).isEqualTo(SemanticVersion.parse("1.0.0+a").orElseThrow());
    assertThat(built.isLowerThan(SemanticVersion.parse("1.0.1-0").orElseThrow())).isTrue();
    assertThat(SemanticVersion.parse("99999999999999999999.0.0").orElseThrow().majorAsLong()).isEqualTo(-1);
    assertThat(SemanticVersion.parse("42.0.0").orElseThrow().majorAsLong()).isEqualTo(42);
  }

  @Test
  void readsAVersionOfManyIdentifiersOnASmallStack() throws InterruptedException {
    String many = "1.0.0-" + "a.".repeat(100_000) + "a+" + "b.".repeat(100_000) + "b";
    AtomicReference<Object> read = new AtomicReference<>();
    Thread small = new Thread(null, () -> {
      try {
        read.set(SemanticVersion.parse(many).orElseThrow().preRelease().size());
      } catch (Throwable e) { // what the test reports
        read.set(e);
      }
    }, "small stack", 128 * 1024);

    small.start();
    small.join();

    assertThat(read.get()).isEqualTo(100_001);
  }
}
