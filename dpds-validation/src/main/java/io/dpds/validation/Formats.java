package io.dpds.validation;

import io.dpds.identity.SemanticVersion;
import java.util.regex.Pattern;

/** The DPDS string formats (spec notes, section 1.1). */
final class Formats {

  /** An RFC 4122 UUID in its textual form (malformed ids are the schema check's). */
  static final Pattern UUID =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  // Hand-written matchers for the formats checked on every name, version and FQN: several times faster than the
  // regular expressions in their comments, which specify them.

  /** string:name, {@code ^[a-zA-Z][a-zA-Z0-9]+$}. */
  static boolean isName(String s) {
    return s.length() > 1 && isLetter(s.charAt(0)) && allMatch(s, 1, "");
  }

  /** string:alphanumeric, {@code ^[a-zA-Z0-9]+$}. */
  static boolean isAlphanumeric(String s) {
    return !s.isEmpty() && allMatch(s, 0, "");
  }

  /** string:fqn with {@code -} and {@code _} also allowed, {@code ^[a-zA-Z][a-zA-Z0-9.:_-]+$}. */
  static boolean isFqn(String s) {
    return s.length() > 1 && isLetter(s.charAt(0)) && allMatch(s, 1, ".:_-");
  }

  /** string:fqn as the spec writes it, {@code ^[a-zA-Z][a-zA-Z0-9.:]+$}. */
  static boolean isStrictFqn(String s) {
    return s.length() > 1 && isLetter(s.charAt(0)) && allMatch(s, 1, ".:");
  }

