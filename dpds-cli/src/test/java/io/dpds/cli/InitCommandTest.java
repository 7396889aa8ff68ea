package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dpds init} writes a descriptor that is valid (strict profile too), passes the built-in pack, and plans. */
class InitCommandTest {

  @TempDir Path dir;
  final Cli cli = new Cli();


  @Test
  void theDefaultsGiveAValidDescriptorThatPassesTheBuiltInPolicies() {
    assertThat(cli.run("init", dir.toString())).as(cli.err()).isZero();
    assertThat(cli.out()).contains("wrote " + dir.resolve("ports/my-product-output.yaml"),
        "next: dpds validate " + dir.resolve("data-product-descriptor.yaml"));
    String root = dir.resolve("data-product-descriptor.yaml").toString();

    assertThat(cli.run("validate", root, "--profile", "strict", "--fail-on", "info")).as(cli.out()).isZero();
    assertThat(cli.out()).contains("valid (0 errors, 0 warnings, 0 info)");
    assertThat(cli.run("policy", root, "--policies", "builtin")).as(cli.out()).isZero();
    assertThat(cli.out()).contains("0 failed");
    assertThat(cli.run("plan", root, "--stage", "prod")).isZero();
    assertThat(cli.run("plan", root, "--stage", "dev")).isZero();
  }

  @Test
  void theOptionsNameTheProductAndItsFiles() throws IOException {
    assertThat(cli.run("init", dir.toString(), "--name", "tripStatus", "--domain", "logistics", "--owner",
        "fleet@acme.example", "--namespace", "com.acme", "--platform", "pulsar")).isZero();

    String root = Files.readString(dir.resolve("data-product-descriptor.yaml"));
    assertThat(root).contains("fullyQualifiedName: urn:dpds:com.acme:dataproducts:tripStatus:1", "domain: logistics",
        "id: fleet@acme.example", "$ref: ports/trip-status-output.yaml");
    assertThat(dir.resolve("schemas/trip-status-event.avsc")).content().contains("\"name\": \"TripStatusEvent\"");
    assertThat(dir.resolve("ports/trip-status-output.yaml")).content().contains("platform: pulsar");
    assertThat(cli.run("validate", dir.resolve("data-product-descriptor.yaml").toString())).isZero();
  }

  @Test
  void itNeverOverwritesAndRefusesOptionsThatWouldMakeItInvalid() throws IOException {
    Files.writeString(dir.resolve("data-product-descriptor.yaml"), "mine\n");

    assertThat(cli.run("init", dir.toString())).isEqualTo(2);
    assertThat(cli.err()).contains("not overwriting").contains("data-product-descriptor.yaml");
    assertThat(dir.resolve("data-product-descriptor.yaml")).hasContent("mine");
    assertThat(dir.resolve("ports")).doesNotExist();

    assertThat(cli.run("init", dir.resolve("other").toString(), "--name", "trip-status")).isEqualTo(2);
    assertThat(cli.err()).contains("--name 'trip-status' is not valid");
    assertThat(cli.run("init", dir.resolve("other").toString(), "--owner", "fleet")).isEqualTo(2);
    assertThat(cli.err()).contains("--owner is an e-mail address");
  }
}
