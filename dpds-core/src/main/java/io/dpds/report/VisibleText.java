package io.dpds.report;

/**
 * Text quoted from a document made safe to print for a person: a descriptor's name, key or value may hold a line break
 * that would forge a line of a CI log, an escape sequence that a terminal would obey (colours, cursor moves, a window's
 * title), or a bidirectional control that shows text in another order than it is read (CVE-2021-42574). Outputs for
 * machines (JSON, SARIF, JUnit XML) escape such characters their own way and do not need this.
 */
public final class VisibleText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private VisibleText() {}

  /**
   * {@return {@code text} with each control character (U+0000 to U+001F but the tab, U+007F to U+009F), line or
   * paragraph separator (U+2028, U+2029) and bidirectional control (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
   * U+2069) written as an escape: {@code \n}, {@code \r}, else {@code \}{@code u} and four hexadecimal digits, as in
   * JSON; {@code text} itself when it has none}
   *
   * @param text the text to print
   */
  public static String of(String text) {
    int first = 0;
    while (first < text.length() && !hidden(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!hidden(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else {
        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * {@return {@code text} printable line by line: each line as {@link #of} writes it, the lines joined by {@code \n}}
   * For a text whose lines are meant (a message that lists findings, a description); a {@code \r\n} or a lone
   * {@code \r} ends a line too.
   *
   * @param text the text to print
   */
  public static String ofLines(String text) {
    return String.join("\n", text.lines().map(VisibleText::of).toList());
  }

  private static boolean hidden(char c) {
    if (c < 0x20) {
      return c != '\t';
    }
    if (c < 0x7F) {
      return false;
    }
    return c <= 0x9F || c == 0x061C || c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029
        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }
}
