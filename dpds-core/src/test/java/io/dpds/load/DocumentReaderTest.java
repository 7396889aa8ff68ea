package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  @TempDir Path dir;

  @Test
  void readsAFurtherDocumentUnderTheLoadersRulesAndLocatesItsNodes() throws IOException, ResourceException {
    Path root = Files.writeString(dir.resolve("descriptor.yaml"), "dataProductDescriptor: 1.0.0\n");
    Files.writeString(dir.resolve("trip.avsc"), "{\n  \"type\": \"record\",\n  \"fields\": [\n    {\"name\": \"id\"}"
        + "\n  ]\n}\n");
    DocumentReader reader = DescriptorLoader.defaults().reader(root.toUri());

    Document avsc = reader.read(dir.resolve("trip.avsc").toUri().resolve("#/fields/0"));

    assertThat(avsc.tree()).get().extracting(t -> t.path("type").asText()).isEqualTo("record");
    assertThat(avsc.locate("/fields/0/name")).get().satisfies(l -> {
      assertThat(l.line()).isEqualTo(4);
      assertThat(l.uri()).isEqualTo(dir.resolve("trip.avsc").toUri());
    });
    assertThat(avsc.locate("/fields/9")).get().extracting(l -> l.line()).isEqualTo(3);
    assertThat(reader.read(dir.resolve("trip.avsc").toUri())).isSameAs(avsc);
  }

  @Test
  void refusesWhatTheLoadWouldRefuseAndSaysWhatIsMissing() throws IOException, ResourceException {
    Path inner = Files.createDirectories(dir.resolve("product"));
    Path root = Files.writeString(inner.resolve("descriptor.yaml"), "dataProductDescriptor: 1.0.0\n");
    Files.writeString(dir.resolve("secret.yaml"), "key: value\n");
    DocumentReader reader = DescriptorLoader.defaults().reader(root.toUri());

    assertThatThrownBy(() -> reader.read(dir.resolve("secret.yaml").toUri()))
        .isInstanceOfSatisfying(ResourceException.class,
            e -> assertThat(e.kind()).isEqualTo(ResourceException.Kind.REFUSED));
    assertThatThrownBy(() -> reader.read(inner.resolve("absent.yaml").toUri()))
        .isInstanceOfSatisfying(ResourceException.class,
            e -> assertThat(e.kind()).isEqualTo(ResourceException.Kind.NOT_FOUND));
    assertThatThrownBy(() -> reader.read(java.net.URI.create("https://example.org/x.yaml")))
        .isInstanceOfSatisfying(ResourceException.class,
            e -> assertThat(e.getMessage()).contains("--allow-host example.org"));
  }

  @Test
  void aTextDocumentHasNoLocations() throws IOException, ResourceException {
    Path root = Files.writeString(dir.resolve("descriptor.yaml"), "dataProductDescriptor: 1.0.0\n");
    Files.writeString(dir.resolve("schema.proto"), "message Trip { string id = 1; }\n");

    Document proto = DescriptorLoader.defaults().reader(root.toUri()).read(dir.resolve("schema.proto").toUri());

    assertThat(proto.text()).get().asString().contains("message Trip");
    assertThat(proto.locate("/x")).isEmpty();
  }
}
