package io.dpds.cli;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import io.dpds.model.Info;
import io.dpds.report.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds doc FILE [--out DIR] [--format markdown|html]}: the data product's page in Markdown (see
 * {@link ProductPage}) or as one self-contained HTML file ({@link HtmlPage}), on standard output or as
 * {@code DIR/<name>.md} or {@code .html} ({@link #fileName}).
 */
@Command(
    name = "doc",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the data product's page in Markdown: owner, version, ports with their APIs, operations, payload fields,"
          + " SLOs and obligations, the components, and each stage's deployment plan, with Mermaid diagrams that"
          + " GitHub and GitLab render.",
      "Exit codes: 0 written; 2 FILE cannot be loaded or the page cannot be written."
    })
final class DocCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Root document of the descriptor (JSON or YAML).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write <name>.md into (default: standard"
      + " output).")
  Path outDir;

  /** The page's formats. */
  enum Format {
    MARKDOWN,
    HTML
  }

  static final class FormatChoice implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choices.choose(Format.class, value, "markdown or html");
    }
  }

  @Option(names = "--format", paramLabel = "markdown|html", converter = FormatChoice.class, description = "markdown"
      + " (default), or html: one self-contained file, the diagrams drawn by the Mermaid library inlined in it.")
  Format format = Format.MARKDOWN;

  @Mixin LoaderOptions loading;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() throws IOException {
    loading.use(configuration.forInput(file));
    DescriptorLoader.Builder b = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT);
    loading.configure(b);
    LoadResult loaded = b.build().load(file);
    PrintWriter err = spec.commandLine().getErr();
    if (loaded.resolved().isEmpty() || loaded.hasErrors()) {
      loaded.diagnostics().stream().filter(Diagnostic::isError)
          .forEach(d -> err.println(Diagnostics.compilerStyle(d, loaded.uri())));
      err.flush();
      return Main.TOOL_FAILURE;
    }
    String name = loaded.resolved().get().descriptor().info().flatMap(Info::name).orElse("product");
    String markdown = ProductPage.markdown(loaded.resolved().get());
    String page = format == Format.HTML ? HtmlPage.html(name, markdown) : markdown;
    PrintWriter out = spec.commandLine().getOut();
    if (outDir == null) {
      out.print(page);
    } else {
      Path target = outDir.resolve(fileName(name) + (format == Format.HTML ? ".html" : ".md"));
      Files.createDirectories(outDir);
      Files.writeString(target, page);
      out.println("wrote " + Diagnostics.display(target));
    }
    out.flush();
    return 0;
  }

  /**
   * {@return the page's file name for a product named {@code name}: the name, each character but ASCII letters, digits,
   * {@code -} and {@code _} written {@code _}} A valid name (letters and digits) is kept as it is; one that is no valid
   * name cannot name a file outside the folder ({@code ../../x}, {@code /etc/x}) nor a hidden one.
   */
  static String fileName(String name) {
    StringBuilder safe = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      safe.append(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '_');
    }
    return safe.isEmpty() ? "product" : safe.toString();
  }
}
