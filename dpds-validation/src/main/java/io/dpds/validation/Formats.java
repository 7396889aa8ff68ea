package io.dpds.validation;

import java.util.regex.Pattern;

/** The DPDS string formats (spec notes, section 1.1). */
final class Formats {

  static final Pattern NAME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9]+$");
  static final Pattern ALPHANUMERIC = Pattern.compile("^[a-zA-Z0-9]+$");
  /** The fqn format with {@code -} and {@code _} allowed; the spec's own set is {@link #FQN_STRICT}. */
  static final Pattern FQN = Pattern.compile("^[a-zA-Z][a-zA-Z0-9.:_-]+$");
  static final Pattern FQN_STRICT = Pattern.compile("^[a-zA-Z][a-zA-Z0-9.:]+$");
  /** The regular expression of SemVer 2.0.0. */
  static final Pattern VERSION =
      Pattern.compile(
          "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");
  /** An RFC 4122 UUID in its textual form (malformed ids are the schema check's). */
  static final Pattern UUID =
      Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  /** RFC 6838 {@code type/subtype} with optional parameters. */
  static final Pattern MEDIA_TYPE =
      Pattern.compile(
          "^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}"
              + "(?:\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=(?:[^;\"\\s]+|\"[^\"]*\"))*$");

  /** The major of a SemVer version, or -1 when {@code version} is not one. */
  static long major(String version) {
    var m = VERSION.matcher(version);
    if (!m.matches()) {
      return -1;
    }
    try {
      return Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Formats() {}
}
