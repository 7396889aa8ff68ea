package io.dpds.cli;

import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityMode;
import io.dpds.compat.PortId;
import io.dpds.config.ProjectConfig;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --mode PORT=MODE}: a port's compatibility mode, for the commands that compare versions (diff, publish). */
final class ModeOptions {

  @Option(names = "--mode", paramLabel = "PORT=MODE", description = "Judge a port (kind:name, e.g."
      + " outputport:trips) by another mode: forward, backward, full, their -transitive variants, or none"
      + " (repeatable). Defaults: input ports backward, other ports forward.")
  List<String> modes = new ArrayList<>();

  /**
   * Gives {@code checker} the modes of {@code config}, then those of the options (which win); a malformed one throws
   * {@link IllegalArgumentException} with the reason.
   */
  void applyTo(ProjectConfig config, CompatibilityChecker.Builder checker) {
    List<String> all = new ArrayList<>();
    config.modes().forEach((port, mode) -> all.add(port + "=" + mode));
    all.addAll(modes); // the command line's come last, so they win
    for (String mode : all) {
      int eq = mode.lastIndexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--mode takes PORT=MODE, e.g. outputport:trips=full, not '" + mode + "'");
      }
      checker.mode(PortId.parse(mode.substring(0, eq)), Choices.choose(CompatibilityMode.class,
          mode.substring(eq + 1), "forward, backward, full, forward-transitive, backward-transitive, full-transitive"
              + " or none"));
    }
  }
}
