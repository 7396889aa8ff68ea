package io.dpds.maven;

import io.dpds.config.ProjectConfig;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyReport;
import io.dpds.policy.PolicyRules;
import io.dpds.report.Diagnostic;
import io.dpds.report.FileReport;
import io.dpds.report.ReportFormat;
import io.dpds.report.Rule;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code dpds:policy}: evaluates the policies for the version-publication event (the CLI's {@code dpds policy});
 * writes {@code policy.sarif} and {@code policy.junit.xml}; fails the build when a blocking policy fails.
 */
@Mojo(name = "policy", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class PolicyMojo extends DescriptorMojo {

  /** Policy files or folders, or builtin (default: the configuration's policies; one of the two is required). */
  @Parameter(property = "dpds.policies")
  List<String> policies = new ArrayList<>();

  @Override
  void run(Path descriptor, ProjectConfig config) throws MojoExecutionException, MojoFailureException {
    List<String> sources = policies.isEmpty() ? config.policies() : policies;
    if (sources.isEmpty()) {
      throw new MojoExecutionException("No policies: set the plugin's <policies>, or policies: in dpds.yaml");
    }
    PolicyEngine engine = PolicyEngine.builder().discover().sources(project.getBasedir().toPath(), sources).build();
    if (!engine.problems().isEmpty()) {
      engine.problems().forEach(this::log);
      throw new MojoExecutionException("The policy files cannot be used (see the lines above)");
    }
    LoadResult loaded = loader(config).referencePositions(ReferencePositions.LENIENT).build().load(descriptor);
    if (loaded.resolved().isEmpty() || loaded.hasErrors()) {
      loaded.diagnostics().stream().filter(Diagnostic::isError).forEach(this::log);
      throw new MojoFailureException(name(descriptor) + " cannot be loaded (see the lines above)");
    }
    PolicyReport report = engine.check(PolicyInput.of(PolicyEvent.VERSION_PUBLICATION, loaded.resolved().get()));
    report.diagnostics().forEach(this::log);
    List<Rule> rules = new ArrayList<>(PolicyEngine.rules(engine.policies()));
    rules.addAll(PolicyRules.ALL);
    List<FileReport> files = List.of(new FileReport(name(descriptor), report.diagnostics(), List.of()));
    report(ReportFormat.SARIF, rules, files, "policy.sarif");
    report(ReportFormat.JUNIT, rules, files, "policy.junit.xml");
    if (report.blocked()) {
      throw new MojoFailureException(name(descriptor) + " fails a blocking policy (see the lines above)");
    }
  }
}
