package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import io.dpds.triage.Waiver;
import io.dpds.triage.WaiverFile;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The options that change what findings count: waivers, severities, rules turned off. Shared by the checks. */
final class TriageOptions {

  @Option(names = "--waivers", paramLabel = "FILE",
      description = "YAML or JSON file of waivers (rule, pointer glob, reason, optional expires date).")
  Path waivers;

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "Give a rule another severity: error, warning or info (repeatable).")
  List<String> severities = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", description = "Turn a rule off (repeatable).")
  List<String> disabled = new ArrayList<>();

  /**
   * Hands the configuration's settings, then the options (which win), to a builder's methods; a malformed
   * {@code --severity} or waiver file throws {@link IllegalArgumentException} with the reason.
   */
  void applyTo(ProjectConfig config, BiConsumer<String, Severity> severity, Consumer<String> disable,
      Consumer<List<Waiver>> waiver) {
    List<Diagnostic> problems = config.applyTriage(severity, disable, waiver);
    if (!problems.isEmpty()) {
      throw unusable(problems, config.waivers().orElseThrow().toUri());
    }
    for (String setting : severities) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--severity takes RULE=LEVEL, not '" + setting + "'");
      }
      severity.accept(setting.substring(0, eq), new Choices.SeverityChoice().convert(setting.substring(eq + 1)));
    }
    disabled.forEach(disable);
    if (waivers != null) {
      WaiverFile file = WaiverFile.read(waivers);
      if (!file.ok()) {
        throw unusable(file.problems(), file.file());
      }
      waiver.accept(file.waivers());
    }
  }

  private static IllegalArgumentException unusable(List<Diagnostic> problems, URI file) {
    return new IllegalArgumentException("the waiver file cannot be used:\n" + String.join("\n",
        problems.stream().map(d -> Diagnostics.compilerStyle(d, file)).toList()));
  }
}
