package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI distribution as a user installs it: dpds-VERSION.tar.gz unpacked in a folder, {@code bin/dpds} run directly
 * and through symbolic links from elsewhere, the completion script sourced in bash; the zip holds the same files.
 */
class DistributionIT {

  static final Path TARGET = DpdsJarIT.PROJECT.resolve("dpds-cli/target");
  static final List<String> FILES = List.of("bin/dpds", "bin/dpds.bat", "lib/dpds.jar", "completion/dpds.bash",
      "completion/dpds.zsh");

  @TempDir static Path installed;
  static Path home;

  record Run(int exitCode, String out) {}

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = archive(".tar.gz");
    assertThat(run(installed, "tar", "-xzf", archive.toString()).exitCode()).isZero();
    String name = archive.getFileName().toString();
    home = installed.resolve(name.substring(0, name.length() - ".tar.gz".length()));
  }

  static Path archive(String extension) throws IOException {
    try (var files = Files.list(TARGET)) {
      return files.filter(f -> f.getFileName().toString().matches("dpds-\\d.*" + extension.replace(".", "\\.")))
          .findFirst().orElseThrow(() -> new AssertionError("no dpds-VERSION" + extension + " in " + TARGET));
    }
  }

  static Run run(Path dir, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out);
  }

  @Test
  void theArchivesHoldTheLauncherTheJarAndTheCompletionScripts() throws IOException {
    for (String file : FILES) {
      assertThat(home.resolve(file)).as(file).isRegularFile();
    }
    assertThat(Files.isExecutable(home.resolve("bin/dpds"))).isTrue();
    List<String> zipped = new ArrayList<>();
    try (ZipFile zip = new ZipFile(archive(".zip").toFile())) {
      zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(zipped::add);
    }
    String base = home.getFileName() + "/";
    assertThat(zipped).containsExactlyInAnyOrderElementsOf(FILES.stream().map(f -> base + f).toList());
  }

  @Test
  void binDpdsPrintsItsVersion() throws Exception {
    Run version = run(installed, home.resolve("bin/dpds").toString(), "--version");

    assertThat(version.exitCode()).as(version.out()).isZero();
    assertThat(version.out()).startsWith("dpds ").contains("(DPDS 1.0.0)");
  }

  @Test
  void binDpdsValidatesTheSampleThroughSymbolicLinksFromAnyFolder(@TempDir Path elsewhere) throws Exception {
    Path absolute = Files.createSymbolicLink(elsewhere.resolve("dpds"), home.resolve("bin/dpds"));
    Files.createDirectories(elsewhere.resolve("tools"));
    Path relative = Files.createSymbolicLink(elsewhere.resolve("tools/dpds-cli"), Path.of("../dpds")); // a chain
    String sample = DpdsJarIT.SAMPLE.toAbsolutePath().toString();

    for (Path link : List.of(absolute, relative)) {
      Run validated = run(elsewhere, link.toString(), "validate", sample);
      assertThat(validated.exitCode()).as(link + ": " + validated.out()).isZero();
      assertThat(validated.out()).contains("valid (0 errors");
    }
  }

  @Test
  void theCompletionScriptIsSourcedInBashWithoutError() throws Exception {
    Run sourced = run(installed, "bash", "-c",
        "set -e; source '" + home.resolve("completion/dpds.bash") + "'; complete -p dpds");

    assertThat(sourced.exitCode()).as(sourced.out()).isZero();
    assertThat(sourced.out()).contains("complete").contains(" dpds");
    assertThat(home.resolve("completion/dpds.bash")).content().contains("validate", "diff", "--fail-on");
  }
}
