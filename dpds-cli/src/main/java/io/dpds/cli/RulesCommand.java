package io.dpds.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dpds.report.Rule;
import io.dpds.report.RuleCatalogue;
import io.dpds.report.RuleSet;
import io.dpds.report.Suggestions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dpds rules [ID] [--format text|json|markdown]}: the rule catalogue of every module on the class path, or one
 * rule explained. Exit 0, or 2 when no rule has the id.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Lists every rule findings can name (id, default and strict severity, what it checks, how to fix), or explains"
          + " the rule ID.",
      "Exit codes: 0 listed; 2 no rule has the id, or an option is wrong."
    })
final class RulesCommand implements Callable<Integer> {

  /** The outputs of {@code dpds rules}. */
  enum Format {
    TEXT,
    JSON,
    MARKDOWN
  }

  static final class FormatChoice implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Choices.choose(Format.class, value, "text, json or markdown");
    }
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", arity = "0..1", description = "The rule to explain, e.g. fqn.charset.")
  String id;

  @Option(names = "--format", paramLabel = "text|json|markdown", converter = FormatChoice.class,
      description = "Output format (default: text).")
  Format format = Format.TEXT;

  @Override
  public Integer call() throws IOException {
    RuleCatalogue catalogue = RuleCatalogue.load();
    PrintWriter out = spec.commandLine().getOut();
    List<Rule> rules = catalogue.rules();
    if (id != null) {
      Rule rule = catalogue.find(id).orElse(null);
      if (rule == null) {
        PrintWriter err = spec.commandLine().getErr();
        String nearest = Suggestions.closest(id, rules.stream().map(Rule::id).toList())
            .map(n -> "; did you mean " + n + "?").orElse("");
        err.println("dpds: no rule has the id '" + id + "'" + nearest + " (dpds rules lists them all)");
        err.flush();
        return Main.TOOL_FAILURE;
      }
      rules = List.of(rule);
    }
    switch (format) {
      case JSON -> json(catalogue, rules, out);
      case MARKDOWN -> out.print(id == null ? catalogue.markdown() : markdown(catalogue, rules.get(0)));
      case TEXT -> text(catalogue, rules, out);
    }
    out.flush();
    return 0;
  }

  private void text(RuleCatalogue catalogue, List<Rule> rules, PrintWriter out) {
    if (id != null) {
      Rule rule = rules.get(0);
      out.println(rule.id() + " (" + severities(catalogue, rule) + ") in " + catalogue.section(rule).orElse("?"));
      out.println("  checks: " + rule.title());
      out.println("  fix:    " + rule.hint());
      catalogue.fix(rule).ifPresent(f -> out.println("  dpds fix: " + f));
      return;
    }
    for (RuleSet.Section section : catalogue.sections()) {
      out.println(section.title());
      int width = section.rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
      for (Rule rule : section.rules()) {
        out.println("  " + pad(rule.id(), width) + "  " + pad(severities(catalogue, rule), 15) + "  " + rule.title());
      }
    }
    out.println(rules.size() + " rules; dpds rules ID explains one.");
  }

  private static void json(RuleCatalogue catalogue, List<Rule> rules, PrintWriter out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeNumberField("formatVersion", 1);
      g.writeArrayFieldStart("rules");
      for (Rule rule : rules) {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("severity", rule.defaultSeverity().label());
        g.writeStringField("strictSeverity", catalogue.strictSeverity(rule).label());
        g.writeStringField("section", catalogue.section(rule).orElse(""));
        g.writeStringField("title", rule.title());
        g.writeStringField("hint", rule.hint());
        if (catalogue.fix(rule).isPresent()) {
          g.writeStringField("fix", catalogue.fix(rule).get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static String markdown(RuleCatalogue catalogue, Rule rule) {
    return "## `" + rule.id() + "`\n\n"
        + "Section: " + catalogue.section(rule).orElse("?") + ". Severity: " + severities(catalogue, rule) + ".\n\n"
        + "**What it checks.** " + rule.title() + "\n\n"
        + "**How to fix.** " + rule.hint() + "\n"
        + catalogue.fix(rule).map(f -> "\n**`dpds fix`.** " + f + ".\n").orElse("");
  }

  private static String severities(RuleCatalogue catalogue, Rule rule) {
    String strict = catalogue.strictSeverity(rule).label();
    String usual = rule.defaultSeverity().label();
    return usual.equals(strict) ? usual : usual + ", strict " + strict;
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
