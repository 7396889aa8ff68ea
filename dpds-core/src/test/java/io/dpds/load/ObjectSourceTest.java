package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Objects read from JSON by a loader that keeps sources give back the bytes they were read from, and only they. */
class ObjectSourceTest {

  private static final ObjectMapper JACKSON = new ObjectMapper();

  private static final String INFO = "{\"name\":\"caf\u00e9\", \"x-\u65e5\":{ }}";
  private static final String INLINE_PORT = "{\"name\": \"p\\\"2\\u00e9\",\r\n \"tags\": [{\"a\": [1, {}]}]}";
  private static final String ROOT = "{\r\n  \"dataProductDescriptor\" : \"1.0.0\",\n  \"info\":" + INFO + ",\n"
      + "  \"interfaceComponents\": {\"outputPorts\": [ {\"$ref\": \"port.json\"}, " + INLINE_PORT + " ]}\n}";
  private static final String PORT = "{\"name\": \"p1\", \"promises\": {\"api\": {\"definition\": {\"k\": "
      + "\"\ud83d\ude00 \\ud83d\\ude00\"}}}}";
  private static final URI ROOT_URI = URI.create("mem://p/root.json");

  @Test
  void everyObjectReadFromJsonGivesTheBytesFromItsOpeningBraceToItsClosingOne() throws Exception {
    ResolvedDescriptor resolved = load(true, Map.of(ROOT_URI.toString(), ROOT, "mem://p/port.json", PORT));

    for (Document document : resolved.documents()) {
      List<JsonNode> objects = new ArrayList<>();
      objects(document.tree().orElseThrow(), objects);
      assertThat(objects).as(document.uri().toString()).isNotEmpty();
      for (JsonNode object : objects) {
        String source = text(resolved.source(object).orElseThrow());
        assertThat(source).startsWith("{").endsWith("}");
        assertThat(JACKSON.readTree(source)).as(source).isEqualTo(object);
      }
    }
    JsonNode root = resolved.document(ROOT_URI).orElseThrow().tree().orElseThrow();
    assertThat(text(resolved.source(root).orElseThrow())).isEqualTo(ROOT);
    assertThat(text(resolved.source(root.path("info")).orElseThrow())).isEqualTo(INFO);
    assertThat(text(resolved.source(root.path("info").path("x-\u65e5")).orElseThrow())).isEqualTo("{ }");
  }

  @Test
  void aDocumentAfterAByteOrderMarkStartsAtItsBrace() {
    String json = "{\"dataProductDescriptor\": \"1.0.0\", \"info\": {\"name\": \"a\"}}";
    ResolvedDescriptor resolved = load(true, Map.of(ROOT_URI.toString(), "\ufeff" + json));

    assertThat(text(resolved.source(resolved.tree()).orElseThrow())).isEqualTo(json);
    assertThat(text(resolved.source(resolved.tree().path("info")).orElseThrow())).isEqualTo("{\"name\": \"a\"}");
  }

  @Test
  void anObjectTheResolverMadeHasNoSourceWhileWhatItSharesKeepsItsOwn() {
    ResolvedDescriptor resolved = load(true, Map.of(ROOT_URI.toString(), ROOT, "mem://p/port.json", PORT));

    JsonNode tree = resolved.tree();
    assertThat(resolved.source(tree)).as("the root holds a resolved reference: a copy").isEmpty();
    assertThat(resolved.source(tree.path("interfaceComponents"))).isEmpty();
    assertThat(text(resolved.source(tree.at("/interfaceComponents/outputPorts/1")).orElseThrow()))
        .as("the inline port, shared by the copy").isEqualTo(INLINE_PORT);
    assertThat(text(resolved.source(tree.at("/interfaceComponents/outputPorts/0/promises")).orElseThrow()))
        .as("inside the referenced port, read from its own file")
        .isEqualTo(PORT.substring(PORT.indexOf("{\"api\""), PORT.length() - 1));
  }

  @Test
  void arraysScalarsYamlAndLoadersThatDoNotKeepSourcesHaveNone() {
    ResolvedDescriptor kept = load(true, Map.of(ROOT_URI.toString(), ROOT, "mem://p/port.json", PORT));
    JsonNode inline = kept.tree().at("/interfaceComponents/outputPorts/1");
    assertThat(kept.source(inline.path("tags"))).isEmpty();
    assertThat(kept.source(inline.path("name"))).isEmpty();
    assertThat(kept.source(inline)).hasValueSatisfying(bytes -> assertThat(bytes.isReadOnly()).isTrue());

    ResolvedDescriptor notKept = load(false, Map.of(ROOT_URI.toString(), ROOT, "mem://p/port.json", PORT));
    assertThat(notKept.source(notKept.tree().at("/interfaceComponents/outputPorts/1"))).isEmpty();
    assertThat(notKept.source(notKept.tree().path("info"))).isEmpty();

    URI yamlUri = URI.create("mem://p/root.yaml");
    ResolvedDescriptor yaml = DescriptorLoader.builder().keepSources(true)
        .loader(ResourceLoader.inMemory(Map.of(yamlUri.toString(), "dataProductDescriptor: 1.0.0\ninfo: {name: a}\n")))
        .build().load(yamlUri).resolved().orElseThrow();
    assertThat(yaml.source(yaml.tree())).isEmpty();
    assertThat(yaml.source(yaml.tree().path("info"))).isEmpty();
  }

  private static ResolvedDescriptor load(boolean keepSources, Map<String, String> documents) {
    LoadResult result = DescriptorLoader.builder().keepSources(keepSources)
        .loader(ResourceLoader.inMemory(documents)).build().load(ROOT_URI);
    return result.resolved().orElseThrow();
  }

  private static void objects(JsonNode node, List<JsonNode> out) {
    if (node.isObject()) {
      out.add(node);
    }
    node.forEach(child -> objects(child, out));
  }

  private static String text(ByteBuffer bytes) {
    return StandardCharsets.UTF_8.decode(bytes.duplicate()).toString();
  }
}
