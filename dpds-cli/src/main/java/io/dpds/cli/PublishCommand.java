package io.dpds.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.compat.CompatibilityChecker;
import io.dpds.config.ProjectConfig;
import io.dpds.lifecycle.GateResult;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.policy.PolicyEngine;
import io.dpds.report.Diagnostic;
import io.dpds.report.Reporter;
import io.dpds.report.VisibleText;
import io.dpds.spi.store.StoreException;
import io.dpds.validation.DescriptorValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds publish FILE --store DIR [--dry-run]}: the Registry Service on FILE. Exit 0 stored (or already stored
 * with the same content, or would be stored in a dry run); 1 refused by a gate; 2 the tool could not do its job.
 */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes a descriptor version into the registry in DIR: load -> validate -> compatibility against the latest"
          + " earlier version -> policies -> store -> metadata (a MetaService found on the class path).",
      "Exit codes: 0 stored (or already stored with identical content, or --dry-run passed); 1 refused by a gate"
          + " (invalid, undeclared breaking change, blocking policy, same version with other content); 2 the tool"
          + " could not do its job."
    })
final class PublishCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Root document of the descriptor (JSON or YAML).")
  Path file;

  @Option(names = "--dry-run", description = "Run every gate; store nothing.")
  boolean dryRun;

  @Option(names = "--format", paramLabel = "text|json", converter = Choices.TextOrJsonChoice.class,
      description = "Output format (default: text, with progress).")
  Choices.TextOrJson format = Choices.TextOrJson.TEXT;

  @Mixin LifecycleOptions lifecycle;

  @Mixin LoaderOptions loading;

  @Mixin ValidationOptions validation;

  @Mixin ModeOptions modes;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() {
    ProjectConfig config = configuration.forInput(file);
    loading.use(config);
    lifecycle.use(config);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DescriptorValidator validator = validation.validator(config).build();
    CompatibilityChecker.Builder checker = CompatibilityChecker.builder();
    validation.triage.applyTo(config, checker::severity, checker::disable, checker::waivers);
    modes.applyTo(config, checker);
    PolicyEngine policies = lifecycle.policies(err);
    if (policies == null) {
      return Main.TOOL_FAILURE;
    }
    RegistryService.Builder registry;
    try {
      registry = RegistryService.builder().store(dryRun ? lifecycle.existingStore() : lifecycle.store())
          .loader(loading.loader(validation.profile(config).referencePositions())) // as validate reads it
          .validator(validator).checker(checker.build()).policies(policies)
          .discoverMeta().secrets(LifecycleOptions.secrets(System.getenv()));
    } catch (StoreException e) {
      err.println("dpds: " + e.getMessage());
      return Main.TOOL_FAILURE;
    }
    if (format == Choices.TextOrJson.TEXT) {
      registry.listener(new Progress(out, Clock.systemUTC()));
    }
    PublishReport report = registry.build().publish(file, dryRun);
    out.flush(); // the progress so far, then why the tool could not do its job, then how it ended
    report.problems().forEach(d -> err.println(Diagnostics.compilerStyle(d, file.toUri())));
    err.flush();
    if (format == Choices.TextOrJson.JSON) {
      out.println(json(report));
    } else {
      text(report, out);
    }
    out.flush();
    return switch (report.outcome()) {
      case STORED, ALREADY_STORED, WOULD_STORE -> 0;
      case REFUSED -> Main.FINDINGS;
      case FAILED -> Main.TOOL_FAILURE;
    };
  }

  private void text(PublishReport report, PrintWriter out) {
    for (GateResult gate : report.gates()) {
      for (Diagnostic d : gate.findings()) {
        out.println("    " + Diagnostics.compilerStyle(d, file.toUri()));
        d.hint().filter(h -> d.isError()).ifPresent(h -> out.println(VisibleText.of("        hint: " + h)));
      }
    }
    String what = switch (report.outcome()) {
      case STORED -> "published";
      case ALREADY_STORED -> "already published with the same content";
      case WOULD_STORE -> "would be published (dry run)";
      case REFUSED -> "refused by the " + report.refusedBy().map(GateResult::gate).orElse("?") + " gate";
      case FAILED -> "not published: the registry could not do its job";
    };
    out.println(VisibleText.of(Diagnostics.display(file) + ": " + report.published().map(p -> p.fqn() + " "
        + p.version() + " ").orElse("") + what + report.previousVersion().map(v -> " (compared with " + v + ")")
        .orElse("")));
  }

  private String json(PublishReport report) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode();
    json.put("formatVersion", 1);
    json.put("file", Diagnostics.display(file));
    json.put("outcome", report.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.put("product", report.published().map(PublishReport.Published::fqn).orElse(null));
    json.put("version", report.published().map(PublishReport.Published::version).orElse(null));
    json.put("previousVersion", report.previousVersion().orElse(null));
    ArrayNode gates = json.putArray("gates");
    for (GateResult gate : report.gates()) {
      ObjectNode g = gates.addObject();
      g.put("gate", gate.gate());
      g.put("passed", gate.passed());
      ArrayNode findings = g.putArray("findings");
      gate.findings().forEach(d -> findings.add(Reporter.json(d, Diagnostics.HERE)));
    }
    ArrayNode problems = json.putArray("problems");
    report.problems().forEach(d -> problems.add(Reporter.json(d, Diagnostics.HERE)));
    return json.toString();
  }
}
