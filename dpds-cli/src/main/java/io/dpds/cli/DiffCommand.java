package io.dpds.cli;

import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityReport;
import io.dpds.compat.CompatibilityReporter;
import io.dpds.config.ProjectConfig;
import io.dpds.report.Diagnostic;
import io.dpds.report.ReportFormat;
import io.dpds.report.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds diff OLD NEW [--format text|json|sarif|junit|markdown] [--fail-on version|breaking|warning]
 * [--old-map PREFIX=DIR] [--new-map PREFIX=DIR]}: what the new version changes for the consumers and producers of
 * the old one, and whether its versions say so.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two versions of a descriptor: ports matched by kind and name, every change judged breaking, warning"
          + " or info for the port's consumers (output ports) or producers (input ports), and the DPDS version rules"
          + " (docs/rules.md, section Compatibility). Markdown output is a changelog for people.",
      "Exit codes: 0 nothing at or above --fail-on; 1 something is (version: the versions do not say what changed;"
          + " breaking: a breaking change; warning: a breaking change or a warning); 2 OLD or NEW cannot be loaded"
          + " (its errors on stderr) or an option is wrong."
    })
final class DiffCommand implements Callable<Integer> {

  /** What makes the exit code 1. */
  enum FailOn {
    VERSION,
    BREAKING,
    WARNING
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "Root document of the earlier version.")
  Path old;

  @Parameters(index = "1", paramLabel = "NEW", description = "Root document of the new version.")
  Path now;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|markdown", converter = Choices.FormatChoice.class,
      description = "Output format (default: text).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--fail-on", paramLabel = "version|breaking|warning", converter = FailOnChoice.class,
      description = "What makes the exit code 1 (default: version).")
  FailOn failOn; // null: the configuration's, else VERSION

  @Mixin ModeOptions modes;

  @Option(names = "--old-map", paramLabel = "PREFIX=DIR", description = "Like --map, for OLD only; asked before the"
      + " --map mappings (repeatable). Compares two snapshots whose absolute references share a prefix.")
  List<String> oldMappings = new ArrayList<>();

  @Option(names = "--new-map", paramLabel = "PREFIX=DIR", description = "Like --map, for NEW only; asked before the"
      + " --map mappings (repeatable).")
  List<String> newMappings = new ArrayList<>();

  @Mixin TriageOptions triage;

  @Mixin LoaderOptions loading;

  @Mixin ColorOption colors;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() throws IOException {
    ProjectConfig config = configuration.forInput(now);
    loading.use(config);
    FailOn threshold = failOn != null ? failOn
        : config.failOn("diff").map(new FailOnChoice()::convert).orElse(FailOn.VERSION);
    CompatibilityChecker.Builder b = CompatibilityChecker.builder()
        .oldLoader(loader -> {
          LoaderOptions.mapPrefixes(loader, "--old-map", oldMappings);
          loading.configure(loader);
        })
        .newLoader(loader -> {
          LoaderOptions.mapPrefixes(loader, "--new-map", newMappings);
          loading.configure(loader);
        });
    triage.applyTo(config, b::severity, b::disable, b::waivers);
    modes.applyTo(config, b);
    CompatibilityReport report = b.build().check(old, now);
    if (!report.comparable()) {
      PrintWriter err = spec.commandLine().getErr();
      for (Diagnostic d : report.inputProblems()) {
        err.println(Diagnostics.compilerStyle(d, report.inputOf(d)));
      }
      err.flush();
      return Main.TOOL_FAILURE;
    }
    PrintWriter out = colors.wrap(spec.commandLine().getOut(), format);
    new CompatibilityReporter(format, Diagnostics.HERE).write(report, Diagnostics.display(old),
        Diagnostics.display(now), out);
    out.flush();
    boolean fails = switch (threshold) {
      case VERSION -> !report.versionOk();
      case BREAKING -> !report.compatible();
      case WARNING -> report.hasChangeOfAtLeast(Severity.WARNING);
    };
    return fails ? Main.FINDINGS : 0;
  }

  static final class FailOnChoice implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      return Choices.choose(FailOn.class, value, "version, breaking or warning");
    }
  }
}
