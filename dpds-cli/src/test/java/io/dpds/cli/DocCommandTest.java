package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpds doc} writes the sample's page; {@code dpds plan --format mermaid|dot} draws the plan. */
class DocCommandTest {

  static final Path SAMPLE = CommandLineBehaviourTest.SAMPLES.resolve("trackandtrace");

  final Cli cli = new Cli();


  @Test
  void theSamplesPageHasEveryPortEveryPayloadFieldTheComponentsAndThePlans() throws IOException {
    assertThat(cli.run("doc", CommandLineBehaviourTest.SAMPLE)).as(cli.err()).isZero();
    String page = cli.out();

    assertThat(page).startsWith("# Track and Trace `1.0.0`").contains("| Owner | fleet.data@acmelogistics.com");
    assertThat(page).contains("### Input Port `tripEvents` 1.0.0", "### Output Port `tripStatus` 1.0.0",
        "### Output Port `tripPosition` 1.0.0", "`fleet.trip-status`: consumers subscribe (the product publishes)",
        "`fleet.trip-events`: consumers publish (the product receives)", "- SLO: `tripStatusSlo 1.0.0`",
        "| application | `tripProcessor` |", "## Deployment to `dev`", "## Deployment to `prod`",
        "product --> p2", "p1 --> product", "-->|depends on|");
    try (Stream<Path> schemas = Files.list(SAMPLE.resolve("schemas"))) {
      for (Path schema : schemas.toList()) {
        JsonNode avro = new ObjectMapper().readTree(schema.toFile());
        avro.get("fields").forEach(f -> assertThat(page).as(schema + " " + f.get("name"))
            .contains("| `" + f.get("name").asText() + "` |"));
      }
    }
    assertThat(page.split("```mermaid", -1)).hasSize(1 + 1 + 1 + 2); // ports, dependsOn, a plan per stage
    assertThat(page).doesNotContain(SAMPLE.toAbsolutePath().toString());
  }

  @Test
  void thePageIsWrittenInTheOutFolderWhateverTheProductIsNamed(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("a/b/site"));
    for (String name : new String[] {"../../escaped", "/tmp/dpds-doc-absolute", ".hidden", "tripStatus"}) {
      Path file = dir.resolve("named.yaml");
      Files.writeString(file, """
          dataProductDescriptor: 1.0.0
          info: {name: '%s', version: 1.0.0, domain: sales, owner: {id: a@acme.com}}
          interfaceComponents: {outputPorts: [{name: out, version: 1.0.0}]}
          """.formatted(name));

      assertThat(cli.run("doc", file.toString(), "--out", out.toString(), "--format", "html")).as(cli.err()).isZero();
    }

    try (Stream<Path> written = Files.walk(dir)) {
      assertThat(written.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')))
          .containsExactlyInAnyOrder("named.yaml", "a/b/site/______escaped.html",
              "a/b/site/_tmp_dpds-doc-absolute.html", "a/b/site/_hidden.html", "a/b/site/tripStatus.html");
    }
    assertThat(Path.of("/tmp/dpds-doc-absolute.html")).doesNotExist();
  }

  @Test
  void anOutFolderThatIsAFileIsNamedAsSuch(@TempDir Path dir) throws IOException {
    Path file = Files.createFile(dir.resolve("site"));

    assertThat(cli.run("doc", CommandLineBehaviourTest.SAMPLE, "--out", file.toString())).isEqualTo(2);

    assertThat(cli.err()).isEqualTo("dpds: " + file + ": already exists, where a new file or a folder was to be made"
        + System.lineSeparator());
    assertThat(Main.describe(new AccessDeniedException("/srv/x"))).isEqualTo("/srv/x: permission denied");
    assertThat(Main.describe(new FileSystemException("/a", "/b", "Read-only file system")))
        .isEqualTo("/a -> /b: Read-only file system");
    assertThat(Main.describe(new IOException("disk on fire"))).isEqualTo("disk on fire");
    assertThat(cli.run("doc", CommandLineBehaviourTest.SAMPLE, "--config", file.toString())).isEqualTo(2);
    assertThat(cli.err().lines()).containsExactly("dpds: the configuration file cannot be used:",
        file + ":1:1: error [config.unreadable] The configuration file is not well-formed: The document is empty");
  }

