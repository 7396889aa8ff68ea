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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpds plan}, {@code dpds publish} and {@code dpds deploy} on a copy of the sample, per the CLI contract. */
class LifecycleCommandsTest {

  static final Path SAMPLE = Path.of(System.getProperty("dpds.project.dir", "..")).resolve("samples/trackandtrace");
  static final String FQN = "urn:dpds:com.acmelogistics:dataproducts:trackAndTrace:1";

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  Path product;
  Path descriptor;
  String store;

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  JsonNode json() throws IOException {
    return new ObjectMapper().readTree(out.toString());
  }

  @BeforeEach
  void copySample() throws IOException {
    product = dir.resolve("trackandtrace");
    try (var files = Files.walk(SAMPLE)) {
      for (Path source : files.toList()) {
        Path target = product.resolve(SAMPLE.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    descriptor = product.resolve("data-product-descriptor.yaml");
    store = dir.resolve("store").toString();
    CliAdapters.CALLS.clear();
    CliAdapters.failing = "";
  }

  @AfterEach
  void reset() {
    CliAdapters.failing = "";
  }

  void edit(String file, String from, String to) throws IOException {
    Path path = product.resolve(file);
    String text = Files.readString(path);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to));
  }

  @Test
  void planPrintsTheContractsJsonAndNamesAnUnknownStage() throws IOException {
    assertThat(run("plan", descriptor.toString(), "--stage", "dev", "--format", "json")).as(err.toString()).isZero();
    JsonNode plan = json();
    assertThat(plan.get("stage").asText()).isEqualTo("dev");
    assertThat(plan.get("steps")).extracting(s -> s.get("id").asText()).containsExactly("build:tripProcessor",
        "provision:eventStore", "meta", "deploy:tripProcessor", "task:1", "task:2");
    assertThat(plan.get("steps").get(2).get("component").isNull()).isTrue();
    assertThat(plan.get("steps").get(4).get("kind").asText()).isEqualTo("task");
    assertThat(plan.get("steps").get(4).get("component").asText()).isEqualTo("provisionTopics");
    assertThat(plan.get("steps").get(3).get("dependsOn")).extracting(JsonNode::asText)
        .containsExactly("build:tripProcessor", "meta");
    assertThat(plan.get("steps").get(0).fieldNames()).toIterable()
        .containsExactly("id", "kind", "component", "dependsOn");

    assertThat(run("plan", descriptor.toString(), "--stage", "dev")).isZero();
    assertThat(out.toString()).contains("5. task:1 (provisionTopics)").contains("6. task:2 (").contains("after task:1");
    assertThat(run("plan", descriptor.toString(), "--stage", "qa")).isEqualTo(1);
    assertThat(err.toString()).contains("data-product-descriptor.yaml:").contains("[plan.stage-unknown]");
    assertThat(run("plan", dir.resolve("none.yaml").toString(), "--stage", "dev")).isEqualTo(2);
    Files.writeString(dir.resolve("broken.yaml"), "dataProductDescriptor: 1.0.0\ninterfaceComponents: {outputPorts:"
        + " [{$ref: gone.yaml}]}\n");
    assertThat(run("plan", dir.resolve("broken.yaml").toString(), "--stage", "dev")).isEqualTo(2);
    assertThat(err.toString()).contains("broken.yaml:2:").contains("[ref.unresolved]");
  }

  @Test
  void publishStoresOnceRefusesOtherContentAndBreakingChangesAndFailsCleanly() throws IOException {
    assertThat(run("publish", descriptor.toString(), "--store", store, "--dry-run", "--format", "json"))
        .as(err.toString()).isZero();
    assertThat(json().get("outcome").asText()).isEqualTo("would-store");
    assertThat(json().get("product").asText()).isEqualTo(FQN);
    assertThat(json().get("version").asText()).isEqualTo("1.0.0");
    assertThat(Path.of(store)).as("a dry run makes no store").doesNotExist();
    assertThat(run("publish", descriptor.toString(), "--store", store)).as(err.toString()).isZero();
    assertThat(out.toString()).contains("gate:validation passed").contains(FQN + " 1.0.0 published");
    assertThat(run("publish", descriptor.toString(), "--store", store, "--format", "json")).isZero();
    assertThat(json().get("outcome").asText()).isEqualTo("already-stored");

    edit("data-product-descriptor.yaml", "domain: ", "domain: x");
    assertThat(run("publish", descriptor.toString(), "--store", store, "--format", "json")).isEqualTo(1);
    assertThat(json().get("outcome").asText()).isEqualTo("refused");
    assertThat(out.toString()).contains("lifecycle.version-conflict");

    edit("data-product-descriptor.yaml", "version: 1.0.0", "version: 1.1.0");
    edit("ports/trip-status-output.yaml", "confluent:eu-west-1:kafka", "confluent:us-east-1:kafka");
    assertThat(run("publish", descriptor.toString(), "--store", store)).isEqualTo(1);
    assertThat(out.toString()).contains(FQN + " 1.1.0 refused by the compatibility gate (compared with 1.0.0)")
        .contains("[compat.port.platform]").contains("trip-status-output.yaml:");

    assertThat(run("publish", dir.resolve("none.yaml").toString(), "--store", store)).isEqualTo(2);
    assertThat(run("publish", descriptor.toString(), "--store", store, "--policies", "nothere")).isEqualTo(2);
    assertThat(err.toString()).contains("[policy.file-unreadable]");
  }

  @Test
  void publishJudgesAnApiKeptInComponentsAsValidateAndDiffDo() throws IOException {
    String v1 = """
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: urn:dpds:com.acme:dataproducts:trips:1
          name: trips
          version: VERSION
          domain: transport
          owner: {id: owner@acme.com}
        interfaceComponents:
          outputPorts:
            - name: events
              version: 1.0.0
              promises:
                api: {$ref: '#/components/apis/eventsApi'}
        components:
          apis:
            eventsApi:
              name: eventsApi
              version: 1.0.0
              specification: openapi
              specificationVersion: 3.0.3
              definition:
                openapi: 3.0.3
                info: {title: events, version: 1.0.0}
                paths:
                  /trips: {get: {responses: {'200': {description: ok}}}}
                  /positions: {get: {responses: {'200': {description: ok}}}}
        """;
    Path first = Files.writeString(dir.resolve("v1.yaml"), v1.replace("VERSION", "1.0.0"));
    Path second = Files.writeString(dir.resolve("v2.yaml"), v1.replace("VERSION", "1.0.1")
        .replaceAll(" +/positions: .*\n", ""));

    assertThat(run("diff", first.toString(), second.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("[compat.openapi.operation]");
    assertThat(run("publish", first.toString(), "--store", store, "--profile", "strict")).isEqualTo(1);
    assertThat(out.toString()).contains("error [ref.position]");
    assertThat(run("publish", first.toString(), "--store", store)).as(out.toString()).isZero();
    assertThat(run("publish", second.toString(), "--store", store)).as(out.toString()).isEqualTo(1);
    assertThat(out.toString()).contains("refused by the compatibility gate").contains("[compat.version.bump-too-small]")
        .contains("path /positions removed");
  }

  @Test
  void deployFromAStoreThatIsNotThereIsRefusedAndMakesNone() {
    assertThat(run("deploy", FQN, "1.0.0", "--stage", "dev", "--store", store)).isEqualTo(1);

    assertThat(err.toString()).contains("[lifecycle.not-published]");
    assertThat(Path.of(store)).doesNotExist();
  }

  @Test
  void deployRunsThePlanThroughTheDiscoveredAdaptersAndCompensatesAFailure() throws IOException {
    assertThat(run("publish", descriptor.toString(), "--store", store)).as(err.toString()).isZero();
    assertThat(CliAdapters.CALLS).as("the registry told the MetaService").containsExactly("meta");
    CliAdapters.CALLS.clear();

    assertThat(run("deploy", FQN, "1.0.0", "--stage", "dev", "--store", store, "--request-id", "ci-1"))
        .as(out + "" + err).isZero();
    assertThat(out.toString()).contains("build:tripProcessor started").contains("deployment succeeded");
    assertThat(CliAdapters.CALLS.subList(0, 2)).as("independent, in parallel")
        .containsExactlyInAnyOrder("build:tripProcessor", "provision:eventStore");
    assertThat(CliAdapters.CALLS.subList(2, 6)).containsExactly("meta", "deploy:tripProcessor", "task:1",
        "task:2");

    assertThat(run("deploy", FQN, "1.0.0", "--stage", "dev", "--store", store, "--request-id", "ci-1",
        "--format", "json")).isZero();
    assertThat(json().get("state").asText()).as("the same request is the same deployment").isEqualTo("succeeded");
    assertThat(json().get("repeated").asBoolean()).isTrue();
    assertThat(CliAdapters.CALLS).hasSize(6);
    assertThat(run("deploy", FQN, "1.0.0", "--stage", "dev", "--store", store, "--request-id", "ci-1")).isZero();
    assertThat(out.toString()).contains("succeeded, as recorded for this request id before; nothing was run again");

    CliAdapters.failing = "deploy:tripProcessor";
    CliAdapters.CALLS.clear();
    assertThat(run("deploy", FQN, "1.0.0", "--stage", "dev", "--store", store, "--format", "json")).isEqualTo(1);
    JsonNode failed = json();
    assertThat(failed.get("state").asText()).isEqualTo("failed");
    assertThat(failed.get("repeated").asBoolean()).isFalse();
    assertThat(failed.get("steps").get(3).get("state").asText()).isEqualTo("failed");
    assertThat(failed.get("problems").get(0).get("ruleId").asText()).isEqualTo("lifecycle.adapter-failed");
    assertThat(CliAdapters.CALLS.subList(CliAdapters.CALLS.size() - 3, CliAdapters.CALLS.size()))
        .startsWith("undo meta").containsAll(List.of("undo provision:eventStore", "undo build:tripProcessor"));

    assertThat(run("deploy", FQN, "9.9.9", "--stage", "dev", "--store", store)).isEqualTo(1);
    assertThat(err.toString()).contains("[lifecycle.not-published]");
    assertThat(run("deploy", "no such product", "1.0.0", "--stage", "dev", "--store", store)).isEqualTo(1);
    assertThat(err.toString()).contains("error [lifecycle.not-published] No published version 1.0.0 of no such product")
        .doesNotContain("Illegal character");
  }

  @Test
  void whyAPublicationOrDeploymentEndedComesBeforeHowItEndedWhenBothStreamsGoToOneTerminal() {
    StringWriter terminal = new StringWriter();
    PrintWriter both = new PrintWriter(terminal, true);

    assertThat(Main.run(new String[] {"deploy", FQN, "9.9.9", "--stage", "dev", "--store", store}, both, both))
        .isEqualTo(1);
    assertThat(Main.run(new String[] {"publish", dir.resolve("absent.yaml").toString(), "--store", store}, both,
        both)).isEqualTo(2);

    String printed = terminal.toString();
    assertThat(printed.indexOf("[lifecycle.not-published]")).isPositive()
        .isLessThan(printed.indexOf("9.9.9 to dev: refused"));
    assertThat(printed.indexOf("[load.unreadable]")).isPositive()
        .isLessThan(printed.indexOf("absent.yaml: not published"));
  }
}
