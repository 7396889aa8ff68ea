package io.dpds.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

  @Test
  void givesPrintableTextBackAsItIs() {
    String text = "'Trip Status' is not a valid name (\u00e9t\u00e9, \u65c5, \ud83d\ude9a)\twith a tab";

    assertThat(VisibleText.of(text)).isSameAs(text);
  }

  @Test
  void writesLineBreaksAndTerminalEscapesAsEscapes() {
    assertThat(VisibleText.of("a\nfake.yaml:1:1: error [x] y")).isEqualTo("a\\nfake.yaml:1:1: error [x] y");
    assertThat(VisibleText.of("red\u001b[31m\r\u0007\u0000")).isEqualTo("red\\u001b[31m\\r\\u0007\\u0000");
    assertThat(VisibleText.of("del\u007f c1\u0085\u009b")).isEqualTo("del\\u007f c1\\u0085\\u009b");
    assertThat(VisibleText.of("\u2028\u2029")).isEqualTo("\\u2028\\u2029");
  }

  @Test
  void writesBidirectionalControlsAsEscapes() {
    String trojan = "admin\u202e\u2066 // not\u2069\u2067\u2068\u200e\u200f\u061c\u202a\u202b\u202c\u202d";

    assertThat(VisibleText.of(trojan)).isEqualTo("admin\\u202e\\u2066 // not\\u2069\\u2067\\u2068\\u200e\\u200f"
        + "\\u061c\\u202a\\u202b\\u202c\\u202d");
  }

  @Test
  void keepsTheLinesOfATextWhoseLinesAreMeant() {
    assertThat(VisibleText.ofLines("cannot be used:\r\nx.yaml:1:1: 'a\u001b[2J'\rlast\n"))
        .isEqualTo("cannot be used:\nx.yaml:1:1: 'a\\u001b[2J'\nlast");
    assertThat(VisibleText.ofLines("")).isEmpty();
  }

  @Test
  void leavesTheCharactersAroundAnEscapeInPlace() {
    assertThat(VisibleText.of("\u001bx")).isEqualTo("\\u001bx");
    assertThat(VisibleText.of("x\u001b")).isEqualTo("x\\u001b");
    assertThat(VisibleText.of("")).isEmpty();
  }
}
