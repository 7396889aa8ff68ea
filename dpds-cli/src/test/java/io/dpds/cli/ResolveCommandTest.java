package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveCommandTest {

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @BeforeEach
  void writeFixture() throws IOException {
    Files.writeString(dir.resolve("root.yaml"), """
        dataProductDescriptor: 1.0.0
        info: {name: cli, version: 1.0.0, domain: testing, owner: {id: o@example.com}}
        interfaceComponents:
          outputPorts:
            - $ref: port.json
        """);
    Files.writeString(dir.resolve("port.json"), """
        {"name": "p", "version": "1.0.0",
         "promises": {"api": {"name": "a", "version": "1.0.0", "specification": "asyncapi",
                              "definition": {"$ref": "api.yaml"}}},
         "externalDocs": {"$href": "https://docs.example.com"}}
        """);
    Files.writeString(dir.resolve("api.yaml"), "asyncapi: 2.6.0\ncomponents: {schemas: {s: {$ref: s.avsc}}}\n");
  }

  @Test
  void printsTheResolvedDescriptorAsJson() throws IOException {
    int code = run("resolve", dir.resolve("root.yaml").toString());

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    JsonNode tree = new ObjectMapper().readTree(out.toString());
    JsonNode port = tree.at("/interfaceComponents/outputPorts/0");
    assertThat(port.get("name").asText()).isEqualTo("p");
    assertThat(port.at("/promises/api/definition/asyncapi").asText()).isEqualTo("2.6.0");
    assertThat(port.at("/promises/api/definition/components/schemas/s/$ref").asText()).isEqualTo("s.avsc");
    assertThat(port.at("/externalDocs/$href").asText()).isEqualTo("https://docs.example.com");
  }

  @Test
  void followsAReferenceInAPromiseFieldAsValidateDoesAndWarnsOfIt() throws IOException {
    Path root = dir.resolve("root.yaml");
    Files.writeString(root, Files.readString(root).replace("$ref: port.json", "{name: q, version: 1.0.0, promises:"
        + " {api: {$ref: '#/components/apis/shared'}}}") + "components:\n  apis:\n    shared: {name: shared,"
        + " version: 1.0.0, specification: asyncapi, definition: {$ref: api.yaml}}\n");

    int code = run("resolve", root.toString());

    assertThat(code).isZero();
    JsonNode api = new ObjectMapper().readTree(out.toString()).at("/interfaceComponents/outputPorts/0/promises/api");
    assertThat(api.get("name").asText()).isEqualTo("shared");
    assertThat(api.at("/definition/asyncapi").asText()).isEqualTo("2.6.0");
    assertThat(err.toString().strip()).isEqualTo(root + ":5:50: warning [ref.position] '#/components/apis/shared' was"
        + " resolved, as validate and diff read it, though the spec allows no Reference Object in 'api'");
  }

  @Test
  void printsYamlOnRequest() throws IOException {
    int code = run("resolve", dir.resolve("root.yaml").toString(), "--format", "yaml");

    assertThat(code).isZero();
    JsonNode tree = new YAMLMapper().readTree(out.toString());
    assertThat(tree.at("/interfaceComponents/outputPorts/0/name").asText()).isEqualTo("p");
  }

  @Test
  void aCycleMetThroughAPortAndThroughComponentsIsReportedOncePerReferenceInIt() throws IOException {
    Path root = dir.resolve("root.yaml");
    Files.writeString(root, Files.readString(root).replace("$ref: port.json", "$ref: '#/components/outputPorts/a'")
        + "components:\n  outputPorts:\n    a: {$ref: '#/components/outputPorts/b'}\n"
        + "    b: {$ref: '#/components/outputPorts/a'}\n");

    int code = run("resolve", dir.resolve("root.yaml").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines()).hasSize(2).allMatch(line -> line.contains("error [ref.cycle]"))
        .anyMatch(line -> line.startsWith(dir.resolve("root.yaml") + ":8:"))
        .anyMatch(line -> line.startsWith(dir.resolve("root.yaml") + ":9:"));
  }

  @Test
  void anUnresolvableReferenceExitsOneWithCompilerStyleDiagnostics() throws IOException {
    Files.delete(dir.resolve("port.json"));

    int code = run("resolve", dir.resolve("root.yaml").toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip())
        .startsWith(dir.resolve("root.yaml") + ":5:7: error [ref.unresolved] Cannot resolve $ref 'port.json'");
  }

  @Test
  void aSyntaxErrorExitsOne() throws IOException {
    Files.writeString(dir.resolve("port.json"), "{\"name\": }");

    assertThat(run("resolve", dir.resolve("root.yaml").toString())).isEqualTo(1);
    assertThat(err.toString()).contains(dir.resolve("port.json") + ":1:10: error [load.syntax]");
  }

  @Test
  void aMissingRootFileExitsTwo() {
    assertThat(run("resolve", dir.resolve("nope.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("error [load.unreadable]").contains("nope.yaml");
  }

  @Test
  void badArgumentsExitTwo() {
    assertThat(run("resolve")).isEqualTo(2);
    assertThat(run("resolve", "x.yaml", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("expected json or yaml, not 'xml'");
    assertThat(run("resolve", "x.yaml", "--map", "nodir")).isEqualTo(2);
    assertThat(err.toString()).contains("--map takes PREFIX=DIR");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void mapsARemotePrefixToALocalFolder() throws IOException {
    Files.writeString(dir.resolve("root.yaml"), Files.readString(dir.resolve("root.yaml"))
        .replace("port.json", "https://example.com/products/port.json"));

    int refused = run("resolve", dir.resolve("root.yaml").toString());
    int mapped = run("resolve", dir.resolve("root.yaml").toString(), "--map", "https://example.com/products/=" + dir);

    assertThat(refused).isEqualTo(1);
    assertThat(err.toString()).contains("[ref.refused]").contains("--allow-host example.com");
    assertThat(mapped).isZero();
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("dpds ").contains("DPDS 1.0.0");
    assertThat(run("--help")).isZero();
    assertThat(run("resolve", "--help")).isZero();
    assertThat(out.toString()).contains("Usage: dpds resolve").contains("Exit codes");
  }
}
