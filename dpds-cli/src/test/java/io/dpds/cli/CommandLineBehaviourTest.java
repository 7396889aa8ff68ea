package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong command line is one line with the nearest valid choice; every JSON output ends with a newline. */
class CommandLineBehaviourTest {

  static final Path SAMPLES = DpdsJarIT.PROJECT.resolve("samples");
  static final String SAMPLE = SAMPLES.resolve("trackandtrace/data-product-descriptor.yaml").toString();
  static final String NEXT = SAMPLES.resolve("trackandtrace-1.1.0/data-product-descriptor.yaml").toString();

  final Cli cli = new Cli();


  @Test
  void aMisspeltOptionIsOneLineNamingTheNearestOne() {
    assertThat(cli.run("validate", SAMPLE, "--fial-on", "error")).isEqualTo(2);
    assertThat(cli.err().strip()).isEqualTo(
        "dpds validate: unknown option '--fial-on'; did you mean '--fail-on'? (see dpds validate --help)");
    assertThat(cli.run("validate", SAMPLE, "--fial-on=error")).isEqualTo(2);
    assertThat(cli.err()).contains("unknown option '--fial-on'");
  }

  @Test
  void aMisspeltCommandIsOneLineNamingTheNearestOne() {
    assertThat(cli.run("valdiate", SAMPLE)).isEqualTo(2);
    assertThat(cli.err().strip()).isEqualTo(
        "dpds: unknown command 'valdiate'; did you mean 'validate'? (see dpds --help)");
    assertThat(cli.run("frobnicate")).isEqualTo(2);
    assertThat(cli.err().strip()).isEqualTo("dpds: unknown command 'frobnicate' (see dpds --help)");
    assertThat(cli.run("diff", SAMPLE)).isEqualTo(2);
    assertThat(cli.err().lines()).singleElement().asString().contains("'NEW'").contains("dpds diff --help");
  }

  @Test
  void aModeForAPortNeitherVersionHasExitsTwoNamingThePortsThatExist() {
    assertThat(cli.run("diff", SAMPLE, NEXT, "--mode", "outputport:nope=full")).isEqualTo(2);
    assertThat(cli.err()).contains("[compat.mode-port]", "outputport:nope", "outputport:tripStatus",
        "inputport:tripEvents");
    assertThat(cli.run("diff", SAMPLE, NEXT, "--mode", "outputport:tripStatus=full")).isZero();
  }

  @Test
  void everyJsonOutputEndsWithANewline(@TempDir Path store) {
    List<List<String>> commands = List.of(
        List.of("validate", SAMPLE, "--format", "json"),
        List.of("diff", SAMPLE, NEXT, "--format", "json"),
        List.of("policy", SAMPLE, "--policies", "builtin", "--format", "json"),
        List.of("plan", SAMPLE, "--stage", "dev", "--format", "json"),
        List.of("rules", "--format", "json"),
        List.of("rules", "fqn.charset", "--format", "json"),
        List.of("resolve", SAMPLE),
        List.of("publish", SAMPLE, "--store", store.toString(), "--format", "json"));
    for (List<String> command : commands) {
      cli.run(command.toArray(String[]::new));
      assertThat(cli.out()).as(String.join(" ", command)).startsWith("{").endsWith("}\n");
    }
  }

  @Test
  void severitiesAreColouredOnlyWhenAskedOrOnATerminalAndNeverInMachineFormats() {
    String broken = SAMPLES.resolve("trackandtrace-1.2.0-breaking/data-product-descriptor.yaml").toString();

    cli.run("diff", SAMPLE, broken, "--color", "always");
    assertThat(cli.out()).contains("\u001B[31;1mbreaking\u001B[0m [");
    cli.run("diff", SAMPLE, broken, "--color", "never");
    assertThat(cli.out()).doesNotContain("\u001B[");
    cli.run("diff", SAMPLE, broken); // auto: the tests have no terminal
    assertThat(cli.out()).doesNotContain("\u001B[");
    cli.run("diff", SAMPLE, broken, "--color", "always", "--format", "json");
    assertThat(cli.out()).doesNotContain("\u001B[");
    assertThat(cli.run("validate", SAMPLE, "--color", "sometimes")).isEqualTo(2);
    assertThat(cli.err()).contains("--color is auto, always or never");

    assertThat(ColorOption.enabled("auto", Map.of(), true)).isTrue();
    assertThat(ColorOption.enabled("auto", Map.of("NO_COLOR", ""), true)).isFalse();
    assertThat(ColorOption.enabled("auto", Map.of("TERM", "dumb"), true)).isFalse();
    assertThat(ColorOption.enabled("auto", Map.of(), false)).isFalse();
    assertThat(ColorOption.enabled("always", Map.of("NO_COLOR", "1"), false)).isTrue();
  }
}
