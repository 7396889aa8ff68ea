package io.dpds.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product page as one self-contained HTML file: the Markdown of {@link ProductPage} turned into HTML (its own
 * subset: headings, paragraphs, lists, tables, code spans, Mermaid blocks) with the Mermaid library inlined, so the
 * page needs no network when viewed. Everything but the diagrams reads without JavaScript (a diagram's source is
 * shown until Mermaid draws it).
 */
final class HtmlPage {

  /** The Mermaid bundle the build copies from its npm package (the org.webjars.npm:mermaid jar). */
  static final String MERMAID = "/META-INF/resources/webjars/mermaid/11.6.0/dist/mermaid.min.js";

  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
      h1{border-bottom:1px solid #d0d7de}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de}
      table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
      code{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}pre.mermaid{background:#fff;text-align:center}
      """;

  /** A heading as CommonMark writes one: one to six {@code #}, then a space or the end of the line. */
  private static final Pattern HEADING = Pattern.compile("(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");

  private HtmlPage() {}

  static String html(String title, String markdown) {
    StringBuilder body = new StringBuilder();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher heading = HEADING.matcher(line);
      if (line.startsWith("```mermaid")) {
        StringBuilder diagram = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
          diagram.append(lines.get(i)).append('\n');
        }
        body.append("<pre class=\"mermaid\">").append(escape(diagram.toString())).append("</pre>\n");
      } else if (line.startsWith("|") && i + 1 < lines.size() && isDelimiterRow(lines.get(i + 1))) {
        List<String> rows = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
          rows.add(lines.get(i));
        }
        i--;
        table(rows, body);
      } else if (line.startsWith("- ")) {
        body.append("<ul>\n");
        for (; i < lines.size() && lines.get(i).startsWith("- "); i++) {
          body.append("<li>").append(inline(lines.get(i).substring(2))).append("</li>\n");
        }
        i--;
        body.append("</ul>\n");
      } else if (heading.matches()) {
        int level = heading.group(1).length();
        String text = heading.group(2) == null ? "" : inline(heading.group(2));
        body.append("<h").append(level).append('>').append(text).append("</h").append(level).append(">\n");
      } else if (!line.isBlank()) {
        body.append("<p>").append(inline(line)).append("</p>\n");
      }
    }
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
        + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n" + body + "<script>\n" + mermaid()
        + "\n</script>\n<script>mermaid.initialize({startOnLoad: true, securityLevel: 'strict'});</script>\n"
        + "</body>\n</html>\n";
  }

  /**
   * {@return whether {@code line} is the delimiter row under a table's header ({@code |---|:--:|}), each cell dashes
   * with an optional colon at either end} Without it, lines that start with '|' are text. Read cell by cell: a pattern
   * with a repeated group overflows the stack on a long row.
   */
  private static boolean isDelimiterRow(String line) {
    String row = line.strip();
    int from = row.startsWith("|") ? 1 : 0;
    int to = row.endsWith("|") && row.length() > from ? row.length() - 1 : row.length();
    if (from >= to) {
      return false;
    }
    for (String cell : row.substring(from, to).split("\\|", -1)) {
      String dashes = cell.strip();
      int start = dashes.startsWith(":") ? 1 : 0;
      int end = dashes.endsWith(":") && dashes.length() > start ? dashes.length() - 1 : dashes.length();
      if (start >= end || !dashes.substring(start, end).chars().allMatch(c -> c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** A table: its header row, the delimiter row, then its rows. */
  private static void table(List<String> rows, StringBuilder out) {
    out.append("<table>\n");
    for (int r = 0; r < rows.size(); r++) {
      if (r == 1) {
        continue;
      }
      String tag = r == 0 ? "th" : "td";
      out.append("<tr>");
      for (String cell : cells(rows.get(r))) {
        out.append('<').append(tag).append('>').append(inline(cell.strip())).append("</").append(tag).append('>');
      }
      out.append("</tr>\n");
    }
    out.append("</table>\n");
  }

  /** The cells of a table row, split at the pipes that are not escaped; a row need not end with one. */
  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < row.length(); i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (!cell.isEmpty()) {
      cells.add(cell.toString());
    }
    return cells;
  }

  /**
   * Code spans, strong emphasis ({@code **text**}), backslash escapes (a backslash before ASCII punctuation writes that
   * character as itself, as CommonMark reads it, outside code spans), and text with its angle brackets escaped (the
   * Markdown already writes them as entities, which are kept).
   */
  private static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    StringBuilder run = new StringBuilder(); // text outside code spans, backslash escapes taken away
    BitSet literal = new BitSet(); // the characters of run that a backslash escaped
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int close = c == '`' ? text.indexOf('`', i + 1) : -1;
      if (c == '\\' && i + 1 < text.length() && PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0) {
        literal.set(run.length());
        run.append(text.charAt(++i));
      } else if (close > i) {
        out.append(strong(run, literal)).append("<code>").append(escape(text.substring(i + 1, close)))
            .append("</code>");
        run.setLength(0);
        literal.clear();
        i = close;
      } else {
        run.append(c);
      }
    }
    return out.append(strong(run, literal)).toString();
  }

  /** The characters a backslash escapes in CommonMark: ASCII punctuation. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /**
   * {@return {@code text} as HTML with each {@code **text**} drawn as strong emphasis: an opening {@code **} before a
   * character that is not white space, closed by the next {@code **} after one; none of them escaped ({@code literal})}
   * One pass over the text, however many {@code **} it holds and however few close (a pattern with a lazy group would
   * read the rest of the line again at each).
   */
  private static String strong(CharSequence text, BitSet literal) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int open = delimiter(text, literal, at, true); open >= 0; open = delimiter(text, literal, at, true)) {
      int close = delimiter(text, literal, open + 3, false);
      if (close < 0) {
        break; // no later opening can be closed either: a closing one would close this one
      }
      html(text, literal, at, open, out).append("<strong>");
      html(text, literal, open + 2, close, out).append("</strong>");
      at = close + 2;
    }
    return html(text, literal, at, text.length(), out).toString();
  }

  /**
   * {@return the first {@code **}, neither of them escaped, from {@code from} that can open strong emphasis (before a
   * character that is not white space) or close it (after one), or -1}
   */
  private static int delimiter(CharSequence text, BitSet literal, int from, boolean opening) {
    for (int i = from; i + 1 < text.length(); i++) {
      if (text.charAt(i) != '*' || text.charAt(i + 1) != '*' || literal.get(i) || literal.get(i + 1)) {
        continue;
      }
      int next = opening ? i + 2 : i - 1;
      if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Appends the characters {@code from} to {@code to} of {@code text} to {@code out} as HTML: angle brackets escaped,
   * an ampersand kept (an entity the Markdown wrote) unless a backslash escaped it; {@return out}
   */
  private static StringBuilder html(CharSequence text, BitSet literal, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append(literal.get(i) ? "&amp;" : "&");
        default -> out.append(c);
      }
    }
    return out;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String mermaid() {
    try (InputStream in = HtmlPage.class.getResourceAsStream(MERMAID)) {
      if (in == null) {
        throw new IllegalStateException("the Mermaid bundle " + MERMAID + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
