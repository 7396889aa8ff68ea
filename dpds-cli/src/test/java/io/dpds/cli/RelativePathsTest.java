package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every output names a file below the working directory relative to it, as the user would; JSON keeps the absolute
 * {@code uri} and adds the {@code path}. (Tests run in the module's folder; the fixtures are written below it.)
 */
class RelativePathsTest {

  static final Path FOLDER = Path.of("target", "relative-paths");
  static final String V1 = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:paths:1
        name: paths
        version: 1.0.0
        domain: Not A Name
        owner: {id: owner@example.org}
      interfaceComponents:
        outputPorts:
          - {name: out, version: 1.0.0, promises: {platform: kafka}}
          - {name: gone, version: 1.0.0}
      """;

  final Cli cli = new Cli();
  Path v1;
  Path v2;


  @BeforeEach
  void write() throws IOException {
    Files.createDirectories(FOLDER);
    v1 = Files.writeString(FOLDER.resolve("v1.yaml"), V1);
    v2 = Files.writeString(FOLDER.resolve("v2.yaml"), V1.replace("    - {name: gone, version: 1.0.0}\n", ""));
  }

  @AfterEach
  void clean() throws IOException {
    try (Stream<Path> files = Files.walk(FOLDER)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void validateNamesTheFileRelativelyInEveryFormat() throws IOException {
    String absolute = v1.toAbsolutePath().toString();
    for (String format : new String[] {"text", "json", "sarif", "junit", "markdown"}) {
      cli.run("validate", v1.toAbsolutePath().toString(), "--format", format);
      assertThat(cli.out()).as(format).contains("target/relative-paths/v1.yaml");
      if (!format.equals("json")) {
        assertThat(cli.out()).as(format).doesNotContain(absolute);
      }
    }
    cli.run("validate", v1.toString(), "--format", "text");
    assertThat(cli.out()).contains("target/relative-paths/v1.yaml:6:3: error [format.name]");

    cli.run("validate", v1.toString(), "--format", "json");
    JsonNode location = new ObjectMapper().readTree(cli.out()).at("/results/0/diagnostics/0/location");
    assertThat(location.get("path").asText()).isEqualTo("target/relative-paths/v1.yaml");
    assertThat(location.get("uri").asText()).isEqualTo(v1.toAbsolutePath().toUri().toString());
  }

  @Test
  void diffAndPolicyNameTheFileRelativelyToo() throws IOException {
    String absolute = v1.toAbsolutePath().toString();
    for (String format : new String[] {"text", "markdown", "json"}) {
      cli.run("diff", v1.toString(), v2.toString(), "--format", format);
      assertThat(cli.out()).as(format).contains("target/relative-paths/v1.yaml");
      if (!format.equals("json")) {
        assertThat(cli.out()).as(format).doesNotContain(absolute);
      }
    }
    cli.run("diff", v1.toString(), v2.toString(), "--format", "json");
    assertThat(new ObjectMapper().readTree(cli.out()).toString())
        .contains("\"path\":\"target/relative-paths/v1.yaml\"");

    cli.run("policy", v1.toString(), "--policies", "builtin");
    assertThat(cli.out() + cli.err()).doesNotContain(absolute);
  }
}
