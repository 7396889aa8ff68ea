package io.dpds.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.config.ProjectConfig;
import io.dpds.fix.DescriptorFixer;
import io.dpds.fix.DocumentChange;
import io.dpds.fix.Fix;
import io.dpds.fix.FixResult;
import io.dpds.fix.Undecided;
import io.dpds.load.LoadRules;
import io.dpds.report.Diagnostic;
import io.dpds.report.Reporter;
import io.dpds.report.Severity;
import io.dpds.report.SourceLocation;
import io.dpds.report.VisibleText;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds fix FILE... [--dry-run | --write] [--only RULE,...] [--skip RULE,...] [--format text|json|diff]
 * [--href-base URL] [--rename OLD=NEW]... [--fail-on LEVEL]}: the mechanical fixes of {@link DescriptorFixer}, shown
 * as unified diffs or written.
 */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description = {
      "Fixes what is mechanical in descriptors that are not valid DPDS 1.0.0 (FQN forms, #components references,"
          + " null fields, read-only fields, DRAFT shapes, the spec version), editing each document in place so that"
          + " comments, key order, quoting and untouched lines stay as they were. Lists what a person must decide"
          + " (invalid names, a missing owner, duplicate ports) with the choices; --rename OLD=NEW applies a rename"
          + " everywhere. Prints a unified diff per document by default; --write writes the files, then validates"
          + " again and prints what is left. 'dpds rules' marks the fixable rules.",
      "Exit codes: 0 nothing left at or above --fail-on; 1 findings remain; 2 the tool could not do its job."
    })
final class FixCommand implements Callable<Integer> {

  /** The outputs of {@code dpds fix}. */
  enum Format {
    TEXT,
    JSON,
    DIFF
  }

