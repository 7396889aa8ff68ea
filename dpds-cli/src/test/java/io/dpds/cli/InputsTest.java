package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dpds validate -} reads standard input; {@code dpds validate DIR} validates every root descriptor below DIR.
 */
class InputsTest {

  static final String DESCRIPTOR = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:inputs:1
        name: inputs
        version: 1.0.0
        domain: testing
        owner: {id: owner@example.org}
      interfaceComponents:
        outputPorts: [%s]
      """;
  static final Path HERE = Path.of("target", "inputs-test"); // below the working directory of the tests

  final Cli cli = new Cli();


  @AfterEach
  void clean() throws IOException {
    if (Files.exists(HERE)) {
      try (Stream<Path> files = Files.walk(HERE)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aDashReadsTheDescriptorFromStandardInputWithReferencesRelativeToTheWorkingDirectory() throws IOException {
    Files.createDirectories(HERE);
    Files.writeString(HERE.resolve("port.yaml"), "name: out\nversion: 1.0.0\n");

    int code = cli.runWithInput(DESCRIPTOR.formatted("{$ref: target/inputs-test/port.yaml}"), "validate", "-");

    assertThat(code).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("<stdin>: valid (0 errors");
  }

  @Test
  void findingsInStandardInputAreLocatedThereAndItCanBeMixedWithFiles(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("file.yaml"), DESCRIPTOR.formatted("{name: out, version: 1.0.0}"));

    String stdin = DESCRIPTOR.formatted("{name: out, version: 1.0.0}").replace("domain: testing", "domain: No Good");

    int code = cli.runWithInput(stdin, "validate", file.toString(), "-");

    assertThat(code).isEqualTo(1);
    assertThat(cli.out()).contains("<stdin>:6:3: error [format.name]", "<stdin>: invalid",
        "file.yaml: valid");
  }

  @Test
  void aFolderStandsForEveryRootDescriptorBelowIt(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("products/a/ports"));
    Files.createDirectories(dir.resolve("products/b"));
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("products/a/dpd.yaml"), DESCRIPTOR.formatted("{$ref: ports/out.yaml}"));
    Files.writeString(dir.resolve("products/a/ports/out.yaml"), "name: out\nversion: 1.0.0\n"); // not a root
    Files.writeString(dir.resolve("products/b/dpd.json"), """
        {"dataProductDescriptor": "1.0.0", "info": {"name": "b", "version": "1.0.0", "domain": "Bad Domain",
         "owner": {"id": "o@example.org"}}, "interfaceComponents": {"outputPorts": []}}
        """);
    Files.writeString(dir.resolve("target/copy.yaml"), DESCRIPTOR.formatted("")); // build output: not searched
    Files.writeString(dir.resolve("notes.yaml"), "title: not a descriptor\n");

    int code = cli.run("validate", dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(cli.out().lines().filter(l -> l.contains(": valid") || l.contains(": invalid")))
        .satisfiesExactly(
            a -> assertThat(a).isEqualTo(dir.resolve("products/a/dpd.yaml") + ": valid (0 errors, 0 warnings, 0 info)"),
            b -> assertThat(b).startsWith(dir.resolve("products/b/dpd.json") + ": invalid ("));
    assertThat(cli.out()).contains("[format.name] 'Bad Domain'");
  }

  @Test
  void aFolderWithoutDescriptorsExitsTwo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.yaml"), "title: not a descriptor\n");

    assertThat(cli.run("validate", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("no root descriptor");
  }
}
