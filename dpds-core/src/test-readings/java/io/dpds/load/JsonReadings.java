package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a document with {@link JsonScanner} and with Jackson's parser alone, and asserts that both readings are the
 * same: tree, node types, the location of every node and key, the bytes objects keep, diagnostics. For {@link
 * JsonScannerTest} and the fuzz test of the two readers in {@code dpds-fuzz}, of the same package.
 */
final class JsonReadings {

  private static final URI DOCUMENT = URI.create("mem://p/d.json");

  private JsonReadings() {}

  /** One reading: its tree (null when the document is not well-formed), origins and diagnostics. */
  record Read(JsonNode tree, Origins origins, List<String> diagnostics, boolean referenceFree) {}

  /** Whether the scanner declines the document somewhere in it. */
  static boolean declines(byte[] bytes) {
    JsonScanner scanner = new JsonScanner(bytes, Limits.DEFAULT.maxDepth());
    try {
      while (scanner.next() != null) {
        // reading on
      }
      return false;
    } catch (JsonScanner.Declined e) {
      return true;
    }
  }

  static void assertSameAsJackson(byte[] bytes) {
    for (boolean keepSources : new boolean[] {false, true}) {
      Read scanned = read(bytes, true, keepSources);
      Read parsed = read(bytes, false, keepSources);
      String what = new String(bytes, StandardCharsets.UTF_8);

      assertThat(scanned.diagnostics).as("diagnostics of %s", what).isEqualTo(parsed.diagnostics);
      assertThat(scanned.referenceFree).as("reference-free: %s", what).isEqualTo(parsed.referenceFree);
      if (parsed.tree == null) {
        assertThat(scanned.tree).as(what).isNull();
        continue;
      }
      assertThat(scanned.tree).as(what).isNotNull();
      assertSameNodes(scanned, parsed, scanned.tree, parsed.tree, "", what);
    }
  }

  private static void assertSameNodes(Read scanned, Read parsed, JsonNode a, JsonNode b, String pointer,
      String what) {
    assertThat(a.getClass()).as("type at '%s' of %s", pointer, what).isEqualTo(b.getClass());
    assertThat(scanned.origins.locate(scanned.tree, pointer)).as("location of '%s' in %s", pointer, what)
        .isEqualTo(parsed.origins.locate(parsed.tree, pointer));
    if (a.isNumber()) {
      assertThat(a.numberValue()).as("number at '%s' of %s", pointer, what).isEqualTo(b.numberValue());
    } else if (a.isValueNode()) {
      assertThat(a).as("value at '%s' of %s", pointer, what).isEqualTo(b);
    } else {
      ByteBuffer bytes = Origins.source(a);
      assertThat(bytes).as("bytes of '%s' in %s", pointer, what).isEqualTo(Origins.source(b));
      assertThat(a.size()).as("size of '%s' in %s", pointer, what).isEqualTo(b.size());
      List<Map.Entry<String, JsonNode>> left = members(a);
      List<Map.Entry<String, JsonNode>> right = members(b);
      for (int k = 0; k < left.size(); k++) {
        assertThat(left.get(k).getKey()).isEqualTo(right.get(k).getKey());
        String token = left.get(k).getKey().replace("~", "~0").replace("/", "~1");
        assertSameNodes(scanned, parsed, left.get(k).getValue(), right.get(k).getValue(), pointer + "/" + token,
            what);
      }
    }
  }

  private static List<Map.Entry<String, JsonNode>> members(JsonNode container) {
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
    if (container.isArray()) {
      for (int k = 0; k < container.size(); k++) {
        members.add(Map.entry(Integer.toString(k), container.get(k)));
      }
    } else {
      container.fields().forEachRemaining(members::add);
    }
    return members;
  }

  /** {@return the reading of {@code bytes}, by the scanner or by Jackson's parser alone} */
  static Read read(byte[] bytes, boolean scans) {
    return read(bytes, scans, false);
  }

  private static Read read(byte[] bytes, boolean scans, boolean keepSources) {
    Origins origins = new Origins();
    ParseContext ctx = new ParseContext(DOCUMENT, origins, Limits.DEFAULT, true,
        new ReadOptions(keepSources, false, false, false));
    JsonNode tree = new JsonReader(Limits.DEFAULT, scans).read(bytes, ctx);
    List<String> diagnostics = ctx.diagnostics.stream()
        .map(d -> d.ruleId() + " " + d.location().orElseThrow() + " " + d.message()).toList();
    return new Read(tree, origins, diagnostics, ctx.referenceFree());
  }
}
