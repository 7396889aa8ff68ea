package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: the project configuration file. Without it, the {@code dpds.yaml} beside the command's input
 * or in a folder above it, up to the repository root, is used when there is one. Options on the command line override
 * what it says.
 */
final class ConfigOption {

  @Option(names = "--config", paramLabel = "FILE", description = "Project configuration file (default: the dpds.yaml"
      + " beside the input or in a folder above it, up to the repository root). Command-line options override it.")
  Path file;

  private final Map<Optional<Path>, ProjectConfig> read = new HashMap<>(); // each file read once a command

  /**
   * The configuration for a command whose input is {@code input}; a file with problems throws
   * {@link IllegalArgumentException} listing each at its line, so the command exits 2.
   */
  ProjectConfig forInput(Path input) {
    Optional<Path> found = file != null ? Optional.of(file) : ProjectConfig.locate(input);
    ProjectConfig config = read.computeIfAbsent(found,
        f -> f.map(file != null ? ProjectConfig::read : ProjectConfig::readFound).orElse(ProjectConfig.none()));
    if (!config.ok()) {
      throw new IllegalArgumentException("the configuration file cannot be used:\n" + String.join("\n",
          config.problems().stream().map(d -> Diagnostics.compilerStyle(d, config.file().orElseThrow())).toList()));
    }
    return config;
  }
}
