package io.dpds.cli;

import io.dpds.load.LoadResult;
import io.dpds.load.Pointers;
import io.dpds.load.ReferencePositions;
import io.dpds.load.ReferenceSite;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.Diagnostic;
import io.dpds.validation.ValidationRules;
import io.dpds.write.DescriptorWriter;
import io.dpds.write.OutputFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds resolve FILE [--format json|yaml]}: prints the fully resolved descriptor. Exit 1 with diagnostics on
 * stderr when a reference cannot be resolved or a document is malformed; 2 when FILE cannot be read. References are
 * followed where {@code validate} and {@code diff} follow them: also in the Standard-Definition fields of promises,
 * expectations and obligations ({@code api: {$ref: '#/components/apis/...'}}), each such one with a
 * {@code ref.position} warning, since the spec allows none there.
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
    LoadResult result = loading.loader(ReferencePositions.LENIENT).load(file);
    List<Diagnostic> found = new ArrayList<>(result.diagnostics());
    result.resolved().map(ResolvedDescriptor::references).orElse(List.of()).stream()
        .filter(site -> !site.specPosition() && !site.ref().isBlank())
        .map(ResolveCommand::followedLeniently)
        .forEach(found::add);
    for (Diagnostic d : result.onePerNode(found)) { // a node met by several paths: once
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

  private static Diagnostic followedLeniently(ReferenceSite site) {
    return Diagnostic.builder(ValidationRules.REF_POSITION).pointer(site.pointer())
        .location(site.sourceLocation().orElse(null))
        .message("'" + site.ref() + "' was resolved, as validate and diff read it, though the spec allows no Reference"
            + " Object in '" + Pointers.last(site.pointer()) + "'")
        .build();
  }
}
