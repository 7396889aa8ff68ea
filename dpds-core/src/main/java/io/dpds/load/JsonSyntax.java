package io.dpds.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jackson's parser says of malformed JSON, said in JSON's own terms: the mistakes people make most (a comment,
 * single quotes, a name without quotes, a trailing comma, {@code NaN}, a leading {@code +} or zero) are named with how
 * to write them, and no message tells the reader to enable a feature of a parser they do not configure.
 */
final class JsonSyntax {

  /** The character Jackson names: {@code Unexpected character ('}' (code 125))}. */
  private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)");
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
  /** Jackson's advice to turn on one of its features, which a descriptor's author cannot and should not do. */
  private static final Pattern FEATURE_ADVICE = Pattern.compile(
      ": enable `[^`]*` to allow|\\s*\\(not recognized as one since Feature '[^']*' not enabled for parser\\)"
          + "|\\s*\\(to accept it, enable [^)]*\\)");

  private JsonSyntax() {}

  /**
   * {@return the finding for Jackson's {@code message} about the document {@code bytes}, whose mistake Jackson located
   * at byte {@code offset} (-1 when unknown)}
   */
  static SyntaxFinding explain(String message, byte[] bytes, long offset) {
    Matcher token = NON_STANDARD.matcher(message);
    if (token.lookingAt()) {
      return new SyntaxFinding("'" + token.group(1) + "' is not a JSON number",
          "Write a number, or the text in double quotes (\"" + token.group(1) + "\").");
    }
    if (message.contains("maybe a (non-standard) comment")) {
      return comment();
    }
    if (message.contains("numbers to have plus signs")) {
      return new SyntaxFinding("a number with a '+' sign, which JSON numbers do not have", "Remove the '+'.");
    }
    if (message.contains("Leading zeroes not allowed")) {
      return new SyntaxFinding("a number with a leading zero, which JSON numbers do not have",
          "Remove the leading zeros, or write the value in double quotes if it is text (\"012\").");
    }
    Matcher unexpected = UNEXPECTED.matcher(message);
    if (unexpected.lookingAt() && offset >= 0) {
      char c = unexpected.group(1).charAt(0);
      if (c == '#') {
        return comment();
      }
      if (c == '\'') {
        return new SyntaxFinding("a single quote: JSON writes names and strings in double quotes",
            "Write \"name\" and \"text\", not 'name' and 'text'.");
      }
      if ((c == '}' || c == ']') && before(bytes, at(bytes, offset, c)) == ',') {
        return new SyntaxFinding("a comma before '" + c + "': JSON has no comma after the last "
            + (c == '}' ? "member" : "item"), "Remove the comma.");
      }
      if (message.contains("double-quote to start field name") && (Character.isLetter(c) || c == '_' || c == '$')) {
        return new SyntaxFinding("a name without quotes: JSON writes names in double quotes",
            "Write the name in double quotes (\"name\": ...).");
      }
      if (message.contains("was expecting comma to separate") && startsAValue(bytes, at(bytes, offset, c))) {
        return new SyntaxFinding("no comma before '" + c + "': JSON separates "
            + (message.contains("Object") ? "members" : "items") + " with commas", "Add the comma.");
      }
    }
    return new SyntaxFinding(FEATURE_ADVICE.matcher(message).replaceAll(""), null);
  }

  private static SyntaxFinding comment() {
    return new SyntaxFinding("a comment, which JSON does not have",
        "Remove the comment, or write the descriptor in YAML, where comments start with '#'.");
  }

  /** {@return the offset of {@code c}: at {@code offset} or the byte before it, where Jackson stopped after it} */
  private static int at(byte[] bytes, long offset, char c) {
    int i = (int) Math.min(offset, bytes.length);
    return i > 0 && bytes[i - 1] == c ? i - 1 : i;
  }

  /**
   * {@return whether the character at {@code i} starts a value of its own: a string, an object, an array, or a word
   * after white space (not the {@code x} of {@code 0x10})}
   */
  private static boolean startsAValue(byte[] bytes, int i) {
    byte c = i < bytes.length ? bytes[i] : 0;
    return c == '"' || c == '{' || c == '[' || i > 0 && Character.isWhitespace((char) bytes[i - 1]);
  }

  /** {@return the last character before offset {@code i} that is not white space, or 0 when there is none} */
  private static char before(byte[] bytes, int i) {
    for (int j = i - 1; j >= 0; j--) {
      byte b = bytes[j];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return (char) b;
      }
    }
    return 0;
  }
}
