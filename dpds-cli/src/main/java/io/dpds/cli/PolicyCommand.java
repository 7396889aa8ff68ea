package io.dpds.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dpds.config.ProjectConfig;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyReport;
import io.dpds.policy.PolicyRules;
import io.dpds.report.Diagnostic;
import io.dpds.report.FileReport;
import io.dpds.report.ReportFormat;
import io.dpds.report.Reporter;
import io.dpds.report.Rule;
import io.dpds.report.VisibleText;
import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyViolation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code dpds policy FILE --policies PATH|builtin [--format text|json|sarif|junit|markdown] [--event EVENT]}: runs
 * governance policies on a descriptor. Exit 0 when no blocking policy failed, 1 when one did, 2 when a policy file or
 * the descriptor cannot be used.
 */
@Command(
    name = "policy",
    mixinStandardHelpOptions = true,
    description = {
      "Runs governance policies on a descriptor: declarative policy files (docs/policies.md) or the built-in pack.",
      "Exit codes: 0 no blocking policy failed; 1 a blocking policy failed; 2 a policy file or FILE cannot be used"
          + " (its problems on stderr) or an option is wrong."
    })
final class PolicyCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Root document of the descriptor (JSON or YAML).")
  Path file;

  @Option(names = "--policies", paramLabel = "PATH|builtin",
      description = "A policy file, a folder of policy files, or builtin for the built-in pack (default: the"
          + " configuration file's policies; one of the two is required).")
  String policies;

  @Option(names = "--format", paramLabel = "text|json|sarif|junit|markdown", converter = Choices.FormatChoice.class,
      description = "Output format (default: text).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = "--event", paramLabel = "EVENT", converter = EventChoice.class,
      description = "The event policies are evaluated for (default: version-publication).")
  PolicyEvent event = PolicyEvent.VERSION_PUBLICATION;

  @Mixin LoaderOptions loading;

  @Mixin ColorOption colors;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() throws IOException {
    ProjectConfig config = configuration.forInput(file);
    loading.use(config);
    List<String> sources = policies != null ? List.of(policies) : config.policies();
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("--policies is required (PATH or builtin), or policies: in the"
          + " configuration file");
    }
    PolicyEngine engine = PolicyEngine.builder().sources(Diagnostics.HERE, sources).build();
    PrintWriter err = spec.commandLine().getErr();
    if (!engine.problems().isEmpty()) {
      engine.problems().forEach(d -> err.println(d.toString(Diagnostics.HERE)));
      err.flush();
      return Main.TOOL_FAILURE;
    }
    DescriptorLoader.Builder descriptors = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT);
    loading.configure(descriptors);
    LoadResult loaded = descriptors.build().load(file);
    if (loaded.resolved().isEmpty() || loaded.hasErrors()) {
      loaded.diagnostics().stream().filter(Diagnostic::isError)
          .forEach(d -> err.println(Diagnostics.compilerStyle(d, loaded.uri())));
      err.flush();
      return Main.TOOL_FAILURE;
    }
    PolicyReport report = engine.check(PolicyInput.of(event, loaded.resolved().get()));
    PrintWriter out = colors.wrap(spec.commandLine().getOut(), format);
    Map<String, Policy> byId = engine.policies().stream().collect(Collectors.toMap(Policy::id, Function.identity()));
    switch (format) {
      case TEXT -> text(report, byId, out);
      case JSON -> json(report, out);
      default -> reported(report, engine, byId, out);
    }
    out.flush();
    return report.blocked() ? Main.FINDINGS : 0;
  }

  private void json(PolicyReport report, PrintWriter out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", 1);
      g.writeStringField("file", Diagnostics.display(file));
      g.writeStringField("event", event.label());
      g.writeArrayFieldStart("results");
      for (PolicyResult result : report.results()) {
        g.writeStartObject();
        g.writeStringField("policy", result.policyId());
        g.writeBooleanField("blocking", result.blocking());
        g.writeBooleanField("passed", result.passed());
        g.writeArrayFieldStart("violations");
        for (PolicyViolation v : result.violations()) {
          g.writeStartObject();
          g.writeStringField("pointer", v.pointer());
          g.writeStringField("message", v.text());
          if (v.location() != null) {
            g.writeObjectFieldStart("location");
            g.writeStringField("uri", v.location().uri().toString());
            g.writeStringField("path", v.location().displayPath(Diagnostics.HERE));
            g.writeNumberField("line", v.location().line());
            g.writeNumberField("column", v.location().column());
            g.writeEndObject();
          } else {
            g.writeNullField("location");
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  /** SARIF, JUnit XML or Markdown through the shared reporters: each violation a finding of its policy. */
  private void reported(PolicyReport report, PolicyEngine engine, Map<String, Policy> policies, PrintWriter out)
      throws IOException {
    List<Diagnostic> findings = report.diagnostics().stream().map(d -> {
      Policy policy = policies.get(d.ruleId());
      return policy == null || policy.hint().isEmpty() ? d : d.toBuilder().hint(policy.hint()).build();
    }).toList();
    List<Rule> rules = new ArrayList<>(PolicyEngine.rules(engine.policies()));
    rules.addAll(PolicyRules.ALL);
    Reporter.of(format, rules, Diagnostics.HERE)
        .write(List.of(new FileReport(Diagnostics.display(file), findings, List.of())), out);
  }

  private void text(PolicyReport report, Map<String, Policy> policies, PrintWriter out) {
    for (PolicyResult result : report.failures()) {
      String kind = result.blocking() ? "blocking" : "advisory";
      for (PolicyViolation v : result.violations()) {
        String where = v.location() != null ? v.location().toString(Diagnostics.HERE)
            : Diagnostics.display(file) + "#" + v.pointer();
        out.println(VisibleText.of(where + ": " + kind + " [" + result.policyId() + "] " + v.text()));
      }
      Policy policy = policies.get(result.policyId());
      if (policy != null && !policy.hint().isEmpty()) {
        out.println(VisibleText.of("    hint: " + policy.hint()));
      }
    }
    long failed = report.failures().size();
    long blocking = report.results().stream().filter(PolicyResult::blocks).count();
    out.println(VisibleText.of(Diagnostics.display(file)) + ": " + report.results().size() + " policies, "
        + (report.results().size() - failed) + " passed, " + failed + " failed (" + blocking + " blocking)");
  }

  static final class EventChoice implements ITypeConverter<PolicyEvent> {
    @Override
    public PolicyEvent convert(String value) {
      return PolicyEvent.fromLabel(value).orElseThrow(() -> new TypeConversionException("expected one of "
          + java.util.Arrays.stream(PolicyEvent.values()).map(PolicyEvent::label).toList() + ", not '" + value
          + "'"));
    }
  }
}
