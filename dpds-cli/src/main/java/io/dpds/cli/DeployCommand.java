package io.dpds.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.GateResult;
import io.dpds.lifecycle.LifecycleRules;
import io.dpds.lifecycle.RegistryService;
import io.dpds.policy.PolicyEngine;
import io.dpds.report.Diagnostic;
import io.dpds.report.Reporter;
import io.dpds.report.VisibleText;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds deploy FQN VERSION --stage S --store DIR}: the Deployment Service with the adapters found on the class
 * path. Exit 0 deployed; 1 failed or refused (after compensation); 2 the tool could not do its job.
 */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Deploys a published version to a stage with the adapters found on the class path (ServiceLoader), printing"
          + " progress: build, provision, metadata, deploy, then the stage's lifecycle tasks; completed steps are"
          + " undone when a later one fails. Secrets for the adapters come from DPDS_SECRET_* environment variables.",
      "Exit codes: 0 deployed; 1 failed or refused (after compensation); 2 the tool could not do its job (store,"
          + " policy files or adapters missing)."
    })
final class DeployCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FQN", description = "The product's fully qualified name.")
  String fqn;

  @Parameters(index = "1", paramLabel = "VERSION", description = "The published version to deploy.")
  String version;

  @Option(names = "--stage", paramLabel = "S", required = true, description = "The stage to deploy to.")
  String stage;

  @Option(names = "--request-id", paramLabel = "ID",
      description = "Makes the request idempotent: the same id again returns the same deployment (default: new).")
  String requestId;

  @Option(names = "--resume", description = "First continue the deployments of this version a stopped run left in"
      + " the store (not those another live run holds).")
  boolean resume;

  @Option(names = "--step-timeout", paramLabel = "DURATION",
      description = "How long one attempt of a step may take, ISO-8601 (default: PT30M).")
  Duration stepTimeout = Duration.ofMinutes(30);

  @Option(names = "--format", paramLabel = "text|json", converter = Choices.TextOrJsonChoice.class,
      description = "Output format (default: text, with progress).")
  Choices.TextOrJson format = Choices.TextOrJson.TEXT;

  @Mixin LifecycleOptions lifecycle;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() {
    lifecycle.use(configuration.forInput(Path.of("")));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolicyEngine policies = lifecycle.policies(err);
    if (policies == null) {
      return Main.TOOL_FAILURE;
    }
    Secrets secrets = LifecycleOptions.secrets(System.getenv());
    DeploymentService deployer;
    try {
      LifecycleStore store = lifecycle.existingStore(); // nothing to deploy from a store that is not there
      DeploymentService.Builder b = DeploymentService.builder().store(store)
          .registry(RegistryService.builder().store(store).build()).policies(policies).discoverAdapters()
          .stepTimeout(stepTimeout);
      if (format == Choices.TextOrJson.TEXT) {
        b.listener(new Progress(out, Clock.systemUTC()));
      }
      deployer = b.build();
    } catch (StoreException e) {
      err.println("dpds: " + e.getMessage());
      return Main.TOOL_FAILURE;
    }
    if (resume) {
      deployer.resume(fqn, version, secrets);
    }
    DeploymentReport report = deployer.deploy(new DeployRequest(fqn, version, stage,
        requestId != null ? requestId : UUID.randomUUID().toString(), secrets));
    out.flush(); // the progress so far, then why it ended so, then how it ended
    URI where = where(fqn + "@" + version);
    report.problems().forEach(d -> err.println(Diagnostics.compilerStyle(d, where)));
    err.flush();
    if (format == Choices.TextOrJson.JSON) {
      out.println(json(report));
    } else {
      text(report, out);
    }
    out.flush();
    if (report.succeeded()) {
      return 0;
    }
    List<String> toolFailures = List.of(LifecycleRules.ADAPTER_MISSING.id(), LifecycleRules.STORE_FAILED.id(),
        LifecycleRules.INTERNAL.id());
    return report.problems().stream().map(Diagnostic::ruleId).anyMatch(toolFailures::contains)
        ? Main.TOOL_FAILURE : Main.FINDINGS;
  }

  /** The URI findings about the deployment are located at: {@code dpds:FQN@VERSION}, quoted as a URI needs. */
  private static URI where(String deployment) {
    try {
      return new URI("dpds", deployment, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a scheme and a quoted part always make a URI", e);
    }
  }

  private void text(DeploymentReport report, PrintWriter out) {
    String state = report.state().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("refused");
    boolean elsewhere = report.repeated() && report.state().map(s -> !s.ended()).orElse(false);
    String how = elsewhere ? "running in another process; nothing was run here"
        : report.repeated() ? state + ", as recorded for this request id before; nothing was run again" : state;
    out.println(VisibleText.of(fqn + " " + version + " to " + stage + ": " + how + " (deployment "
        + report.deploymentId() + ")"));
    report.steps().forEach((id, s) ->
        out.printf("    %-28s %s%n", VisibleText.of(id), s.name().toLowerCase(Locale.ROOT)));
  }

  private static String json(DeploymentReport report) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("formatVersion", 1);
    json.put("deployment", report.deploymentId());
    json.put("state", report.state().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse(null));
    json.put("repeated", report.repeated());
    ArrayNode steps = json.putArray("steps");
    report.steps().forEach((id, s) -> steps.addObject().put("id", id).put("state", s.name().toLowerCase(Locale.ROOT)));
    ArrayNode gates = json.putArray("gates");
    for (GateResult gate : report.gates()) {
      ArrayNode findings = gates.addObject().put("gate", gate.gate()).put("passed", gate.passed())
          .putArray("findings");
      gate.findings().forEach(d -> findings.add(Reporter.json(d, Diagnostics.HERE)));
    }
    ArrayNode problems = json.putArray("problems");
    report.problems().forEach(d -> problems.add(Reporter.json(d, Diagnostics.HERE)));
    return json.toString();
  }
}