  /** string:version, a SemVer 2.0.0 version ({@link SemanticVersion}); plain MAJOR.MINOR.PATCH read here. */
  static boolean isVersion(String s) {
    int dots = 0;
    int digitsInPart = 0;
    boolean leadingZero = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (leadingZero) {
          return false;
        }
        leadingZero = digitsInPart == 0 && c == '0';
        digitsInPart++;
      } else if (c == '.' && digitsInPart > 0 && dots < 2) {
        dots++;
        digitsInPart = 0;
        leadingZero = false;
      } else {
        return SemanticVersion.isValid(s); // pre-release, build metadata, or not a version
      }
    }
    return dots == 2 && digitsInPart > 0;
  }

  /** The characters of a media type's names beside letters and digits (RFC 6838 restricted-name). */
  private static final String RESTRICTED = "!#$&^_.+-";
  private static final int LONGEST_NAME = 127;

  /**
   * RFC 6838 {@code type/subtype} with optional parameters, read in one pass (an expression repeating a group recurses
   * once per parameter):
   *
   * <pre>{@code ^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}
   * (?:\s*;\s*[A-Za-z0-9!#$&^_.+-]+=(?:[^;"\s]+|"[^"]*"))*$}</pre>
   */
  static boolean isMediaType(String s) {
    int i = mediaTypeName(s, 0);
    if (i < 0 || i == s.length() || s.charAt(i) != '/') {
      return false;
    }
    i = mediaTypeName(s, i + 1);
    while (i >= 0 && i < s.length()) {
      i = spaces(s, i);
      if (i == s.length() || s.charAt(i) != ';') {
        return false;
      }
      int name = spaces(s, i + 1);
      i = skip(s, name, RESTRICTED);
      if (i == name || i == s.length() || s.charAt(i) != '=') {
        return false;
      }
      i = parameterValue(s, i + 1);
    }
    return i == s.length();
  }

  /** {@return the index after the media type name at {@code from}, or -1 when there is none or it is too long} */
  private static int mediaTypeName(String s, int from) {
    if (from == s.length() || !isPlain(s.charAt(from), "")) {
      return -1;
    }
    int end = skip(s, from, RESTRICTED);
    return end - from <= LONGEST_NAME ? end : -1;
  }

  /** {@return the index after a parameter's value at {@code from}, quoted or a run of other characters; -1 if none} */
  private static int parameterValue(String s, int from) {
    if (from < s.length() && s.charAt(from) == '"') {
      int close = s.indexOf('"', from + 1);
      return close < 0 ? -1 : close + 1;
    }
    int i = from;
    while (i < s.length() && s.charAt(i) != ';' && s.charAt(i) != '"' && !isSpace(s.charAt(i))) {
      i++;
    }
    return i > from ? i : -1;
  }

  private static int spaces(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * Whether {@code s} is, beyond doubt, an absolute URI as {@link java.net.URI} reads it, told without parsing it:
   * {@code scheme://host[:port][/path]} in the plainest characters, the way almost every {@code $href} is written,
   *
   * <pre>{@code ^[a-zA-Z][a-zA-Z0-9+.-]*://[a-zA-Z0-9.-]+(:[0-9]+)?(/[a-zA-Z0-9._~/-]*)?$}</pre>
   *
   * An authority of those characters is a server or, failing that, a registry-based one, and those of the path are
   * all path characters, so the parser accepts every such string. False says nothing: ask {@code java.net.URI}.
   */
  static boolean isPlainAbsoluteUri(String s) {
    int n = s.length();
    if (n == 0 || !isLetter(s.charAt(0))) {
      return false;
    }
    int i = skip(s, 1, "+.-");
    if (!s.startsWith("://", i)) {
      return false;
    }
    int host = i + 3;
    i = skip(s, host, ".-");
    if (i == host) {
      return false;
    }
    if (i < n && s.charAt(i) == ':') {
      int port = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == port) {
        return false;
      }
    }
    return i == n || (s.charAt(i) == '/' && skip(s, i, "._~/-") == n);
  }

  /**
   * {@return why {@code s} is not of the name, fqn or version {@code format}, as {@code ": ..."}, or {@code ""} for
   * another format or no single reason} A name of one letter, a first character that is no letter, the first
   * character that is not allowed, a version's missing number or leading zero are what a writer cannot see in the
   * pattern at a glance.
   */
  static String whyNot(String format, String s) {
    if (format.equals("version")) {
      return whyNotVersion(s);
    }
    String punctuation = switch (format) {
      case "name" -> "";
      case "fqn" -> ".:_-"; // as the schema check reads it; "-" and "_" are fqn.charset's
      default -> null;
    };
    if (punctuation == null) {
      return "";
    }
    String one = format.equals("fqn") ? "an FQN" : "a name";
    if (s.isEmpty()) {
      return ": " + one + " cannot be empty";
    }
    if (!isLetter(s.charAt(0))) {
      return ": " + one + " starts with a letter" + (Character.isLetter(s.codePointAt(0))
          ? " from a to z or A to Z ('" + Character.toString(s.codePointAt(0)) + "' is not one)" : "");
    }
    int bad = skip(s, 1, punctuation);
    if (bad < s.length()) {
      return ": '" + Character.toString(s.codePointAt(bad)) + "' is not allowed in " + one;
    }
    return s.length() == 1 ? ": " + one + " has at least two characters" : "";
  }

  /** {@return why {@code s} is no SemVer version, as {@link #whyNot}} */
  private static String whyNotVersion(String s) {
    if (s.isEmpty()) {
      return ": a version cannot be empty";
    }
    if (s.charAt(0) == 'v' || s.charAt(0) == 'V') {
      return ": a version starts with its major number, without '" + s.charAt(0) + "'";
    }
    int end = 0;
    while (end < s.length() && s.charAt(end) != '-' && s.charAt(end) != '+') {
      end++;
    }
    String[] numbers = s.substring(0, end).split("\\.", -1);
    if (numbers.length != 3) {
      return ": a version has three numbers, MAJOR.MINOR.PATCH";
    }
    for (String number : numbers) {
      if (number.isEmpty() || !allDigits(number)) {
        return ": '" + number + "' is not a number";
      }
      if (number.length() > 1 && number.charAt(0) == '0') {
        return ": a number of a version has no leading zero ('" + number + "')";
      }
    }
    return "";
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return the first index from {@code from} on where {@code s} has no letter, digit or {@code punctuation}} */
  private static int skip(String s, int from, String punctuation) {
    int i = from;
    while (i < s.length() && isPlain(s.charAt(i), punctuation)) {
      i++;
    }
    return i;
  }

  private static boolean isPlain(char c, String punctuation) {
    return isLetter(c) || (c >= '0' && c <= '9') || punctuation.indexOf(c) >= 0;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean allMatch(String s, int from, String punctuation) {
    return skip(s, from, punctuation) == s.length();
  }

  /** The major of a SemVer version, or -1 when {@code version} is not one (or its major exceeds a long). */
  static long major(String version) {
    return SemanticVersion.parse(version).map(SemanticVersion::majorAsLong).orElse(-1L);
  }

  private Formats() {}
}
