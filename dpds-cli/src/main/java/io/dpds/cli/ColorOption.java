package io.dpds.cli;

import io.dpds.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * {@code --color auto|always|never}: severities in colour in text output. {@code auto} colours only on a terminal,
 * and not when {@code NO_COLOR} is set or {@code TERM} is {@code dumb}; JSON, SARIF, JUnit and Markdown are never
 * coloured.
 */
final class ColorOption {

  private static final Pattern SEVERITY =
      Pattern.compile(": (error|breaking|blocking|warning|advisory|info|suppressed) \\[");
  private static final Map<String, String> COLOURS = Map.of(
      "error", "\u001B[31;1m", "breaking", "\u001B[31;1m", "blocking", "\u001B[31;1m", "warning", "\u001B[33m",
      "advisory", "\u001B[33m", "info", "\u001B[36m", "suppressed", "\u001B[2m");
  private static final String RESET = "\u001B[0m";

  @Option(names = "--color", paramLabel = "auto|always|never", description = "Colour severities in text output:"
      + " auto (on a terminal, unless NO_COLOR is set), always or never (default: auto).")
  String color = "auto";

  /** {@code out} colouring the severities of each line, when text output is to be coloured; else {@code out}. */
  PrintWriter wrap(PrintWriter out, ReportFormat format) {
    boolean colour = enabled(color, System.getenv(), System.console() != null) && format == ReportFormat.TEXT;
    return colour ? new PrintWriter(new Colouring(out), true) : out;
  }

  /**
   * Whether to colour: {@code always}, {@code never}, or for {@code auto} a terminal without {@code NO_COLOR} (any
   * value) and with a {@code TERM} other than {@code dumb}.
   */
  static boolean enabled(String choice, Map<String, String> environment, boolean terminal) {
    return switch (choice) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> terminal && !environment.containsKey("NO_COLOR") && !"dumb".equals(environment.get("TERM"));
      default -> throw new IllegalArgumentException("--color is auto, always or never, not '" + choice + "'");
    };
  }

  /** Colours the severity word of every line it passes on. */
  private static final class Colouring extends Writer {
    private final PrintWriter target;
    private final StringBuilder line = new StringBuilder();

    Colouring(PrintWriter target) {
      this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        line.append(chars[i]);
        if (chars[i] == '\n') {
          target.write(colour(line.toString()));
          line.setLength(0);
        }
      }
    }

    static String colour(String text) {
      Matcher m = SEVERITY.matcher(text);
      return m.find() ? text.substring(0, m.start(1)) + COLOURS.get(m.group(1)) + m.group(1) + RESET
          + text.substring(m.end(1)) : text;
    }

    @Override
    public void flush() {
      target.write(line.toString());
      line.setLength(0);
      target.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
