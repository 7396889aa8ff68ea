package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void tokensAreEscapedAndUnescapedAsRfc6901Says() {
    assertThat(Pointers.escape("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(Pointers.unescape("a~1b~0c")).isEqualTo("a/b~c");
    assertThat(Pointers.unescape("~01")).as("~0 is unescaped last").isEqualTo("~1");
    assertThat(Pointers.escape("plain")).isSameAs("plain");
  }

  @Test
  void pointersAreBuiltAndTakenApartTokenByToken() {
    String channel = Pointers.child(Pointers.child("/channels", "trip/status"), 0);

    assertThat(channel).isEqualTo("/channels/trip~1status/0");
    assertThat(Pointers.tokens(channel)).containsExactly("channels", "trip/status", "0");
    assertThat(Pointers.of(List.of("channels", "trip/status", "0"))).isEqualTo(channel);
    assertThat(Pointers.parent(channel)).isEqualTo("/channels/trip~1status");
    assertThat(Pointers.last("/channels/trip~1status")).isEqualTo("trip/status");
    assertThat(Pointers.parent("/info")).isEmpty();
    assertThat(Pointers.tokens("")).isEmpty();
    assertThat(Pointers.tokens("/")).containsExactly("");
    assertThatThrownBy(() -> Pointers.tokens("info")).isInstanceOf(IllegalArgumentException.class);
  }
}
