package io.dpds.cli;

import io.dpds.lifecycle.plan.DeploymentPlan;
import io.dpds.lifecycle.plan.PlanStep;
import io.dpds.lifecycle.plan.StepKind;
import io.dpds.load.LoadResult;
import io.dpds.report.Diagnostic;
import io.dpds.report.VisibleText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds plan FILE --stage S [--format text|json]}: the deployment plan of a descriptor for a stage. Exit 0 with
 * the plan; 1 when the descriptor has no plan for the stage (unknown stage, dependency cycle...); 2 when FILE cannot
 * be loaded (unreadable, malformed, or with a reference that cannot be resolved).
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the deployment plan of a descriptor for a stage: the steps (build, provision, meta, deploy, task) and"
          + " what each depends on.",
      "Exit codes: 0 the plan is printed; 1 there is no plan (the reasons on stderr); 2 FILE cannot be loaded."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Root document of the descriptor (JSON or YAML).")
  Path file;

  @Option(names = "--stage", paramLabel = "S", required = true, description = "The stage to deploy to.")
  String stage;

  /** The outputs of {@code dpds plan}. */
  enum Format {
    TEXT,
    JSON,
    MERMAID,
    DOT
  }

  static final class FormatChoice implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choices.choose(Format.class, value, "text, json, mermaid or dot");
    }
  }

  @Option(names = "--format", paramLabel = "text|json|mermaid|dot", converter = FormatChoice.class,
      description = "Output format (default: text); mermaid and dot draw the steps and their dependencies.")
  Format format = Format.TEXT;

  @Mixin LoaderOptions loading;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() {
    loading.use(configuration.forInput(file));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult loaded = loading.loader().load(file);
    if (loaded.resolved().isEmpty() || loaded.hasErrors()) {
      loaded.diagnostics().stream().filter(Diagnostic::isError)
          .forEach(d -> err.println(Diagnostics.compilerStyle(d, loaded.uri())));
      err.flush();
      return Main.TOOL_FAILURE;
    }
    DeploymentPlan.Result result = DeploymentPlan.of(loaded.resolved().get(), stage);
    result.diagnostics().forEach(d -> err.println(Diagnostics.compilerStyle(d, loaded.uri())));
    err.flush();
    if (result.plan().isEmpty()) {
      return Main.FINDINGS;
    }
    DeploymentPlan plan = result.plan().get();
    if (format == Format.JSON) {
      out.println(plan.toJson());
    } else if (format == Format.MERMAID) {
      out.print(Diagrams.mermaid(plan));
    } else if (format == Format.DOT) {
      out.print(Diagrams.dot(plan, stage));
    } else {
      out.println(VisibleText.of("Plan for stage " + stage + " (" + plan.steps().size() + " steps):"));
      int n = 1;
      for (PlanStep step : plan.steps()) {
        String label = step.kind() == StepKind.TASK && step.component() != null
            ? step.id() + " (" + step.component() + ")" : step.id(); // a task's id says only where it runs
        String line = String.format("%3d. %-28s %s", n++, VisibleText.of(label), step.dependsOn().isEmpty() ? ""
            : VisibleText.of("after " + String.join(", ", step.dependsOn()))); // padded as printed
        out.println(line.stripTrailing());
      }
    }
    out.flush();
    return 0;
  }
}
