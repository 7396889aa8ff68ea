package io.dpds.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> FIELDS = List.of("name", "version", "expectations", "obligations", "promises");

  @Test
  void theClosestFieldWithinAThirdOfTheNameIsSuggestedCaseIgnored() {
    assertThat(Suggestions.closest("expectatctions", FIELDS)).contains("expectations");
    assertThat(Suggestions.closest("VERSION", FIELDS)).contains("version");
    assertThat(Suggestions.closest("nme", FIELDS)).contains("name");
    assertThat(Suggestions.closest("nmae", FIELDS)).as("two edits, more than a third of four").isEmpty();
    assertThat(Suggestions.closest("promisesss", FIELDS)).as("two letters more").contains("promises");
    assertThat(Suggestions.closest("promisesssss", FIELDS)).as("four letters more").isEmpty();
    assertThat(Suggestions.closest("\u0130d", List.of("id"))).as("İ is i, character by character").contains("id");
  }

  @Test
  void distanceCountsSingleCharacterEditsCaseIgnored() {
    assertThat(Suggestions.distance("Kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("Name", "name")).isZero();
  }
}
