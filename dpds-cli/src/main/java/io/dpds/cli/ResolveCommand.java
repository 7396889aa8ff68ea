package io.dpds.cli;

import io.dpds.load.LoadResult;
import io.dpds.report.Diagnostic;
import io.dpds.write.DescriptorWriter;
import io.dpds.write.OutputFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds resolve FILE [--format json|yaml]}: prints the fully resolved descriptor. Exit 1 with diagnostics on
 * stderr when a reference cannot be resolved or a document is malformed; 2 when FILE cannot be read.
 */
@Command(
    name = "resolve",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the descriptor with every DPDS reference replaced by its target, and the documents behind"
          + " definitions inlined ($refs inside them and $href links are left as they are).",
      "Exit codes: 0 resolved; 1 a reference cannot be resolved or a document is malformed; 2 FILE cannot be read."
    })
final class ResolveCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The root document of the descriptor (JSON or YAML).")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "json|yaml",
      description = "Output format (default: json).",
      converter = Formats.class)
  OutputFormat format = OutputFormat.JSON;

  @Mixin LoaderOptions loading;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() {
    loading.use(configuration.forInput(file));
    LoadResult result = loading.loader().load(file);
    for (Diagnostic d : result.onePerNode(result.diagnostics())) { // a node met by several paths: once
      spec.commandLine().getErr().println(Diagnostics.compilerStyle(d, result.uri()));
    }
    if (result.rootUnreadable()) {
      return Main.TOOL_FAILURE;
    }
    if (result.hasErrors() || result.resolved().isEmpty()) {
      return Main.FINDINGS;
    }
    spec.commandLine().getOut().print(DescriptorWriter.of(format).write(result.resolved().get().tree()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
