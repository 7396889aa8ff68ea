package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner reads a document exactly as Jackson's parser does (the same tree, node types, positions of every node
 * and key, kept bytes and diagnostics), or declines it and leaves it to Jackson.
 */
class JsonScannerTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "{}", "[]", " \t\r\n{ } ", "\"text\"", "0", "-0", "true", "null", "[false]",
      "{\"a\": 1, \"b\": [1, 2, {\"c\": null}], \"d\": {\"e\": \"f\"}}",
      "{\n  \"a\" :\r\n [\r 1 ,\n\n 2 ] ,\t\"b\"\n:\n{}\n}\n",
      "[0, -0, 7, -12, 2147483647, 2147483648, -2147483648, -2147483649, 9223372036854775807, 9223372036854775808,"
          + " -9223372036854775808, -9223372036854775809, 999999999999999999, 1000000000000000000,"
          + " 123456789012345678901234567890]",
      "[1.5, -0.0, 0.10, 1e10, 1E+2, 2.50e-3, -1e-0, 1e400, 12345678901234567890.123456789]",
      "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\", \"\\u00e9\\u4E2D\\ud83d\\ude00\", \"\\u0000\"]",
      "{\"é\": \"é 中 😀 \u007f\", \"k\\u00e9\": 1, \"a\\nb\": 2}",
      "{\"lone\": \"\\ud800\", \"low\": \"\\udc00x\", \"\\udbff\": \"pair: \\ud83d\\ude00\"}",
      "{\"a\": 1, \"a\": 2, \"b\": {\"c\": 3, \"c\": 4}}",
      "{\"$ref\": \"other.json\"}",
      "{\"abcdefgh-one-12345678\": 1, \"abcdefgh-two-12345678\": 2, \"abcdefgh12345678\": 3, \"abcdefg\": 4}",
  })
  void readsWellFormedDocumentsAsJacksonDoes(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(JsonReadings.declines(bytes)).as("declined").isFalse();
    JsonReadings.assertSameAsJackson(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "  \n ", "{} {}", "1 2", "{}x", "[1,]", "{\"a\":1,}", "[,1]", "{,}", "{\"a\" 1}", "{\"a\":}", "{a:1}",
      "{'a':1}", "[01]", "[-]", "[1.]", "[.5]", "[1e]", "[1e+]", "[+1]", "[NaN]", "[truex]", "[nul]", "[tru",
      "[1 2]", "[\"a\" \"b\"]", "{\"a\":1 \"b\":2}", "/* c */ {}", "{} // c", "[\"a\tb\"]", "[\"a\nb\"]",
      "[\"\\x\"]", "[\"\\a\"]", "[\"\\'\"]", "[\"\\U0041\"]", "[\"\\u12\"]", "[\"\\u12g4\"]",
      "[\"open", "{\"a\":[1}", "[1}", "{\"a\":1]", "[1e99999999999]",
      "\ufeff{}",
  })
  void leavesEveryMistakeAndEveryUnreadFormToJackson(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(JsonReadings.declines(bytes)).as("declined").isTrue();
    JsonReadings.assertSameAsJackson(bytes);
  }

  @Test
  void leavesBytesThatAreNotUtf8ToJackson() {
    int[][] sequences = {{0xc0, 0x80}, {0xc1, 0xbf}, {0xe0, 0x9f, 0xbf}, {0xed, 0xa0, 0x80}, {0xf0, 0x8f, 0xbf,
        0xbf}, {0xf4, 0x90, 0x80, 0x80}, {0xf5, 0x80, 0x80, 0x80}, {0x80}, {0xbf}, {0xc3}, {0xe4, 0xb8}, {0xff},
        {0xc3, 0x41}, {0x00}, {0x1f}};
    for (int[] sequence : sequences) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("[\"a".getBytes(StandardCharsets.US_ASCII));
      for (int b : sequence) {
        out.write(b);
      }
      out.writeBytes("b\"]".getBytes(StandardCharsets.US_ASCII));
      byte[] bytes = out.toByteArray();

      assertThat(JsonReadings.declines(bytes)).as("declined: %s", java.util.Arrays.toString(sequence)).isTrue();
      JsonReadings.assertSameAsJackson(bytes);
    }
  }

  @Test
  void leavesNestingAsDeepAsTheLimitAndNumbersLongerThanItsOwnToJackson() {
    int limit = Limits.DEFAULT.maxDepth();
    byte[] deepest = ("[".repeat(limit - 1) + "]".repeat(limit - 1)).getBytes(StandardCharsets.US_ASCII);
    byte[] tooDeep = ("[".repeat(limit) + "]".repeat(limit)).getBytes(StandardCharsets.US_ASCII);
    byte[] longest = ("[" + "9".repeat(JsonScanner.LONGEST_NUMBER) + "]").getBytes(StandardCharsets.US_ASCII);
    byte[] longer = ("[" + "9".repeat(JsonScanner.LONGEST_NUMBER + 1) + "]").getBytes(StandardCharsets.US_ASCII);
    byte[] tooLong = ("[" + "9".repeat(1_001) + "]").getBytes(StandardCharsets.US_ASCII);

    assertThat(JsonReadings.declines(deepest)).isFalse();
    assertThat(JsonReadings.declines(tooDeep)).isTrue();
    assertThat(JsonReadings.declines(longest)).isFalse();
    assertThat(JsonReadings.declines(longer)).isTrue();
    for (byte[] bytes : List.of(deepest, tooDeep, longest, longer, tooLong)) {
      JsonReadings.assertSameAsJackson(bytes);
    }
    assertThat(JsonReadings.read(tooLong, true).diagnostics()).singleElement().asString().startsWith(LoadRules.LIMIT.id() + " ");
  }

  @Test
  void readsMoreNamesThanAThreadKeepsAndInternsEachOne() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < 10_000; i++) {
      text.append(i == 0 ? "" : ", ").append("\"name-").append(i).append("\": ").append(i);
    }
    byte[] bytes = text.append("}").toString().getBytes(StandardCharsets.UTF_8);

    for (int round = 0; round < 2; round++) {
      JsonReadings.Read scanned = JsonReadings.read(bytes, true);
      assertThat(JsonReadings.declines(bytes)).isFalse();
      assertThat(scanned.tree()).isEqualTo(JsonReadings.read(bytes, false).tree());
      assertThat(scanned.diagnostics()).isEmpty();
      Iterator<String> names = scanned.tree().fieldNames();
      for (int i = 0; i < 10_000; i++) {
        assertThat(names.next()).isSameAs(("name-" + i).intern());
      }
    }
  }

  @Test
  void leavesNamesLongerThanJacksonReadsToJackson() {
    assertThat(JsonScanner.LONGEST_NAME).as("Jackson's").isEqualTo(StreamReadConstraints.DEFAULT_MAX_NAME_LEN);
    String longest = "n".repeat(JsonScanner.LONGEST_NAME); // in bytes as written
    String[] read = {longest, longest.substring(2) + "é"};
    String[] refused = {longest + "n", longest.substring(1) + "é"};
    String escaped = longest.substring(5) + "\\u0041"; // longer as written, shorter as read: Jackson reads it

    for (String name : read) {
      byte[] bytes = ("{\"" + name + "\": 1}").getBytes(StandardCharsets.UTF_8);
      assertThat(JsonReadings.declines(bytes)).as("declined").isFalse();
      JsonReadings.assertSameAsJackson(bytes);
    }
    for (String name : refused) {
      byte[] bytes = ("{\"" + name + "\": 1}").getBytes(StandardCharsets.UTF_8);
      assertThat(JsonReadings.declines(bytes)).as("declined").isTrue();
      JsonReadings.assertSameAsJackson(bytes);
      assertThat(JsonReadings.read(bytes, true).diagnostics()).singleElement().asString()
          .startsWith(LoadRules.LIMIT.id() + " ");
    }
    byte[] bytes = ("{\"" + escaped + "\": 1}").getBytes(StandardCharsets.UTF_8);
    assertThat(JsonReadings.declines(bytes)).as("declined").isTrue();
    JsonReadings.assertSameAsJackson(bytes);
    assertThat(JsonReadings.read(bytes, true).tree().has(longest.substring(5) + "A")).isTrue();
  }

  @Test
  void aThreadKeepsNoNameLongerThanItsTableBoundButInternsIt() {
    NameTable table = new NameTable();
    String longest = "n".repeat(NameTable.LONGEST_KEPT);
    byte[] bytes = (longest + "n\"").getBytes(StandardCharsets.US_ASCII);

    assertThat(table.of(bytes, 0, longest.length() + 1)).isSameAs((longest + "n").intern());
    assertThat(table.kept()).isZero();
    assertThat(table.of(bytes, 1, longest.length() + 1)).isSameAs(longest.intern());
    assertThat(table.kept()).isOne();
  }

  @Test
  void namesWrittenToShareASlotAreInternedButNotKeptPastAShortSearch() {
    NameTable table = new NameTable();
    int names = 2_000; // each of the same length and first and last eight bytes: one slot, were they all kept
    for (int i = 0; i < names; i++) {
      String name = "aaaaaaaa" + String.format("%06d", i) + "bbbbbbbb";
      byte[] bytes = (name + "\"").getBytes(StandardCharsets.US_ASCII);

      assertThat(table.of(bytes, 0, name.length())).isSameAs(name.intern());
    }

    assertThat(table.kept()).as("kept: a lookup reads their slots one by one").isLessThanOrEqualTo(
        NameTable.MAX_PROBES);
    byte[] first = "aaaaaaaa000000bbbbbbbb\"".getBytes(StandardCharsets.US_ASCII);
    assertThat(table.of(first, 0, first.length - 1)).as("still found").isSameAs("aaaaaaaa000000bbbbbbbb");
    byte[] other = "dataProductDescriptor\"".getBytes(StandardCharsets.US_ASCII);
    assertThat(table.of(other, 0, other.length - 1)).isSameAs("dataProductDescriptor");
    assertThat(table.kept()).as("a name elsewhere is kept as before").isEqualTo(NameTable.MAX_PROBES + 1);
  }

  @Test
  void keepsNamesThatDifferOnlyInTheirLastBytes() {
    NameTable table = new NameTable();
    int names = 3_000; // a channel per port: topic.0 to topic.2999, the digits in the high bytes of a word
    for (int i = 0; i < names; i++) {
      String name = "topic." + i;
      byte[] bytes = (name + "\"").getBytes(StandardCharsets.US_ASCII);

      assertThat(table.of(bytes, 0, name.length())).isSameAs(name.intern());
    }

    assertThat(table.kept()).as("kept: all but the rare name a long run of taken slots refuses")
        .isGreaterThanOrEqualTo(names - names / 100);
  }

  @Test
  void internsNamesAsJacksonDoes() {
    JsonNode tree = JsonReadings.read("{\"dataProductDescriptor\": {\"caf\\u00e9\": 1, \"ünï\": 2}}"
        .getBytes(StandardCharsets.UTF_8), true).tree();

    Iterator<String> outer = tree.fieldNames();
    assertThat(outer.next()).isSameAs("dataProductDescriptor");
    Iterator<String> inner = tree.path("dataProductDescriptor").fieldNames();
    assertThat(inner.next()).isSameAs("café");
    assertThat(inner.next()).isSameAs("ünï");
  }

  @Test
  void readsGeneratedDocumentsAndTheirMutantsAsJacksonDoes() {
    Random random = new Random(20261206);
    int scanned = 0;
    for (int i = 0; i < 1_500; i++) {
      byte[] bytes = new Generated(random).document().getBytes(StandardCharsets.UTF_8);
      scanned += JsonReadings.declines(bytes) ? 0 : 1;
      JsonReadings.assertSameAsJackson(bytes);
      for (int m = 0; m < 4; m++) {
        JsonReadings.assertSameAsJackson(mutant(bytes, random));
      }
    }
    assertThat(scanned).as("generated documents read by the scanner").isEqualTo(1_500);
  }

  @Test
  void readsTokensUntilTheFirstItDoesNotRead() {
    JsonScanner scanner = new JsonScanner("[1, x]".getBytes(StandardCharsets.US_ASCII), 10);

    assertThat(scanner.next()).isEqualTo(JsonToken.START_ARRAY);
    assertThat(scanner.next()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    assertThat(scanner.position()).isEqualTo(Origins.pack(1, 2));
    assertThatThrownBy(scanner::next).isInstanceOf(JsonScanner.Declined.class);
  }
  /** {@code bytes} with one byte replaced, inserted or removed, or cut short. */
  private static byte[] mutant(byte[] bytes, Random random) {
    byte[] interesting = {'{', '}', '[', ']', '"', '\\', ':', ',', ' ', '\n', '\r', '0', '-', 'e', '.', 'u', 'x', 0,
        (byte) 0xc3, (byte) 0xed, (byte) 0xff, (byte) 0x80};
    int at = random.nextInt(bytes.length);
    byte b = interesting[random.nextInt(interesting.length)];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (random.nextInt(4)) {
      case 0 -> {
        out.write(bytes, 0, at);
        out.write(b);
        out.write(bytes, at + 1, bytes.length - at - 1);
      }
      case 1 -> {
        out.write(bytes, 0, at);
        out.write(b);
        out.write(bytes, at, bytes.length - at);
      }
      case 2 -> {
        out.write(bytes, 0, at);
        out.write(bytes, at + 1, bytes.length - at - 1);
      }
      default -> out.write(bytes, 0, at);
    }
    return out.toByteArray();
  }

  /** A random well-formed document: nesting, names (some repeated), strings, numbers and blanks of every kind. */
  private record Generated(Random random) {
    private static final String[] NAMES = {"name", "version", "a", "a", "$ref", "ports", "é", "\\u00e9", "a\\nb",
        "中文", "😀", "\\ud83d\\ude00", "", "x\\\"y", "fully-qualified/name~"};
    private static final String[] STRINGS = {"", "plain", "with \\\"quotes\\\"", "\\\\ \\/ \\b \\f \\n \\r \\t",
        "\\u00e9\\u4e2d\\uD83D\\uDE00", "\\ud800 alone", "é 中 😀", "\u007f", "urn:dpds:x:dataproducts:y:1"};
    private static final String[] NUMBERS = {"0", "-0", "7", "-12", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "12345678901234567890123",
        "1.5", "-0.0", "0.10", "1e10", "1E+2", "2.50e-3", "1e400", "-1.0E-7"};
    private static final String[] BLANKS = {"", "", " ", "\n", "\r\n", "\r", "\t", "  \n  "};

    String document() {
      StringBuilder out = new StringBuilder();
      blank(out);
      value(out, 0);
      blank(out);
      return out.toString();
    }

    private void value(StringBuilder out, int depth) {
      int kind = random.nextInt(depth > 5 ? 4 : 7);
      switch (kind) {
        case 0 -> out.append('"').append(STRINGS[random.nextInt(STRINGS.length)]).append('"');
        case 1 -> out.append(NUMBERS[random.nextInt(NUMBERS.length)]);
        case 2 -> out.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
        case 3 -> out.append("\"").append(random.nextInt(1_000)).append('"');
        case 4, 5 -> container(out, depth, true);
        default -> container(out, depth, false);
      }
    }

    private void container(StringBuilder out, int depth, boolean object) {
      out.append(object ? '{' : '[');
      int n = random.nextInt(6);
      for (int k = 0; k < n; k++) {
        blank(out);
        if (k > 0) {
          out.append(',');
          blank(out);
        }
        if (object) {
          out.append('"').append(NAMES[random.nextInt(NAMES.length)]).append('"');
          blank(out);
          out.append(':');
          blank(out);
        }
        value(out, depth + 1);
        blank(out);
      }
      blank(out);
      out.append(object ? '}' : ']');
    }

    private void blank(StringBuilder out) {
      out.append(BLANKS[random.nextInt(BLANKS.length)]);
    }
  }

}
