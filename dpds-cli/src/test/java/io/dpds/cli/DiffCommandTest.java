package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  private static final String V1 = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:cli:1
        name: cli
        version: 1.0.0
        domain: testing
        owner: {id: owner@example.org}
      interfaceComponents:
        outputPorts:
          - name: out
            version: 1.0.0
            promises: {platform: kafka}
          - name: extra
            version: 1.0.0
      """;

  private static final String EXTRA = "    - name: extra\n      version: 1.0.0\n";

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  Path v1;
  Path described;
  Path describedPatch;
  Path broken;
  Path brokenMajor;
  Path warned;

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml);
  }

  @BeforeEach
  void writeVersions() throws IOException {
    v1 = write("v1.yaml", V1);
    described = write("described.yaml", V1.replace("  domain: testing", "  domain: testing\n  description: d"));
    describedPatch = write("patch.yaml", V1.replace("  domain: testing", "  domain: testing\n  description: d")
        .replace("version: 1.0.0\n  domain", "version: 1.0.1\n  domain"));
    broken = write("broken.yaml", V1.replace(EXTRA, ""));
    brokenMajor = write("major.yaml", V1.replace(EXTRA, "")
        .replace("cli:1\n", "cli:2\n").replace("version: 1.0.0\n  domain", "version: 2.0.0\n  domain"));
    warned = write("warned.yaml", V1.replace("domain: testing", "domain: transport")
        .replace("version: 1.0.0\n  domain", "version: 1.0.1\n  domain"));
  }

  @Test
  void theJsonReportFollowsTheContract() throws IOException {
    int code = run("diff", v1.toString(), broken.toString(), "--format", "json");

    assertThat(code).as(err.toString()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertThat(report.get("compatible").asBoolean()).isFalse();
    assertThat(report.get("requiredBump").asText()).isEqualTo("major");
    assertThat(report.get("declaredBump").asText()).isEqualTo("none");
    assertThat(report.get("versionOk").asBoolean()).isFalse();
    JsonNode change = report.get("changes").get(0);
    assertThat(change.get("ruleId").asText()).isEqualTo("compat.port.removed");
    assertThat(change.get("severity").asText()).isEqualTo("breaking");
    assertThat(change.get("message").asText()).contains("output port extra removed");
    assertThat(change.get("pointer").asText()).isEqualTo("/interfaceComponents/outputPorts/1");
    assertThat(change.get("port").asText()).isEqualTo("outputport:extra");
    assertThat(change.get("location").get("line").asInt()).isEqualTo(13);
    assertThat(report.get("versionProblems").get(0).get("ruleId").asText())
        .isEqualTo("compat.version.bump-too-small");
    List<String> fields = List.of("compatible", "requiredBump", "declaredBump", "versionOk", "changes");
    fields.forEach(field -> assertThat(report.has(field)).as(field).isTrue());
  }

  @Test
  void failOnVersionIsTheDefault() {
    assertThat(run("diff", v1.toString(), described.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("info [compat.metadata]").contains("required bump patch, declared none")
        .contains("error [compat.version.bump-too-small]");
    assertThat(run("diff", v1.toString(), describedPatch.toString())).isZero();
    assertThat(run("diff", v1.toString(), brokenMajor.toString())).isZero();
    assertThat(out.toString()).contains("breaking [compat.port.removed]").contains("not compatible (1 breaking");
  }

  @Test
  void failOnBreakingAndOnWarning() {
    assertThat(run("diff", v1.toString(), brokenMajor.toString(), "--fail-on", "breaking")).isEqualTo(1);
    assertThat(run("diff", v1.toString(), warned.toString(), "--fail-on", "breaking")).isZero();
    assertThat(run("diff", v1.toString(), warned.toString(), "--fail-on", "warning")).isEqualTo(1);
    assertThat(run("diff", v1.toString(), describedPatch.toString(), "--fail-on", "warning")).isZero();
  }

  @Test
  void anInputThatCannotBeLoadedExitsTwoWithItsErrorsOnStderr() throws IOException {
    Path syntax = write("syntax.yaml", "info: [unclosed\n");
    Path dangling = write("dangling.yaml", V1.replace("    - name: extra\n", "    - $ref: gone.yaml\n    - name: x\n"));

    assertThat(run("diff", v1.toString(), syntax.toString(), "--format", "json")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("syntax.yaml:").contains("[load.syntax]");
    assertThat(run("diff", dangling.toString(), v1.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("[ref.unresolved]");
    assertThat(run("diff", dir.resolve("absent.yaml").toString(), v1.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("[load.unreadable]");
    assertThat(run("diff", v1.toString(), dir.resolve("absentNew.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).as("named by the file it could not read, not by the other")
        .contains(dir.resolve("absentNew.yaml") + ": error [load.unreadable]");
  }

  @Test
  void markdownIsAChangelogAndSarifAndJunitUseTheSharedReporters() throws IOException {
    assertThat(run("diff", v1.toString(), broken.toString(), "--format", "markdown")).isEqualTo(1);
    assertThat(out.toString()).startsWith("# Changes from `").contains("**Not compatible**")
        .contains("## Breaking changes", "## Version problems", "output port extra removed");

    assertThat(run("diff", v1.toString(), broken.toString(), "--format", "sarif")).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(out.toString());
    assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("compat.port.removed");

    assertThat(run("diff", v1.toString(), broken.toString(), "--format", "junit")).isEqualTo(1);
    assertThat(out.toString()).startsWith("<?xml").contains("<failure type=\"compat.port.removed\"");
  }

  @Test
  void modesWaiversSeveritiesAndDisabledRulesApply() throws IOException {
    Path waivers = write("waivers.yaml", "waivers:\n  - rule: compat.port.removed\n"
        + "    pointer: /interfaceComponents/outputPorts/*\n    reason: nobody reads it\n");

    assertThat(run("diff", v1.toString(), brokenMajor.toString(), "--fail-on", "breaking", "--mode",
        "outputport:extra=none")).isZero();
    assertThat(run("diff", v1.toString(), brokenMajor.toString(), "--fail-on", "breaking", "--waivers",
        waivers.toString())).isZero();
    assertThat(out.toString()).contains("suppressed [compat.port.removed]").contains("waived: nobody reads it");
    assertThat(run("diff", v1.toString(), brokenMajor.toString(), "--fail-on", "breaking", "--severity",
        "compat.port.removed=warning")).isZero();
    assertThat(run("diff", v1.toString(), brokenMajor.toString(), "--fail-on", "breaking", "--disable",
        "compat.port.removed")).isZero();
  }

  @Test
  void twoSnapshotsWhoseAbsoluteReferencesShareAPrefixAreComparedWithOneMappingPerSide() throws IOException {
    String root = V1.replace(EXTRA, "    - $ref: 'https://products.example.org/cli/ports/extra.yaml'\n");
    Path before = snapshot("before", root, "name: extra\nversion: 1.0.0\n");
    Path after = snapshot("after", root, "name: extra\nversion: 1.0.0\ndescription: now described\n");
    String prefix = "https://products.example.org/cli/";

    assertThat(run("diff", before.toString(), after.toString(), "--format", "json", "--fail-on", "breaking",
        "--old-map", prefix + "=" + before.getParent(), "--new-map", prefix + "=" + after.getParent())).isZero();
    JsonNode changes = new ObjectMapper().readTree(out.toString()).get("changes");
    assertThat(changes).singleElement().satisfies(c -> assertThat(c.get("pointer").asText())
        .isEqualTo("/interfaceComponents/outputPorts/1/description"));

    // One shared --map serves both sides from one folder: no change seen; a per-side mapping is asked first.
    assertThat(run("diff", before.toString(), after.toString(), "--format", "json",
        "--map", prefix + "=" + before.getParent())).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("changes")).isEmpty();
    assertThat(run("diff", before.toString(), after.toString(), "--format", "json", "--fail-on", "breaking",
        "--map", prefix + "=" + before.getParent(), "--new-map", prefix + "=" + after.getParent())).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("changes")).hasSize(1);

    assertThat(run("diff", before.toString(), after.toString(), "--new-map", "nodir")).isEqualTo(2);
    assertThat(err.toString()).contains("--new-map takes PREFIX=DIR");
  }

  /** A snapshot folder with a root descriptor and the port file its absolute reference names. */
  private Path snapshot(String name, String root, String port) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.createDirectories(folder.resolve("ports"));
    Files.writeString(folder.resolve("ports/extra.yaml"), port);
    return Files.writeString(folder.resolve("dpd.yaml"), root);
  }

  @Test
  void badOptionsExitTwoWithOneClearLine() {
    assertThat(run("diff", v1.toString())).isEqualTo(2);
    assertThat(run("diff", v1.toString(), broken.toString(), "--fail-on", "error")).isEqualTo(2);
    assertThat(err.toString()).contains("expected version, breaking or warning, not 'error'");
    assertThat(run("diff", v1.toString(), broken.toString(), "--mode", "trips=full")).isEqualTo(2);
    assertThat(err.toString()).contains("KIND:NAME");
    assertThat(run("diff", v1.toString(), broken.toString(), "--mode", "outputport:out=sideways")).isEqualTo(2);
    assertThat(run("diff", v1.toString(), broken.toString(), "--disable", "compat.nope")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown rule id 'compat.nope'");
  }
}
