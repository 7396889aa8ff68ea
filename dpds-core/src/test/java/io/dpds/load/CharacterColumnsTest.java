package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Columns in characters, from the byte offsets and byte columns a parser gives, in any order they are asked for. */
class CharacterColumnsTest {

  private static final String TEXT = "\uFEFFé😀x\ra中b\r\ncd\n东京y";

  /** The byte offset of the first {@code c} in {@link #TEXT}. */
  private static int offsetOf(String c) {
    String before = TEXT.substring(0, TEXT.indexOf(c));
    return before.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The byte column Jackson gives the byte at {@code offset}: from the start of its line, a byte order mark in. */
  private static int byteColumn(byte[] bytes, int offset) {
    int start = offset;
    while (start > 0 && bytes[start - 1] != '\n' && bytes[start - 1] != '\r') {
      start--;
    }
    return offset - start + 1;
  }

  @Test
  void eachCharacterIsOneColumnOnEveryKindOfLineInAnyOrder() {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    CharacterColumns columns = new CharacterColumns(bytes);
    String[] asked = {"x", "b", "d", "y", "a", "😀", "京", "c"}; // forwards, then back and forth
    int[] expected = {3, 3, 2, 3, 1, 2, 2, 1};
    for (int k = 0; k < asked.length; k++) {
      int offset = offsetOf(asked[k]);
      assertThat(columns.column(offset, byteColumn(bytes, offset))).as(asked[k]).isEqualTo(expected[k]);
    }
  }

  @Test
  void anAsciiDocumentKeepsItsByteColumnsAndAStretchCountsItsCharacters() {
    assertThat(new CharacterColumns("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)).column(6, 7)).isEqualTo(7);
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    assertThat(CharacterColumns.count(bytes, 0, offsetOf("x"))).as("the byte order mark left out").isEqualTo(2);
    assertThat(CharacterColumns.count(bytes, offsetOf("东"), offsetOf("y"))).isEqualTo(2);
    assertThat(CharacterColumns.of(bytes, bytes.length, 99)).as("past the end of the last line").isEqualTo(4);
  }
}
