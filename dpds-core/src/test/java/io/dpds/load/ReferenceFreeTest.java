package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A document in which no member is named {@code $ref} is not walked for references (it would resolve to itself); any
 * member so named, however it is written, makes the loader resolve the document as before.
 */
class ReferenceFreeTest {

  private static final URI URI_OF_TEST = URI.create("mem://p/d");

  @Test
  void jsonIsReferenceFreeUnlessAMemberIsNamedRef() {
    assertThat(json("{\"a\": {\"b\": [1, {\"c\": \"$ref\"}]}, \"$refs\": 1, \"x-$ref\": 2}")).isTrue();
    assertThat(json("{\"a\": [{\"$ref\": \"other.json\"}]}")).isFalse();
    assertThat(json("{\"a\": {\"definition\": {\"deep\": {\"\\u0024ref\": \"#/x\"}}}}")).as("an escaped name")
        .isFalse();
  }

  @Test
  void yamlIsReferenceFreeUnlessAMemberIsNamedRefEvenThroughAnAliasOrAMerge() {
    assertThat(yaml("a:\n  b: $ref\n  c: [$ref]\n")).isTrue();
    assertThat(yaml("a:\n  $ref: other.yaml\n")).isFalse();
    assertThat(yaml("'$ref': x\n")).as("a quoted name").isFalse();
    assertThat(yaml("names: [&r $ref]\nport:\n  *r : other.yaml\n")).as("an alias as the name").isFalse();
    assertThat(yaml("base: &b {$ref: other.yaml}\nport:\n  <<: *b\n")).as("a merged mapping").isFalse();
  }

  @Test
  void aReferenceInAFlowMappingReadAsYamlAfterJsonFailedIsFollowed() {
    Map<String, String> docs = Map.of(
        "mem://p/root", "{dataProductDescriptor: 1.0.0, interfaceComponents: {outputPorts: [{$ref: 'port.json'}]}}",
        "mem://p/port.json", "{\"name\": \"orders\"}");
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(docs)).build()
        .load(URI.create("mem://p/root"));

    ResolvedDescriptor resolved = loaded.resolved().orElseThrow();
    assertThat(resolved.tree().at("/interfaceComponents/outputPorts/0/name").textValue()).isEqualTo("orders");
    assertThat(resolved.references()).singleElement()
        .satisfies(site -> assertThat(site.pointer()).isEqualTo("/interfaceComponents/outputPorts/0"));
  }

  @Test
  void aReferenceFreeDocumentLoadsAsItIsWritten() {
    String text = "{\"dataProductDescriptor\": \"1.0.0\","
        + " \"interfaceComponents\": {\"outputPorts\": [{\"name\": \"a\"}]}}";
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of("mem://p/d.json", text)))
        .build().load(URI.create("mem://p/d.json"));

    ResolvedDescriptor resolved = loaded.resolved().orElseThrow();
    assertThat(resolved.references()).isEmpty();
    assertThat(resolved.documents()).singleElement()
        .satisfies(document -> assertThat(document.tree()).containsSame(resolved.tree()));
    assertThat(resolved.descriptor().interfaceComponents().orElseThrow().outputPorts()).hasSize(1);
    assertThat(loaded.diagnostics()).isEmpty();
  }

  private static boolean json(String text) {
    ParseContext ctx = context();
    assertThat(new JsonReader(Limits.DEFAULT).read(text.getBytes(StandardCharsets.UTF_8), ctx)).isNotNull();
    return ctx.referenceFree();
  }

  private static boolean yaml(String text) {
    ParseContext ctx = context();
    assertThat(new YamlReader(Limits.DEFAULT).read(text.getBytes(StandardCharsets.UTF_8), ctx)).isNotNull();
    assertThat(ctx.diagnostics).isEmpty();
    return ctx.referenceFree();
  }

  private static ParseContext context() {
    return new ParseContext(URI_OF_TEST, new Origins(), Limits.DEFAULT, true,
        new ReadOptions(false, true, false, false));
  }
}
