package io.dpds.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dpds.identity.IdStrategy;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.report.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {

  static final String FULL = """
      root: .
      maps: {'https://schemas.example.org/': mirror/}
      allowHosts: [registry.example.org]
      lenientRefs: true
      profile: strict
      ids: odm-platform
      severity: {fqn.charset: error}
      disable: [output-ports.empty]
      waivers: waivers.yaml
      policies: [policies/, builtin]
      modes: {'outputport:tripStatus': full}
      failOn: {validate: warning, diff: breaking}
      store: .dpds
      """;

  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void everyKeyIsReadWithPathsResolvedAgainstTheFilesFolder() throws IOException {
    ProjectConfig config = ProjectConfig.read(write("repo/dpds.yaml", FULL));
    Path repo = dir.resolve("repo").toAbsolutePath().normalize();

    assertThat(config.ok()).as(config.problems().toString()).isTrue();
    assertThat(config.root()).contains(repo);
    assertThat(config.maps()).containsExactly(Map.entry("https://schemas.example.org/", repo.resolve("mirror")));
    assertThat(config.allowedHosts()).containsExactly("registry.example.org");
    assertThat(config.lenientRefs()).isTrue();
    assertThat(config.profile()).contains("strict");
    assertThat(config.ids()).contains(IdStrategy.ODM_PLATFORM);
    assertThat(config.severities()).containsExactly(Map.entry("fqn.charset", "error"));
    assertThat(config.disabledRules()).containsExactly("output-ports.empty");
    assertThat(config.waivers()).contains(repo.resolve("waivers.yaml"));
    assertThat(config.policies()).containsExactly(repo.resolve("policies").toString(), "builtin");
    assertThat(config.modes()).containsExactly(Map.entry("outputport:tripStatus", "full"));
    assertThat(config.failOn("validate")).contains("warning");
    assertThat(config.failOn("diff")).contains("breaking");
    assertThat(config.store()).contains(repo.resolve(".dpds").toString());
  }

  @Test
  void theLoaderItConfiguresServesMappedPrefixesFromTheirFolders() throws IOException {
    write("repo/mirror/ports/status.yaml", "name: status\nversion: 1.0.0\n");
    Path descriptor = write("repo/products/dpd.yaml", """
        dataProductDescriptor: 1.0.0
        info: {name: p, version: 1.0.0, domain: d, owner: {id: o@example.org}}
        interfaceComponents:
          outputPorts: [{$ref: 'https://schemas.example.org/ports/status.yaml'}]
        """);
    ProjectConfig config =
        ProjectConfig.read(write("repo/dpds.yaml", "maps: {'https://schemas.example.org/': mirror/}\n"));

    DescriptorLoader.Builder loader = DescriptorLoader.builder();
    config.applyTo(loader);
    LoadResult loaded = loader.build().load(descriptor);

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(loaded.resolved().orElseThrow().tree().at("/interfaceComponents/outputPorts/0/name").asText())
        .isEqualTo("status");
  }

  @Test
  void findWalksUpFromTheDescriptorAndStopsAtTheRepositoryRoot() throws IOException {
    write("repo/dpds.yaml", "profile: strict\n");
    Path descriptor = write("repo/products/trips/dpd.yaml", "x: 1\n");
    Files.createDirectories(dir.resolve("repo/products/.git")); // a nested repository: its root is products/
    write("outside/dpd.yaml", "x: 1\n");
    write("other/dpds.yaml", "profile: default\n");
    Path inOther = write("other/a/b/dpd.yaml", "x: 1\n");

    assertThat(ProjectConfig.find(descriptor).file()).isEmpty();
    assertThat(ProjectConfig.locate(descriptor)).isEmpty();
    Files.delete(dir.resolve("repo/products/.git"));
    assertThat(ProjectConfig.find(descriptor).profile()).contains("strict");
    assertThat(ProjectConfig.locate(descriptor)).contains(dir.resolve("repo/dpds.yaml").toAbsolutePath().normalize());
    assertThat(ProjectConfig.locate(inOther)).contains(dir.resolve("other/dpds.yaml").toAbsolutePath().normalize());
    assertThat(ProjectConfig.find(descriptor.getParent()).profile()).contains("strict");
    assertThat(ProjectConfig.find(inOther).profile()).contains("default");
    assertThat(ProjectConfig.none().file()).isEmpty();
  }

  @Test
  void aFileAnotherUserCouldHavePutInAFolderAnyoneCanWriteToIsNotRead() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path shared = write("tmp/dpds.yaml", "disable: [format.name]\n");
    Files.setPosixFilePermissions(shared.getParent(), PosixFilePermissions.fromString("rwxrwxrwx"));
    Path mine = write("repo/dpds.yaml", "disable: [format.name]\n");
    String me = Files.getOwner(shared).getName();

    ProjectConfig planted = ProjectConfig.found(shared, "someone-else");

    assertThat(planted.problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("config.untrusted");
      assertThat(d.message()).isEqualTo(shared.toAbsolutePath() + " belongs to " + me + ", not to someone-else, in "
          + shared.getParent().toAbsolutePath() + ", a folder anyone can write to: anyone could have put it there, so"
          + " it is not read (move it, or name it with --config FILE)");
    });
    assertThat(planted.disabledRules()).as("it configures nothing").isEmpty();
    assertThat(ProjectConfig.found(shared, me).disabledRules()).as("one's own file").containsExactly("format.name");
    assertThat(ProjectConfig.found(mine, "someone-else").disabledRules()).as("a folder only its owner writes to")
        .containsExactly("format.name");
    assertThat(ProjectConfig.read(shared).disabledRules()).as("a file named with --config")
        .containsExactly("format.name");
  }

  @Test
  void everyProblemIsALocatedFindingAndAFileWithProblemsConfiguresNothing() throws IOException {
    ProjectConfig config = ProjectConfig.read(write("dpds.yaml", """
        profile: strickt
        allowHost: [a.example.org]
        severity: {fqn.charset: fatal}
        lenientRefs: yes
        failOn: {publish: error}
        root: .
        """));

    assertThat(config.ok()).isFalse();
    assertThat(config.root()).isEmpty();
    assertThat(config.problems()).extracting(Diagnostic::ruleId).containsOnly("config.invalid");
    assertThat(config.problems()).extracting(d -> d.location().orElseThrow().line() + " " + d.message())
        .containsExactly(
            "1 profile is one of default, strict, not 'strickt'",
            "2 'allowHost' is not a key of the configuration file; did you mean 'allowHosts'?",
            "3 a severity is one of error, info, warning, not 'fatal'",
            "4 lenientRefs is true or false, not 'yes'",
            "5 a failOn key is one of diff, validate, not 'publish'");
  }

  @Test
  void aValueOfTheWrongTypeIsShownBesideTheTypeExpected() throws IOException {
    ProjectConfig config = ProjectConfig.read(write("dpds.yaml", "root:\nstore: [a, b]\ndisable: x\n"));

    assertThat(config.problems()).extracting(Diagnostic::message).containsExactly(
        "root is a non-empty string, not null", "store is a non-empty string, not [\"a\",\"b\"]",
        "disable is a list of strings, not 'x'");
  }

  @Test
  void theLevelsOfFailOnAndTheModesOfPortsAreCheckedAsTheCommandsTakeThem() throws IOException {
    ProjectConfig wrong = ProjectConfig.read(write("dpds.yaml", """
        failOn: {validate: warning, diff: wrong}
        modes: {'outputport:events': sideways}
        """));
    ProjectConfig port = ProjectConfig.read(write("port.yaml", "modes: {'port:events': full}\n"));
    ProjectConfig right = ProjectConfig.read(write("right.yaml", """
        failOn: {validate: WARNING, diff: breaking}
        modes: {'outputport:events': full-transitive, 'inputport:feed': BACKWARD_TRANSITIVE}
        """));

    assertThat(wrong.problems()).extracting(d -> d.location().orElseThrow().line() + " " + d.message())
        .containsExactly("1 failOn.diff is one of breaking, version, warning, not 'wrong'",
            "2 the mode of outputport:events is one of backward, backward-transitive, forward, forward-transitive,"
                + " full, full-transitive, none, not 'sideways'");
    assertThat(port.problems()).singleElement().extracting(Diagnostic::message).isEqualTo("a modes key is KIND:NAME,"
        + " KIND one of inputport, outputport, discoveryport, observabilityport, controlport; not 'port:events'");
    assertThat(right.problems()).isEmpty();
    assertThat(right.failOn("diff")).contains("breaking");
  }

  @Test
  void theIdStrategyIsOneOfTheBuiltInOnes() throws IOException {
    ProjectConfig wrong = ProjectConfig.read(write("dpds.yaml", "ids: uuid-v3\n"));
    ProjectConfig none = ProjectConfig.read(write("none.yaml", "profile: strict\n"));

    assertThat(wrong.problems()).extracting(Diagnostic::message)
        .containsExactly("ids is one of odm-platform, uuid-v5, not 'uuid-v3'");
    assertThat(none.ids()).isEmpty();
    assertThat(IdStrategy.NAMES).allSatisfy(name -> assertThat(IdStrategy.named(name)).isPresent());
    assertThat(IdStrategy.named("uuid-v5")).contains(IdStrategy.UUID_V5);
    assertThat(IdStrategy.named("UUID-V5")).isEmpty();
  }

  @Test
  void anUnreadableOrMalformedFileIsOneFinding() throws IOException {
    ProjectConfig missing = ProjectConfig.read(dir.resolve("absent.yaml"));
    ProjectConfig malformed = ProjectConfig.read(write("bad.yaml", "root: [unclosed\n"));
    ProjectConfig list = ProjectConfig.read(write("list.yaml", "- root\n"));
    ProjectConfig twice = ProjectConfig.read(write("twice.yaml", "profile: strict\nprofile: default\n"));

    assertThat(missing.problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("config.unreadable");
      assertThat(d.message()).contains("absent.yaml");
    });
    assertThat(malformed.problems()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("config.unreadable");
      assertThat(d.message()).contains("not well-formed");
      assertThat(d.location().orElseThrow().uri().getPath()).endsWith("/bad.yaml");
    });
    assertThat(list.problems()).extracting(Diagnostic::ruleId).containsExactly("config.unreadable");
    assertThat(twice.problems()).as("which of the two was meant is not ours to guess").singleElement()
        .satisfies(d -> {
          assertThat(d.message()).contains("Duplicate key 'profile'");
          assertThat(d.location().orElseThrow().line()).isEqualTo(2);
        });
  }

  @Test
  void theJsonSchemaDescribesExactlyTheKeysAndAcceptsAFullFile() throws IOException {
    JsonNode schemaNode;
    try (InputStream in = ProjectConfig.class.getResourceAsStream("dpds-config.schema.json")) {
      schemaNode = new ObjectMapper().readTree(in);
    }
    List<String> properties = new ArrayList<>();
    schemaNode.get("properties").fieldNames().forEachRemaining(properties::add);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://dpds.io/schemas/dpds-config.schema.json"), schemaNode.toString(),
            InputFormat.JSON);

    assertThat(properties).containsExactlyInAnyOrderElementsOf(ProjectConfig.KEYS);
    assertThat(schema.validate(new YAMLMapper().readTree(FULL))).isEmpty();
    assertThat(schema.validate(new YAMLMapper().readTree("profile: strickt\nallowHost: []\n"))).hasSize(2);
  }
}
