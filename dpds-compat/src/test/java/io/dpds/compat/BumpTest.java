package io.dpds.compat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BumpTest {

  @Test
  void theDeclaredBumpIsTheHighestPartThatMoved() {
    assertThat(Bump.declared("1.2.3", "1.2.3")).contains(Bump.NONE);
    assertThat(Bump.declared("1.2.3", "1.2.4")).contains(Bump.PATCH);
    assertThat(Bump.declared("1.2.3", "1.3.0")).contains(Bump.MINOR);
    assertThat(Bump.declared("1.2.3", "1.3.7")).contains(Bump.MINOR);
    assertThat(Bump.declared("1.2.3", "2.0.0")).contains(Bump.MAJOR);
    assertThat(Bump.declared("2.0.0-rc.1", "2.0.0")).contains(Bump.PATCH);
    assertThat(Bump.declared("1.2.3", "1.2.3-rc.1")).contains(Bump.DECREASE);
    assertThat(Bump.declared("1.2.3", "1.1.9")).contains(Bump.DECREASE);
    assertThat(Bump.declared("2.0.0", "1.9.9")).contains(Bump.DECREASE);
    assertThat(Bump.declared("1.2", "1.3.0")).isEmpty();
    assertThat(Bump.declared(null, "1.3.0")).isEmpty();
  }

  @Test
  void aBumpCoversTheSmallerOnesAndADecreaseCoversNothing() {
    assertThat(Bump.MAJOR.covers(Bump.MINOR)).isTrue();
    assertThat(Bump.MINOR.covers(Bump.MINOR)).isTrue();
    assertThat(Bump.PATCH.covers(Bump.MINOR)).isFalse();
    assertThat(Bump.NONE.covers(Bump.NONE)).isTrue();
    assertThat(Bump.DECREASE.covers(Bump.NONE)).isFalse();
    assertThat(Bump.MAJOR.label()).isEqualTo("major");
  }
}
