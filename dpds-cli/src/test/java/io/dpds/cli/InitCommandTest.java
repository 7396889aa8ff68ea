package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpds init} writes a descriptor that is valid (strict profile too), passes the built-in pack, and plans. */
class InitCommandTest {

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void theDefaultsGiveAValidDescriptorThatPassesTheBuiltInPolicies() {
    assertThat(run("init", dir.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("wrote " + dir.resolve("ports/my-product-output.yaml"),
        "next: dpds validate " + dir.resolve("data-product-descriptor.yaml"));
    String root = dir.resolve("data-product-descriptor.yaml").toString();

    assertThat(run("validate", root, "--profile", "strict", "--fail-on", "info")).as(out.toString()).isZero();
    assertThat(out.toString()).contains("valid (0 errors, 0 warnings, 0 info)");
    assertThat(run("policy", root, "--policies", "builtin")).as(out.toString()).isZero();
    assertThat(out.toString()).contains("0 failed");
    assertThat(run("plan", root, "--stage", "prod")).isZero();
    assertThat(run("plan", root, "--stage", "dev")).isZero();
  }

  @Test
  void theOptionsNameTheProductAndItsFiles() throws IOException {
    assertThat(run("init", dir.toString(), "--name", "tripStatus", "--domain", "logistics", "--owner",
        "fleet@acme.example", "--namespace", "com.acme", "--platform", "pulsar")).isZero();

    String root = Files.readString(dir.resolve("data-product-descriptor.yaml"));
    assertThat(root).contains("fullyQualifiedName: urn:dpds:com.acme:dataproducts:tripStatus:1", "domain: logistics",
        "id: fleet@acme.example", "$ref: ports/trip-status-output.yaml");
    assertThat(dir.resolve("schemas/trip-status-event.avsc")).content().contains("\"name\": \"TripStatusEvent\"");
    assertThat(dir.resolve("ports/trip-status-output.yaml")).content().contains("platform: pulsar");
    assertThat(run("validate", dir.resolve("data-product-descriptor.yaml").toString())).isZero();
  }

  @Test
  void itNeverOverwritesAndRefusesOptionsThatWouldMakeItInvalid() throws IOException {
    Files.writeString(dir.resolve("data-product-descriptor.yaml"), "mine\n");

    assertThat(run("init", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not overwriting").contains("data-product-descriptor.yaml");
    assertThat(dir.resolve("data-product-descriptor.yaml")).hasContent("mine");
    assertThat(dir.resolve("ports")).doesNotExist();

    assertThat(run("init", dir.resolve("other").toString(), "--name", "trip-status")).isEqualTo(2);
    assertThat(err.toString()).contains("--name 'trip-status' is not valid");
    assertThat(run("init", dir.resolve("other").toString(), "--owner", "fleet")).isEqualTo(2);
    assertThat(err.toString()).contains("--owner is an e-mail address");
  }
}