  @Test
  void textWithPipesStaysInItsTableCell(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("piped.yaml");
    Files.writeString(file, """
        dataProductDescriptor: 1.0.0
        info: {name: piped, version: 1.0.0, domain: "sales|eu", owner: {id: "a|b@acme.com", name: "A | B"},
          contactPoints: [{name: "ops|1", channel: "mail|x", address: ops@acme.com}]}
        interfaceComponents: {outputPorts: [{name: out, version: 1.0.0, promises: {platform: "kafka|eu"}}]}
        internalComponents: {applicationComponents: [{name: app, version: "1.0.0|x", platform: "k8s|x"}]}
        """);

    assertThat(cli.run("doc", file.toString())).as(cli.err()).isZero();

    assertThat(cli.out()).contains("| Domain | sales\\|eu |\n", "| Owner | a\\|b@acme.com (A \\| B) |\n",
        "| Contact | ops\\|1 mail\\|x `ops@acme.com` |\n", "| `app` | 1.0.0\\|x | `k8s\\|x` |",
        "- Platform: `kafka|eu`\n"); // a code span outside a table reads no escape
    assertThat(cli.run("doc", file.toString(), "--format", "html")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("<code>kafka|eu</code>", "<td><code>k8s|x</code></td>");
  }

  @Test
  void plainValuesReadAsWrittenWhereDescriptionsStayMarkdown(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("marked.yaml");
    Files.writeString(file, """
        dataProductDescriptor: 1.0.0
        info: {name: marked, displayName: "Trips #1 *beta*", version: 1.0.0, domain: "[eu]",
          owner: {id: o@acme.com, name: "*Team* _A_ & co"}, description: "**Live** trips"}
        interfaceComponents: {outputPorts: [{name: out, version: 1.0.0, displayName: "a\\\\*b\\\\*"}]}
        """);

    assertThat(cli.run("doc", file.toString())).as(cli.err()).isZero();

    assertThat(cli.out()).startsWith("# Trips \\#1 \\*beta\\* `1.0.0`\n\n**Live** trips\n").contains(
        "| Domain | \\[eu\\] |\n", "| Owner | o@acme.com (\\*Team\\* \\_A\\_ \\& co) |\n",
        "- Display name: a\\\\\\*b\\\\\\*\n");
    assertThat(cli.run("doc", file.toString(), "--format", "html")).as(cli.err()).isZero();
    assertThat(cli.out()).contains("<h1>Trips #1 *beta* <code>1.0.0</code></h1>", "<p><strong>Live</strong> trips</p>",
        "<td>o@acme.com (*Team* _A_ &amp; co)</td>", "Display name: a\\*b\\*");
  }

  @Test
  void thePageShowsWhatNamesAndLinksTheProductAndItsPortsAndNoEmptyContact(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("linked.yaml");
    Files.writeString(file, """
        dataProductDescriptor: 1.0.0
        info: {name: linked, version: 1.0.0, domain: sales, owner: {id: a@acme.com}, contactPoints: [{}, {name: ops}]}
        externalDocs: {$href: 'https://docs.acme.com/linked', description: the guide}
        interfaceComponents:
          outputPorts:
            - name: out
              version: 1.0.0
              displayName: Orders out
              componentGroup: gold
              tags: [orders, eu]
              externalDocs: {$href: 'https://docs.acme.com/out'}
        """);

    assertThat(cli.run("doc", file.toString())).as(cli.err()).isZero();

    assertThat(cli.out()).contains("| Contact | ops |\n",
        "| Documentation | `https://docs.acme.com/linked` (the guide) |\n", "- Display name: Orders out\n- Group: `gold`\n- Tags: `orders`, `eu`\n"
            + "- Documentation: `https://docs.acme.com/out`\n").doesNotContain("| Contact |  ");
  }

  @Test
  void aPayloadThatCannotBeReadIsNamedNotLeftOut(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("gone.yaml");
    Files.writeString(file, """
        dataProductDescriptor: 1.0.0
        info: {name: gone, version: 1.0.0, domain: sales, owner: {id: a@acme.com}}
        interfaceComponents:
          outputPorts:
            - name: out
              version: 1.0.0
              promises:
                api:
                  name: outApi
                  version: 1.0.0
                  specification: asyncapi
                  definition:
                    asyncapi: 2.6.0
                    info: {title: t, version: 1.0.0}
                    channels: {c: {subscribe: {message: {name: Ev, payload: {$ref: ev.avsc}}}}}
        """);

    assertThat(cli.run("doc", file.toString())).as(cli.err()).isZero();

    assertThat(cli.out()).contains("Payload of `Ev` (`application/vnd.aai.asyncapi+json`): `ev.avsc`, which cannot be"
        + " read.\n");
  }

  @Test
  void outWritesThePageAsNameDotMd(@TempDir Path dir) throws IOException {
    assertThat(cli.run("doc", CommandLineBehaviourTest.SAMPLE, "--out", dir.toString())).isZero();

    assertThat(dir.resolve("trackAndTrace.md")).content().startsWith("# Track and Trace");
    assertThat(cli.out()).contains("wrote ").contains("trackAndTrace.md");
    assertThat(cli.run("doc", "no-such.yaml")).isEqualTo(2);
    assertThat(cli.err()).contains("[load.unreadable]");
  }

  @Test
  void thePlanIsAMermaidFlowchartOrADotGraph() {
    assertThat(cli.run("plan", CommandLineBehaviourTest.SAMPLE, "--stage", "dev", "--format", "mermaid")).isZero();
    assertThat(cli.out()).startsWith("flowchart LR\n").contains("s1[\"build:tripProcessor\"]", "s1 --> s3");

    assertThat(cli.run("plan", CommandLineBehaviourTest.SAMPLE, "--stage", "dev", "--format", "dot")).isZero();
    assertThat(cli.out()).startsWith("digraph \"dev\" {").contains("\"build:tripProcessor\" -> \"meta\";")
        .endsWith("}\n");
  }
}
