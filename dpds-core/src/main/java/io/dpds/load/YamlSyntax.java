package io.dpds.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What SnakeYAML says of malformed YAML, said in YAML's own terms for the mistakes people make most: a tab in the
 * indentation, a value that starts with a reserved character, {@code ': '} in a value without quotes, a line indented
 * unlike its block, a list, mapping or quoted value not closed, a bracket that closes nothing. Any other problem is
 * told as SnakeYAML words it.
 */
final class YamlSyntax {

  private static final Pattern CANNOT_START =
      Pattern.compile("found character '(.*)' that cannot start any token\\..*");

  private YamlSyntax() {}

  /**
   * {@return the finding for SnakeYAML's {@code problem}, followed by its {@code context} (may be empty), which begins
   * at {@code start} ({@code 3:9}; null without a context)}
   */
  static SyntaxFinding explain(String problem, String context, @Nullable String start) {
    if (start != null && problem.startsWith("expected ',' or ']'")) {
      return new SyntaxFinding("the list opened with '[' at " + start + " is not closed: ',' or ']' expected",
          "Close the list with ']', or separate its items with ','.");
    }
    if (start != null && problem.startsWith("expected ',' or '}'")) {
      return new SyntaxFinding("the mapping opened with '{' at " + start + " is not closed: ',' or '}' expected",
          "Close the mapping with '}', or separate its entries with ','.");
    }
    if (start != null && problem.equals("found unexpected end of stream") && context.contains("quoted scalar")) {
      return new SyntaxFinding("the quoted value opened at " + start + " is not closed",
          "End the value with the quote it starts with.");
    }
    Matcher reserved = CANNOT_START.matcher(problem);
    if (reserved.matches() && reserved.group(1).startsWith("\\t")) {
      return new SyntaxFinding("a tab, which YAML does not allow in indentation" + context,
          "Indent with spaces only.");
    }
    if (reserved.matches()) {
      String c = reserved.group(1);
      return new SyntaxFinding("'" + c + "' is reserved in YAML and cannot start a value without quotes" + context,
          "Put the value in quotes.");
    }
    if (problem.equals("mapping values are not allowed here")) {
      return new SyntaxFinding("': ' where no key can be: in a value without quotes, or after a key indented under a"
          + " value" + context, "Quote a value that holds ': ' (a: \"b: c\"), or indent the key as the other keys"
          + " of its mapping.");
    }
    if (problem.matches("expected <block end>, but found '[]}]'")) {
      char c = problem.charAt(problem.length() - 2);
      return new SyntaxFinding("'" + c + "' closes nothing: no '" + (c == ']' ? '[' : '{') + "' is open here",
          "Remove it, or open the " + (c == ']' ? "list" : "mapping") + " where it starts.");
    }
    if (problem.startsWith("expected <block end>, but found")) {
      return new SyntaxFinding("this line does not continue the block it is in: it is indented differently, or mixes"
          + " keys and list items" + context, "Indent the line with as many spaces as the other keys or items of"
          + " its block.");
    }
    return new SyntaxFinding(problem + context, null);
  }
}
