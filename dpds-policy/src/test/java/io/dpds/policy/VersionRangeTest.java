package io.dpds.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The semver assertion's ranges: npm syntax accepted, anything else refused rather than silently dropped. */
class VersionRangeTest {

  @ParameterizedTest
  @ValueSource(strings = {">=1.0.0 <2.0.0", "^2", "~1.2.3", "1.x", "*", "", "1.0.0 - 2.0.0", ">= 1.0.0",
      "1.0.0 || ^3.0.0", "=1.0.0-rc.1", "v1.2.3", "~>1.2"})
  void npmRangesAreAccepted(String range) {
    assertThat(VersionRange.parse(range)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", ">=1.0.0 garbage", ">>1", "1.0.0 || x.y.z.w", "1.0.0.0", "^"})
  void anythingElseIsRefusedNamingTheBadPart(String range) {
    assertThatThrownBy(() -> VersionRange.parse(range)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a version range: " + range);
  }

  @Test
  void versionsAreTestedAsSemanticVersions() {
    VersionRange range = VersionRange.parse(">=1.2.0 <2.0.0 || ^3.1");

    assertThat(range.test("1.2.0")).isTrue();
    assertThat(range.test("1.9.9")).isTrue();
    assertThat(range.test("2.0.0")).isFalse();
    assertThat(range.test("3.4.0")).isTrue();
    assertThat(range.test("1.5")).as("not a semantic version").isFalse();
    assertThat(range.test("latest")).isFalse();
  }

  @Test
  void verdictsStayRightBeyondTheMemo() {
    VersionRange range = VersionRange.parse("^1.0.0");

    for (int i = 0; i < VersionRange.MEMO_SIZE * 2; i++) {
      assertThat(range.test("1." + i + ".0")).isTrue();
      assertThat(range.test("2." + i + ".0")).isFalse();
    }
    assertThat(range.test("1.0.0")).isTrue();
  }

  @Test
  void aVersionOfManyIdentifiersIsJudgedWithoutExhaustingTheStack() {
    VersionRange range = VersionRange.parse(">=1.0.0-a <2.0.0");
    String manyBuilds = "1.5.0+" + "b.".repeat(50_000) + "b";
    String fewPreRelease = "1.0.0-" + "a.".repeat(VersionRange.MOST_PRE_RELEASE_IDENTIFIERS - 1) + "a";
    String manyPreRelease = "1.0.0-" + "a.".repeat(50_000) + "a";

    assertThat(range.test(manyBuilds)).as("build metadata, dropped").isTrue();
    assertThat(range.test(fewPreRelease)).isTrue();
    assertThat(range.test(manyPreRelease)).as("past what the range library reads").isFalse();
  }

  @Test
  void aVersionLongerThanRememberedOnesIsTestedEachTimeAndNotKept() {
    VersionRange range = VersionRange.parse("^1.0.0");
    String longest = "1.0.0-" + "r".repeat(VersionRange.LONGEST_REMEMBERED - 6);
    String longer = longest + "r";

    assertThat(range.test(longer)).as("a pre-release is below its release").isFalse();
    assertThat(range.test(longer)).isFalse();
    assertThat(range.remembered()).isZero();
    assertThat(range.test(longest)).isFalse();
    assertThat(range.remembered()).isOne();
    assertThat(range.test("1.2.0+" + "b".repeat(VersionRange.LONGEST_REMEMBERED))).as("build metadata").isTrue();
    assertThat(range.remembered()).isOne();
  }
}
