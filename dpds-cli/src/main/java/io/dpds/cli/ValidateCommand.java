package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.load.Limits;
import io.dpds.load.LoadRules;
import io.dpds.load.ResourceException;
import io.dpds.load.ResourceLoader;
import io.dpds.report.FileReport;
import io.dpds.report.ReportFormat;
import io.dpds.report.Reporter;
import io.dpds.report.Severity;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Root documents of descriptors (JSON or YAML); - for"
      + " standard input (references relative to the working directory); a folder for every root descriptor below it.")
  List<String> inputs;

  private final InputStream stdin;

  ValidateCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|markdown", converter = Choices.FormatChoice.class,
      description = "Output format (default: text).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--fail-on", paramLabel = "error|warning", converter = Choices.SeverityChoice.class,
      description = "Lowest severity that makes the exit code 1 (default: error).")
  Severity failOn; // null: the configuration's, else ERROR

  @Mixin ValidationOptions validation;

  @Mixin LoaderOptions loading;

  @Mixin ColorOption colors;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() throws IOException {
    List<Path> files = Inputs.expand(inputs);
    byte[] standardInput = files.contains(Inputs.STDIN) ? readStdin() : null;
    Map<Optional<URI>, Judge> judges = new LinkedHashMap<>(); // one per configuration file: a folder may hold several
    List<FileReport> reports = new ArrayList<>();
    boolean unreadable = false;
    boolean failing = false;
    for (Path file : files) {
      ProjectConfig config = configuration.forInput(file.toAbsolutePath());
      Judge judge = judges.computeIfAbsent(config.file(), f -> judge(config, standardInput));
      ValidationReport report = file.equals(Inputs.STDIN) ? judge.validator().validate(stdinUri())
          : judge.validator().validate(file);
      unreadable |= report.resolved().isEmpty()
          && report.diagnostics().stream().anyMatch(d -> d.ruleId().equals(LoadRules.UNREADABLE.id()));
      FileReport fileReport = report.toFileReport(Diagnostics.display(file));
      failing |= fileReport.hasAtLeast(judge.threshold());
      reports.add(fileReport);
    }
    PrintWriter out = colors.wrap(spec.commandLine().getOut(), format);
    Reporter.of(format, judges.values().iterator().next().validator().rules(), Diagnostics.HERE).write(reports, out);
    out.flush();
    if (unreadable) {
      return Main.TOOL_FAILURE;
    }
    return failing ? Main.FINDINGS : 0;
  }

  /** The validator of the descriptors a configuration file governs, and the least severity that fails them. */
  private record Judge(DescriptorValidator validator, Severity threshold) {}

  private Judge judge(ProjectConfig config, byte @Nullable [] standardInput) {
    return new Judge(validator(config, standardInput), Choices.SeverityChoice.failOn(failOn, config));
  }

  private static URI stdinUri() {
    return Inputs.STDIN.toAbsolutePath().toUri();
  }

  /** Standard input, read once, up to one byte past the document size limit (the loader then says it is too large). */
  private byte[] readStdin() throws IOException {
    return stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Limits.DEFAULT.maxDocumentBytes() + 1));
  }

  /** Serves standard input, and nothing else, as the document {@code <stdin>} of the working directory. */
  private record StdinLoader(URI uri, byte[] bytes) implements ResourceLoader {
    @Override
    public boolean supports(URI requested) {
      return uri.equals(requested.normalize());
    }

    @Override
    public byte[] read(URI requested, long maxBytes) throws ResourceException {
      if (bytes.length > maxBytes) {
        throw new ResourceException(ResourceException.Kind.TOO_LARGE, "standard input is larger than the limit of "
            + maxBytes + " bytes");
      }
      return bytes.clone();
    }
  }

  private DescriptorValidator validator(ProjectConfig config, byte @Nullable [] standardInput) {
    DescriptorValidator.Builder b = validation.validator(config).loader(loader -> loading.configure(loader, config));
    if (standardInput != null) {
      b.loader(loader -> loader.loader(new StdinLoader(stdinUri(), standardInput)));
    }
    return b.build();
  }
}
