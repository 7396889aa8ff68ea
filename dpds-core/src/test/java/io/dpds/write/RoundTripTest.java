package io.dpds.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.model.DataProductDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {

  @TempDir Path dir;

  private static final String ROOT = """
      # a descriptor with every kind of value the model keeps
      dataProductDescriptor: 1.0.0
      x-team: {slack: '#fleet', size: 3, ratio: 0.50, on: true, none: null}
      info:
        name: roundTrip
        version: 1.0.0
        domain: testing
        owner: {id: o@example.com, x-badge: 7, '200': numeric key, 'true': boolean key}
        expectatctions: typo kept
        description: |
          Two lines,
          with a trailing newline.
      interfaceComponents:
        outputPorts:
          - $ref: port.json
          - name: inline
            version: '2.0.0'
            tags: ['1.0', 'yes', 'null', '0x1f', '', '0o17', '.5', '-.inf', 'True', '~', '12e3']
            promises:
              api:
                name: api
                version: 1.0.0
                specification: asyncapi
                definition: {$ref: api.yaml}
      internalComponents:
        lifecycleInfo:
          prod:
            - {name: b, order: 2, configurations: {nested: [1, 2.5, "three"]}}
            - {name: a, service: {$href: 'https://ci'}}
      """;

  private void writeFixture() throws IOException {
    Files.writeString(dir.resolve("root.yaml"), ROOT);
    Files.writeString(dir.resolve("port.json"), "{\"name\": \"fromFile\", \"version\": \"1.0.0\", \"x-n\": 123456789012345678901}");
    Files.writeString(dir.resolve("api.yaml"), "asyncapi: 2.6.0\nchannels: {a: {$ref: 'x.avsc'}}\n");
  }

  private static DataProductDescriptor reread(Path file, String text, DescriptorLoader loader) throws IOException {
    Files.writeString(file, text);
    LoadResult r = loader.load(file);
    assertThat(r.diagnostics()).isEmpty();
    return r.descriptor().orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void bundledResolvedDescriptorsSurviveWriteAndRead(OutputFormat format) throws IOException {
    writeFixture();
    LoadResult loaded = DescriptorLoader.defaults().load(dir.resolve("root.yaml"));
    assertThat(loaded.diagnostics()).isEmpty();
    DataProductDescriptor original = loaded.descriptor().orElseThrow();

    String text = DescriptorWriter.of(format).write(original);
    DataProductDescriptor again = reread(dir.resolve("bundled." + format.name().toLowerCase()), text,
        DescriptorLoader.defaults());

    assertThat(again).isEqualTo(original);
    assertThat(text).doesNotContain("port.json").contains("fromFile");
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void authoredDescriptorsKeepTheirReferences(OutputFormat format) throws IOException {
    writeFixture();
    DescriptorLoader authored = DescriptorLoader.builder().resolveReferences(false).build();
    DataProductDescriptor original = authored.load(dir.resolve("root.yaml")).descriptor().orElseThrow();

    String text = DescriptorWriter.of(format).write(original);
    DataProductDescriptor again = reread(dir.resolve("authored." + format.name().toLowerCase()), text, authored);

    assertThat(again).isEqualTo(original);
    assertThat(text).contains("port.json").contains("api.yaml");
  }

  @Test
  void aYaml11ReaderReadsEveryWrittenTextAsText() {
    List<String> texts = List.of("2024-01-31", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
        "2001-12-15T02:59:43.1Z", "2002-12-14", "yes", "No", "on", "1.0", "0x1f", "1_000", "~", "null", ".inf", "12e3",
        "2024-01-31x", "1:20", "190:20:30.15", "0b101", "012", "+12", "1_000.5", "-.5e3", "é 😀",
        "1" + ":1".repeat(50_000));
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    texts.forEach(text -> tree.put(text, text)); // as keys and as values

    Map<Object, Object> read = new org.yaml.snakeyaml.Yaml().load(DescriptorWriter.of(OutputFormat.YAML).write(tree));

    assertThat(read).hasSize(texts.size()).allSatisfy((key, value) -> {
      assertThat(key).isInstanceOf(String.class);
      assertThat(value).isEqualTo(key);
    });
  }

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void theResolvedTreeSurvivesWriteAndRead(OutputFormat format) throws IOException {
    writeFixture();
    LoadResult loaded = DescriptorLoader.defaults().load(dir.resolve("root.yaml"));

    String text = DescriptorWriter.of(format).write(loaded.resolved().orElseThrow().tree());
    Files.writeString(dir.resolve("tree.out"), text);
    LoadResult again = DescriptorLoader.defaults().load(dir.resolve("tree.out"));

    assertThat(again.resolved().orElseThrow().tree()).isEqualTo(loaded.resolved().orElseThrow().tree());
  }
}
