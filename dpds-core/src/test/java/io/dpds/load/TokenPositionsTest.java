package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenPositions} gives every token the position Jackson's own location gives it, its column counted in
 * characters where Jackson counts bytes, past the tokens it checks against Jackson and in every layout a key and its
 * value can have.
 */
class TokenPositionsTest {

  private static final JsonFactory JSON = new JsonFactory();

  @Test
  void everyKeyAndValueOfALargeDocumentIsWhereJacksonSaysInEveryLayout() throws IOException {
    StringBuilder doc = new StringBuilder("{\n");
    String[] keys = {"plain", "with \\\"quote\\\"", "ends with backslash \\\\", "\\\\\\\"", "é ü 東京", "a:b", "",
        "\\u0041"};
    String[] gaps = {": ", ":", " : ", "\t:\t", ":\n  ", "\r\n:\r\n", " :\r", ":\n\n\n"};
    for (int i = 0; i < 200; i++) {
      String key = keys[i % keys.length] + i;
      String gap = gaps[(i / keys.length) % gaps.length];
      doc.append(i == 0 ? "  " : ",\n  ").append('"').append(key).append('"').append(gap)
          .append(i % 3 == 0 ? "[1, \"é\", {\"k\": null}]" : i % 3 == 1 ? "{\"x\":{\"y\":[true]}}" : "\"v\"");
    }
    doc.append("\n}");
    assertThat(assertSameAsJackson(doc.toString())).as("read without the parser's locations").isTrue();
  }

  @Test
  void aMinifiedDocumentOnOneLineAndADocumentWithAByteOrderMarkToo() throws IOException {
    StringBuilder doc = new StringBuilder("[");
    for (int i = 0; i < 300; i++) {
      doc.append(i == 0 ? "" : ",").append("{\"n\\\"").append(i).append("\":\"é").append(i)
          .append("\",\"m\":[").append(i).append("]}");
    }
    doc.append(']');
    assertThat(assertSameAsJackson(doc.toString())).isTrue();
    assertThat(assertSameAsJackson("\uFEFF" + doc)).isTrue();
  }

  @Test
  void aParserOverOtherInputThanTheBytesGivenFallsBackToJacksonsLocations() throws IOException {
    String doc = "{\"a\": 1, \"bb\": [2, 3]}";
    byte[] other = "{ \"\": 1, \"bb\": [2, 3]}".getBytes(StandardCharsets.UTF_8); // a key read back one byte off
    try (JsonParser parser = JSON.createParser(doc.getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      TokenPositions positions = new TokenPositions(parser, new KeyPositions(other), other, new AtomicInteger());
      for (JsonToken t = parser.currentToken(); t != null; t = parser.nextToken()) {
        assertThat(positions.resolve(positions.current())).as(t.toString()).isEqualTo(exact(parser));
      }
      assertThat(positions.fast()).as("the first key read back differs from Jackson's, so it stops").isFalse();
    }
  }

  @Test
  void agreementsAreCountedAndOnceAClassOfParserIsTrustedItsDocumentsAreNoLongerCompared() throws IOException {
    String doc = "{\"a\": 1, \"bb\": [2, 3]}";
    byte[] other = "{ \"\": 1, \"bb\": [2, 3]}".getBytes(StandardCharsets.UTF_8);
    AtomicInteger agreed = new AtomicInteger();
    try (JsonParser parser = JSON.createParser(doc.getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      TokenPositions positions = new TokenPositions(parser, new KeyPositions(doc.getBytes(StandardCharsets.UTF_8)),
          doc.getBytes(StandardCharsets.UTF_8), agreed);
      for (JsonToken t = parser.currentToken(); t != null; t = parser.nextToken()) {
        positions.current();
      }
    }
    assertThat(agreed).as("every token of the document").hasValue(9);
    agreed.set(TokenPositions.TRUSTED);
    try (JsonParser parser = JSON.createParser(doc.getBytes(StandardCharsets.UTF_8))) {
      parser.nextToken();
      TokenPositions positions = new TokenPositions(parser, new KeyPositions(other), other, agreed);
      for (JsonToken t = parser.currentToken(); t != null; t = parser.nextToken()) {
        positions.current();
      }
      assertThat(positions.fast()).as("not compared: the wrong bytes go unnoticed").isTrue();
    }
    assertThat(agreed).hasValue(TokenPositions.TRUSTED);
  }

  /** Asserts that every position is Jackson's; returns whether they were still read without its locations. */
  private static boolean assertSameAsJackson(String doc) throws IOException {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    boolean fast;
    try (JsonParser parser = JSON.createParser(bytes)) {
      parser.nextToken();
      TokenPositions positions = new TokenPositions(parser, bytes);
      for (JsonToken t = parser.currentToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
          continue;
        }
        expected.add(t + " " + describe(inCharacters(exact(parser), parser, bytes)));
        actual.add(t + " " + describe(positions.resolve(positions.current())));
      }
      fast = positions.fast();
    }
    assertThat(actual).hasSizeGreaterThan(TokenPositions.CHECKED * 4).isEqualTo(expected);
    return fast;
  }

  private static long exact(JsonParser parser) {
    JsonLocation at = parser.currentTokenLocation();
    return Origins.pack(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  @Test
  void columnsCountCharactersWhereJacksonCountsBytesAndNoByteOrderMark() throws IOException {
    for (String doc : List.of("{\"é😀\": 1, \"k\": [2]}", "\uFEFF{\"中😀\": 1, \"k\": [2]}")) {
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      try (JsonParser parser = JSON.createParser(bytes)) {
        parser.nextToken();
        TokenPositions positions = new TokenPositions(parser, bytes);
        List<String> found = new ArrayList<>();
        for (JsonToken t = parser.currentToken(); t != null; t = parser.nextToken()) {
          found.add(describe(positions.resolve(positions.current())));
        }
        assertThat(found).as(doc).containsExactly("1:1", "1:2", "1:8", "1:11", "1:16", "1:17", "1:18", "1:19");
      }
    }
  }

  /**
   * {@return {@code position}, Jackson's location of the current token of {@code parser} over {@code bytes}, with its
   * column counted in characters, a byte order mark left out} Decodes the line's text up to the token.
   */
  private static long inCharacters(long position, JsonParser parser, byte[] bytes) {
    int offset = (int) parser.currentTokenLocation().getByteOffset();
    int lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
      lineStart--;
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).replace("\uFEFF", "");
    return Origins.pack((int) (position >>> 32), before.codePointCount(0, before.length()) + 1);
  }

  private static String describe(long position) {
    return (position >>> 32) + ":" + (int) position;
  }
}
