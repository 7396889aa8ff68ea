package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shaded {@code dpds.jar} as a user would, in its own JVM, with nothing else on the class path. */
class DpdsJarIT {

  static final Path PROJECT = Path.of(System.getProperty("dpds.project.dir", ".."));
  static final Path JAR = PROJECT.resolve("dpds-cli/target/dpds.jar");
  static final Path SAMPLE = PROJECT.resolve("samples/trackandtrace/data-product-descriptor.yaml");

  record Run(int exitCode, String out, String err) {}

  static Run dpds(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void resolvesTheSampleAsYamlAndJson() throws Exception {
    Run yaml = dpds("resolve", SAMPLE.toString(), "--format", "yaml");
    Run json = dpds("resolve", SAMPLE.toString());

    assertThat(yaml.exitCode()).as(yaml.err()).isZero();
    assertThat(yaml.out()).contains("name: tripStatus").contains("asyncapi: 2.6.0");
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("\"name\": \"tripPosition\"");
  }

  @Test
  void reportsVersionAndFailsCleanly() throws Exception {
    Run version = dpds("--version");
    Run missing = dpds("resolve", "no-such-file.yaml");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("dpds ");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("[load.unreadable]").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validatesTheSampleAndReportsFindingsAsJson(@TempDir Path dir) throws Exception {
    Path invalid = Files.writeString(dir.resolve("invalid.yaml"),
        "dataProductDescriptor: 1.0.0\ninfo: {name: x, version: 1.0.0, domain: d, owner: {id: o}}\n");

    Run sample = dpds("validate", SAMPLE.toString());
    Run json = dpds("validate", invalid.toString(), "--format", "json");

    assertThat(sample.exitCode()).as(sample.out() + sample.err()).isZero();
    assertThat(sample.out()).contains(": valid (0 errors");
    assertThat(json.exitCode()).isEqualTo(1);
    assertThat(json.out()).contains("\"ruleId\":\"root.required\"").contains("\"ruleId\":\"format.name\"");
    assertThat(json.err()).isEmpty();
  }

  @Test
  void diffsTheSampleAgainstAMovedCopy(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("trackandtrace");
    try (var files = Files.walk(SAMPLE.getParent())) {
      for (Path source : files.toList()) {
        Path target = copy.resolve(SAMPLE.getParent().relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
    Path port = copy.resolve("ports/trip-status-output.yaml");
    Files.writeString(port, Files.readString(port).replace("confluent:eu-west-1:kafka", "confluent:us-east-1:kafka"));

    Run same = dpds("diff", SAMPLE.toString(), SAMPLE.toString(), "--format", "json");
    Run moved = dpds("diff", SAMPLE.toString(), copy.resolve(SAMPLE.getFileName().toString()).toString(),
        "--format", "json", "--fail-on", "breaking");

    assertThat(same.exitCode()).as(same.err()).isZero();
    assertThat(same.out()).contains("\"compatible\":true,\"requiredBump\":\"none\",\"declaredBump\":\"none\"");
    assertThat(moved.exitCode()).as(moved.err()).isEqualTo(1);
    assertThat(moved.out()).contains("\"ruleId\":\"compat.port.platform\"", "\"port\":\"outputport:tripStatus\"",
        "\"severity\":\"breaking\"");
  }

  @Test
  void runsThePoliciesOnTheSampleWithTheirFileAndLine(@TempDir Path dir) throws Exception {
    Path onAws = Files.writeString(dir.resolve("aws.yaml"), "id: acme.on-aws\ndescription: ports run on AWS\n"
        + "select: \"$.interfaceComponents.outputPorts[*]\"\nassert: {path: promises.platform, matches: '^aws:'}\n");

    Run seed = dpds("policy", SAMPLE.toString(), "--policies", PROJECT.resolve("docs/policies/seed.yaml").toString(),
        "--format", "json");
    Run aws = dpds("policy", SAMPLE.toString(), "--policies", onAws.toString(), "--format", "json");
    Run missing = dpds("policy", SAMPLE.toString(), "--policies", PROJECT.resolve("no-such-policies").toString());

    assertThat(seed.exitCode()).as(seed.out() + seed.err()).isZero();
    assertThat(seed.out()).contains("{\"policy\":\"seed.cloudevents\",\"blocking\":true,\"passed\":true,"
        + "\"violations\":[]}");
    assertThat(aws.exitCode()).isEqualTo(1);
    assertThat(aws.out()).contains("{\"policy\":\"acme.on-aws\",\"blocking\":true,\"passed\":false,"
        + "\"violations\":[{\"pointer\":\"/interfaceComponents/outputPorts/0/promises/platform\"",
        "trip-status-output.yaml\",\"line\":");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("[policy.file-unreadable]", "no-such-policies");
  }
}
