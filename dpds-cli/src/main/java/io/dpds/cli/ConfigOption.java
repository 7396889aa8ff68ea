package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import java.nio.file.Path;
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

  /**
   * The configuration for a command whose input is {@code input}; a file with problems throws
   * {@link IllegalArgumentException} listing each at its line, so the command exits 2.
   */
  ProjectConfig forInput(Path input) {
    ProjectConfig config = file != null ? ProjectConfig.read(file) : ProjectConfig.find(input);
    if (!config.ok()) {
      throw new IllegalArgumentException("the configuration file cannot be used:\n" + String.join("\n",
          config.problems().stream().map(d -> Diagnostics.compilerStyle(d, config.file().orElseThrow())).toList()));
    }
    return config;
  }
}
