package io.dpds.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.PortKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescriptorDiffTest {

  private static final String V1 = """
      dataProductDescriptor: 1.0.0
      info:
        fullyQualifiedName: urn:dpds:org.example:dataproducts:fleet:1
        name: fleet
        version: 1.0.0
        domain: logistics
        owner: {id: owner@example.org}
      interfaceComponents:
        outputPorts:
          - name: positions
            version: 1.0.0
            promises:
              platform: kafka
          - name: status
            version: 1.0.0
            tags: [a, b]
      internalComponents:
        applicationComponents:
          - name: app
            version: 1.0.0
        lifecycleInfo:
          dev:
            - name: deploy
              order: 1
      """;

  private static final String POSITIONS_PORT =
      "    - name: positions\n      version: 1.0.0\n      promises:\n        platform: kafka\n";
  private static final String STATUS_PORT = "    - name: status\n      version: 1.0.0\n      tags: [a, b]\n";
  private static final PortId POSITIONS = new PortId(PortKind.OUTPUT, "positions");

  @TempDir Path dir;

  @Test
  void identicalVersionsHaveNoChange() throws IOException {
    assertThat(diff(V1, V1)).isEmpty();
  }

  @Test
  void portsAreMatchedByNameWhateverTheirOrder() throws IOException {
    String moved = V1.replace(POSITIONS_PORT, "").replace(STATUS_PORT, STATUS_PORT + POSITIONS_PORT);

    assertThat(ports(moved)).containsExactly("status", "positions");
    assertThat(diff(V1, moved)).isEmpty();
  }

  @Test
  void aMajorBumpChangesTheFqnAndVersionButMatchesEveryPort() throws IOException {
    String v2 = V1.replace("fleet:1\n", "fleet:2\n")
        .replace("  version: 1.0.0\n  domain", "  version: 2.0.0\n  domain");

    List<Change> changes = diff(V1, v2);

    assertThat(changes).extracting(Change::path)
        .containsExactly("/info/fullyQualifiedName", "/info/version");
    assertThat(changes).allSatisfy(c -> {
      assertThat(c.type()).isEqualTo(Change.Type.CHANGED);
      assertThat(c.port()).isEmpty();
    });
  }

  @Test
  void aChangedFieldCarriesBothValuesPointersAndLocations() throws IOException {
    String v2 = V1.replace("platform: kafka", "platform: pulsar");

    Change change = single(diff(V1, v2));

    assertThat(change.type()).isEqualTo(Change.Type.CHANGED);
    assertThat(change.port()).contains(POSITIONS);
    assertThat(change.path()).isEqualTo("/promises/platform");
    assertThat(change.oldPointer()).contains("/interfaceComponents/outputPorts/0/promises/platform");
    assertThat(change.newPointer()).contains("/interfaceComponents/outputPorts/0/promises/platform");
    assertThat(change.oldValue().orElseThrow().asText()).isEqualTo("kafka");
    assertThat(change.newValue().orElseThrow().asText()).isEqualTo("pulsar");
    assertThat(change.oldLocation().orElseThrow().line()).isEqualTo(13);
    assertThat(change.newLocation().orElseThrow().line()).isEqualTo(13);
    assertThat(change.oldLocation().orElseThrow().uri().getPath()).endsWith("/old/dpd.yaml");
    assertThat(change.newLocation().orElseThrow().uri().getPath()).endsWith("/new/dpd.yaml");
    assertThat(change).hasToString("changed outputport:positions /promises/platform: \"kafka\" -> \"pulsar\"");
  }

  @Test
  void aRenamedPortIsARemovalAndAnAddition() throws IOException {
    List<Change> changes = diff(V1, V1.replace("- name: status", "- name: state"));

    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).type()).isEqualTo(Change.Type.REMOVED);
    assertThat(changes.get(0).port()).contains(new PortId(PortKind.OUTPUT, "status"));
    assertThat(changes.get(0).path()).isEmpty();
    assertThat(changes.get(0).pointer()).isEqualTo("/interfaceComponents/outputPorts/1");
    assertThat(changes.get(0).newPointer()).isEmpty();
    assertThat(changes.get(1).type()).isEqualTo(Change.Type.ADDED);
    assertThat(changes.get(1).port()).contains(new PortId(PortKind.OUTPUT, "state"));
    assertThat(changes.get(1).oldValue()).isEmpty();
    assertThat(changes.get(1).newValue().orElseThrow().get("name").asText()).isEqualTo("state");
  }

  @Test
  void arraysOfValuesCompareItemByItem() throws IOException {
    List<Change> longer = diff(V1, V1.replace("tags: [a, b]", "tags: [a, c, d]"));
    List<Change> shorter = diff(V1, V1.replace("tags: [a, b]", "tags: [a]"));

    assertThat(longer).extracting(Change::type, Change::path).containsExactly(
        tuple(Change.Type.CHANGED, "/tags/1"),
        tuple(Change.Type.ADDED, "/tags/2"));
    assertThat(single(shorter).type()).isEqualTo(Change.Type.REMOVED);
    assertThat(single(shorter).path()).isEqualTo("/tags/1");
  }

  @Test
  void aValueThatChangesTypeIsOneChange() throws IOException {
    Change change = single(diff(V1, V1.replace("promises:\n        platform: kafka", "promises: later")));

    assertThat(change.type()).isEqualTo(Change.Type.CHANGED);
    assertThat(change.path()).isEqualTo("/promises");
    assertThat(change.newValue().orElseThrow().asText()).isEqualTo("later");
  }

  @Test
  void componentsAndTasksAreMatchedByNameWithStablePaths() throws IOException {
    String v2 = V1.replace("    - name: app\n      version: 1.0.0", "    - name: worker\n      version: 1.0.0\n"
        + "    - name: app\n      version: 1.1.0").replace("- name: deploy", "- name: release");

    List<Change> changes = diff(V1, v2);

    assertThat(changes).extracting(c -> c.type() + " " + c.path()).containsExactly(
        "CHANGED /internalComponents/applicationComponents/app/version",
        "ADDED /internalComponents/applicationComponents/worker",
        "REMOVED /internalComponents/lifecycleInfo/dev/deploy",
        "ADDED /internalComponents/lifecycleInfo/dev/release");
    assertThat(changes.get(0).oldPointer()).contains("/internalComponents/applicationComponents/0/version");
    assertThat(changes.get(0).newPointer()).contains("/internalComponents/applicationComponents/1/version");
  }

  @Test
  void aChangeInsideAReferencedFileIsLocatedInThatFile() throws IOException {
    String v2 = V1.replace(POSITIONS_PORT, "    - $ref: ports/positions.yaml\n");
    Files.createDirectories(dir.resolve("new/ports"));
    Files.writeString(dir.resolve("new/ports/positions.yaml"),
        "name: positions\nversion: 1.1.0\npromises:\n  platform: kafka\n");

    Change change = single(diff(V1, v2));

    assertThat(change.port()).contains(POSITIONS);
    assertThat(change.path()).isEqualTo("/version");
    assertThat(change.newLocation().orElseThrow().uri().getPath()).endsWith("/new/ports/positions.yaml");
    assertThat(change.newLocation().orElseThrow().line()).isEqualTo(2);
  }

  private List<Change> diff(String old, String now) throws IOException {
    return DescriptorDiff.between(load("old", old), load("new", now));
  }

  private ResolvedDescriptor load(String version, String text) throws IOException {
    Path file = Files.createDirectories(dir.resolve(version)).resolve("dpd.yaml");
    Files.writeString(file, text);
    var result = DescriptorLoader.defaults().load(file);
    assertThat(result.diagnostics()).as(text).isEmpty();
    return result.resolved().orElseThrow();
  }

  private List<String> ports(String text) throws IOException {
    return load("probe", text).descriptor().ports().stream().map(p -> p.name().orElse("?")).toList();
  }

  private static Change single(List<Change> changes) {
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }
}
