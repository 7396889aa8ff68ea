package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A descriptor's names may hold line breaks, terminal escapes and bidirectional controls: every text output prints them
 * as escapes, so that a finding is one line and a terminal or a CI log shows what is written.
 */
class PrintableOutputTest {

  /** An application named with a line break that forges a finding, an escape that clears the screen, a bidi control. */
  private static final String NAME = "app\\nforged.json:1:1: error [x] y\\u001b[2J\\u202e";
  private static final String DESCRIPTOR = """
      {"dataProductDescriptor": "1.0.0",
       "info": {"fullyQualifiedName": "urn:dpds:com.acme:dataproducts:trips:1", "name": "trips",
                "version": "1.0.0", "domain": "logistics", "owner": {"id": "team@acme.com"}},
       "interfaceComponents": {"outputPorts": [{"name": "status", "version": "1.0.0",
                "description": "First line\\nsecond line\\u001b[1m",
                "promises": {"platform": "kafka", "servicesType": "streaming-services",
                             "slo": {"name": "slo", "version": "1.0.0", "specification": "custom\\u001b[1m",
                                     "definition": "99.9%%"}}}]},
       "internalComponents": {
         "applicationComponents": [{"name": "%s", "version": "1.0.0"}],
         "lifecycleInfo": {"dev": [{"name": "task\\r\\u0007", "order": 1,
             "service": {"$href": "https://ci.acme.com"},
             "template": {"specification": "terraform", "definition": "apply"}}],
         "prod\\u001b[1m": [{"name": "deploy", "service": {"$href": "https://ci.acme.com"},
             "template": {"specification": "terraform", "definition": "apply"}}]}}}
      """.formatted(NAME);

  @TempDir Path dir;
  private final Cli cli = new Cli();

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void textOutputsPrintControlCharactersAsEscapes() throws IOException {
    String file = write("dpd.json", DESCRIPTOR);
    String renamed = write("dpd2.json", DESCRIPTOR.replace("\"status\"", "\"status\\u001b[1m\""));
    String policies = write("policies.yaml", """
        policies:
          - id: plain-applications
            description: Application names are plain
            select: "$.internalComponents.applicationComponents[*]"
            assert: {path: name, matches: "^[a-z]+$"}
        """);
    List<List<String>> commands = List.of(
        List.of("validate", file),
        List.of("validate", file, "--format", "markdown"),
        List.of("diff", file, renamed),
        List.of("diff", file, renamed, "--format", "markdown"),
        List.of("policy", file, "--policies", policies),
        List.of("policy", file, "--policies", policies, "--format", "markdown"),
        List.of("plan", file, "--stage", "dev"),
        List.of("plan", file, "--stage", "dev", "--format", "mermaid"),
        List.of("plan", file, "--stage", "dev", "--format", "dot"),
        List.of("doc", file, "--format", "markdown"));

    for (List<String> command : commands) {
      cli.run(command.toArray(String[]::new));
      String printed = cli.out() + cli.err();
      assertThat(printed).as(command.toString()).contains("\\u001b[")
          .doesNotContain("\u001b", "\u202e", "\r", "\u0007");
      assertThat(printed.lines()).as(command.toString()).noneMatch(line -> line.startsWith("forged.json"));
    }
    cli.run("validate", file);
    assertThat(cli.out()).contains("'app\\nforged.json:1:1: error [x] y\\u001b[2J\\u202e' is not a valid name");
    cli.run("plan", file, "--stage", "dev");
    assertThat(cli.out()).contains("build:app\\nforged.json:1:1: error [x] y\\u001b[2J\\u202e",
        "task:1 (task\\r\\u0007)");
    assertThat(cli.out().lines().filter(line -> line.contains("task:1"))).singleElement()
        .satisfies(line -> assertThat(line.indexOf(" after ")).as(line).isEqualTo("  1. ".length() + 28));
  }

  @Test
  void theProductPageKeepsADescriptionsLinesAndEscapesTheRest() throws IOException {
    String file = write("dpd.json", DESCRIPTOR);

    cli.run("doc", file, "--format", "markdown");

    assertThat(cli.out()).contains("First line\nsecond line\\u001b[1m", "- SLO: `slo 1.0.0` (custom\\\\u001b\\[1m)",
        "## Deployment to `prod\\u001b[1m`").doesNotContain("\u001b");
  }

  @Test
  void jsonOutputKeepsTheNamesExact() throws IOException {
    String file = write("dpd.json", DESCRIPTOR);

    cli.run("plan", file, "--stage", "dev", "--format", "json");

    assertThat(cli.out()).contains("\"build:app\\nforged.json:1:1: error [x] y\\u001B[2J\u202e\"");
  }
}