  static final class FormatChoice implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choices.choose(Format.class, value, "text, json or diff");
    }
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Root documents of descriptors (JSON or YAML).")
  List<Path> files;

  @Option(names = "--dry-run", description = "Show the fixes without writing anything (the default).")
  boolean dryRun;

  @Option(names = "--write", description = "Write the fixed documents (each atomically), then validate again.")
  boolean write;

  @Option(names = "--only", paramLabel = "RULE", split = ",", description = "Fix only the findings of these rules.")
  List<String> only = new ArrayList<>();

  @Option(names = "--skip", paramLabel = "RULE", split = ",", description = "Leave the findings of these rules.")
  List<String> skip = new ArrayList<>();

  @Option(names = "--href-base", paramLabel = "URL",
      description = "Resolve relative $href values against this absolute URL (without it they are listed).")
  URI hrefBase;

  @Option(names = "--rename", paramLabel = "OLD=NEW",
      description = "Rename the product, a port or a component, in its name and in every FQN and reference"
          + " (repeatable).")
  List<String> renames = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json|diff", converter = FormatChoice.class,
      description = "Output format (default: text: the diffs, the fixes and what is left to decide).")
  Format format = Format.TEXT;

  @Option(names = "--fail-on", paramLabel = "error|warning|info", converter = Choices.SeverityChoice.class,
      description = "The least severity of a remaining finding that makes the exit code 1 (default: the"
          + " configuration's failOn of validate, else error).")
  Severity failOn; // null: the configuration's, else ERROR

  @Mixin LoaderOptions loading;

  @Mixin ValidationOptions validation;

  @Mixin ConfigOption configuration;

  @Override
  public Integer call() throws IOException {
    if (dryRun && write) {
      throw new IllegalArgumentException("--dry-run and --write exclude each other");
    }
    Map<Optional<URI>, DescriptorFixer> fixers = new HashMap<>(); // one per configuration file
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArrayNode results = new ObjectMapper().createArrayNode();
    boolean remains = false;
    boolean failed = false;
    for (Path file : files) {
      ProjectConfig config = configuration.forInput(file.toAbsolutePath());
      FixResult result = fixers.computeIfAbsent(config.file(), f -> fixer(config)).fix(file);
      if (result.remaining().stream().anyMatch(d -> d.ruleId().equals(LoadRules.UNREADABLE.id()))) {
        result.remaining().forEach(d -> err.println(Diagnostics.compilerStyle(d, file.toAbsolutePath().toUri())));
        failed = true;
        continue;
      }
      if (write) {
        try {
          result.write();
        } catch (IOException e) {
          err.println("dpds fix: " + e.getMessage());
          failed = true;
          continue;
        }
      }
      remains |= result.remainsAtLeast(Choices.SeverityChoice.failOn(failOn, config));
      switch (format) {
        case DIFF -> result.documents().forEach(d -> out.print(d.unifiedDiff(Diagnostics.display(d.path()))));
        case TEXT -> text(file, result, out);
        case JSON -> results.add(json(file, result));
      }
    }
    if (format == Format.JSON) {
      ObjectNode root = new ObjectMapper().createObjectNode().put("formatVersion", 1).put("written", write);
      root.set("results", results);
      out.println(root.toString());
    }
    out.flush();
    return failed ? Main.TOOL_FAILURE : remains ? Main.FINDINGS : 0;
  }

  private DescriptorFixer fixer(ProjectConfig config) {
    DescriptorFixer.Builder b = DescriptorFixer.builder().only(new HashSet<>(only)).skip(new HashSet<>(skip))
        .idStrategy(validation.ids.strategy(config)).validator(validation.validator(config).build())
        .loader(loader -> loading.configure(loader, config)); // the fixer loads at each fix: this file's, not the last
    LoaderOptions.forEachMapping("--map", loading.mappings, b::mapPrefix); // the local mirrors are fixed too
    if (hrefBase != null) {
      b.hrefBase(hrefBase);
    }
    for (String rename : renames) {
      int eq = rename.indexOf('=');
      if (eq <= 0 || eq == rename.length() - 1) {
        throw new IllegalArgumentException("--rename takes OLD=NEW, not '" + rename + "'");
      }
      b.rename(rename.substring(0, eq), rename.substring(eq + 1));
    }
    return b.build();
  }

  private void text(Path file, FixResult result, PrintWriter out) {
    result.documents().forEach(d -> out.print(d.unifiedDiff(Diagnostics.display(d.path()))));
    String name = Diagnostics.display(file);
    out.println(name + ": " + result.fixes().size() + (result.fixes().size() == 1 ? " fix" : " fixes")
        + (write ? ", written" : result.fixes().isEmpty() ? "" : " (dry run: nothing written; --write writes them)"));
    for (Fix fix : result.fixes()) {
      out.println(VisibleText.of("  " + fix.location().toString(Diagnostics.HERE) + " [" + fix.ruleId() + "] "
          + fix.what()));
    }
    if (!result.undecided().isEmpty()) {
      out.println("left for you to decide:");
      for (Undecided u : result.undecided()) {
        out.println("  " + u.finding().toString(Diagnostics.HERE));
        out.println(VisibleText.of("      choices: " + u.choices()));
      }
    }
    long errors = result.remaining().stream().filter(Diagnostic::isError).count();
    out.println(result.remaining().isEmpty() ? "nothing remains: the descriptor is valid DPDS 1.0.0"
        : result.remaining().size() + " finding(s) remain, " + errors + " of them error(s) (dpds validate "
            + name + " lists them)");
  }

  private ObjectNode json(Path file, FixResult result) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode().put("file", Diagnostics.display(file));
    ArrayNode documents = node.putArray("documents");
    for (DocumentChange d : result.documents()) {
      documents.addObject().put("file", Diagnostics.display(d.path()))
          .put("diff", d.unifiedDiff(Diagnostics.display(d.path())));
    }
    ArrayNode fixes = node.putArray("fixes");
    for (Fix fix : result.fixes()) {
      ObjectNode f = fixes.addObject().put("ruleId", fix.ruleId()).put("pointer", fix.pointer())
          .put("what", fix.what());
      f.set("location", location(fix.location()));
    }
    ArrayNode undecided = node.putArray("undecided");
    for (Undecided u : result.undecided()) {
      undecided.add(Reporter.json(u.finding(), Diagnostics.HERE).put("choices", u.choices()));
    }
    ArrayNode remaining = node.putArray("remaining");
    result.remaining().forEach(d -> remaining.add(Reporter.json(d, Diagnostics.HERE)));
    return node;
  }

  private static ObjectNode location(SourceLocation at) {
    return new ObjectMapper().createObjectNode().put("uri", at.uri().toString())
        .put("path", at.displayPath(Diagnostics.HERE)).put("line", at.line()).put("column", at.column());
  }
}
