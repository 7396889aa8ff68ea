package io.dpds.cli;

import io.dpds.diag.Severity;
import io.dpds.load.LoadRules;
import io.dpds.report.FileReport;
import io.dpds.report.ReportFormat;
import io.dpds.report.Reporter;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.Profile;
import io.dpds.validation.ValidationReport;
import io.dpds.validation.Waiver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code dpds validate FILE... [--format text|json|sarif|junit|markdown] [--profile default|strict]
 * [--fail-on error|warning]}: validates each descriptor and reports every finding. Exit 0 when nothing is at or above
 * the fail-on level, 1 when something is, 2 when a file cannot be read or the options are wrong.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates descriptors against DPDS 1.0.0: syntax, references, the JSON Schema and every rule of the"
          + " catalogue (docs/rules.md). Findings point at file:line:column and at the JSON pointer in the resolved"
          + " descriptor.",
      "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a FILE cannot be read or an option"
          + " is wrong."
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Root documents of descriptors (JSON or YAML).")
  List<Path> files;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|markdown", converter = FormatChoice.class,
      description = "Output format (default: text).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--profile", paramLabel = "default|strict", converter = ProfileChoice.class,
      description = "default: the spec as its examples use it; strict: the letter of the spec (default: default).")
  Profile profile = Profile.DEFAULT;

  @Option(names = "--fail-on", paramLabel = "error|warning", converter = SeverityChoice.class,
      description = "Lowest severity that makes the exit code 1 (default: error).")
  Severity failOn = Severity.ERROR;

  @Option(names = "--waivers", paramLabel = "FILE",
      description = "YAML or JSON file of waivers (rule, pointer glob, reason, optional expires date).")
  Path waivers;

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "Give a rule another severity: error, warning or info (repeatable).")
  List<String> severities = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", description = "Turn a rule off (repeatable).")
  List<String> disabled = new ArrayList<>();

  @Mixin LoaderOptions loading;

  @Override
  public Integer call() throws IOException {
    DescriptorValidator validator = validator();
    List<FileReport> reports = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      ValidationReport report = validator.validate(file);
      unreadable |= report.resolved().isEmpty()
          && report.diagnostics().stream().anyMatch(d -> d.ruleId().equals(LoadRules.UNREADABLE.id()));
      reports.add(report.toFileReport(file.toString()));
    }
    PrintWriter out = spec.commandLine().getOut();
    Reporter.of(format, validator.rules(), Path.of("")).write(reports, out);
    out.flush();
    if (unreadable) {
      return Main.TOOL_FAILURE;
    }
    return reports.stream().anyMatch(r -> r.hasAtLeast(failOn)) ? Main.FINDINGS : 0;
  }

  private DescriptorValidator validator() {
    DescriptorValidator.Builder b = DescriptorValidator.builder().profile(profile).loader(loading::configure);
    for (String setting : severities) {
      int eq = setting.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--severity takes RULE=LEVEL, not '" + setting + "'");
      }
      b.severity(setting.substring(0, eq), new SeverityChoice().convert(setting.substring(eq + 1)));
    }
    disabled.forEach(b::disable);
    if (waivers != null) {
      b.waivers(Waiver.read(waivers));
    }
    return b.discoverChecks().build();
  }

  private static <E extends Enum<E>> E choose(Class<E> type, String value, String expected) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("expected " + expected + ", not '" + value + "'");
    }
  }

  static final class FormatChoice implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return choose(ReportFormat.class, value, "text, json, sarif, junit or markdown");
    }
  }

  static final class ProfileChoice implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      return choose(Profile.class, value, "default or strict");
    }
  }

  static final class SeverityChoice implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return choose(Severity.class, value, "error, warning or info");
    }
  }
}
