package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
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

  @Test
  void pointersAreOrderedAsTheDocumentWritesTheirNodes() throws Exception {
    JsonNode tree = new ObjectMapper().readTree("""
        {"outputPorts": [{"name": "a"}, {"name": "b"}], "inputPorts": [{}], "x/y": 1}
        """);
    List<String> pointers = new ArrayList<>(List.of("/inputPorts/0", "/x~1y", "/outputPorts/1/name",
        "/outputPorts/10", "/outputPorts/0/name", "/outputPorts", "/gone", "/absent", "", "/outputPorts/1"));

    pointers.sort(Pointers.documentOrder(tree));

    assertThat(pointers).containsExactly("", "/outputPorts", "/outputPorts/0/name", "/outputPorts/1",
        "/outputPorts/1/name", "/outputPorts/10", "/inputPorts/0", "/x~1y", "/absent", "/gone");
  }

  @Test
  void aPointerFindsTheNodeJacksonsAtFinds() throws Exception {
    JsonNode tree = new ObjectMapper().readTree("""
        {"a": {"b/c": [10, {"": 1, "~x": 2}], "0": "zero", "01": "one"}, "items": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}
        """);
    for (String pointer : List.of("", "/a", "/a/b~1c", "/a/b~1c/1/", "/a/b~1c/1/~0x", "/a/0", "/a/01", "/items/10",
        "/items/01", "/items/-1", "/items/-", "/items/11", "/items/99999999999", "/items/1x", "/a/b~1c/0/deeper",
        "/missing/x", "/a/b~1c/1//")) {
      assertThat(Pointers.at(tree, pointer)).as(pointer).isEqualTo(tree.at(pointer));
    }
    assertThat(Pointers.at(tree, "/a/01").textValue()).isEqualTo("one");
    assertThat(Pointers.at(tree, "/items/01").isMissingNode()).as("no leading zero in an index").isTrue();
    assertThatThrownBy(() -> Pointers.at(tree, "a")).isInstanceOf(IllegalArgumentException.class);
  }
}
