package io.dpds.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A SemVer 2.0.0 version ({@code string:version} of DPDS): {@code MAJOR.MINOR.PATCH}, then an optional pre-release
 * ({@code -alpha.1}) and optional build metadata ({@code +build.5}). Read in one pass over its text, however long
 * (a regular expression of the grammar recurses once per identifier, and a few hundred identifiers overflow a thread's
 * stack), and its numbers may be of any size, as SemVer allows. Ordered by SemVer's precedence: numbers compared
 * numerically, a pre-release below its release, pre-release identifiers compared one by one, build metadata ignored;
 * so two versions that differ in build metadata only compare as equal but are not {@link #equals}. Immutable.
 */
public final class SemanticVersion implements Comparable<SemanticVersion> {

  private final String text;
  private final String major;
  private final String minor;
  private final String patch;
  private final List<String> preRelease;
  private final List<String> build;

  private SemanticVersion(String text, String[] core, List<String> preRelease, List<String> build) {
    this.text = text;
    this.major = core[0];
    this.minor = core[1];
    this.patch = core[2];
    this.preRelease = preRelease;
    this.build = build;
  }

  /**
   * {@return {@code text} read as a SemVer 2.0.0 version; empty when it is not one (or is null)}
   *
   * @param text the version as written
   */
  public static Optional<SemanticVersion> parse(@Nullable String text) {
    return Optional.ofNullable(text == null ? null : read(text));
  }

  /**
   * {@return whether {@code text} is a SemVer 2.0.0 version}
   *
   * @param text the version as written
   */
  public static boolean isValid(String text) {
    return read(text) != null;
  }

  private static @Nullable SemanticVersion read(String text) {
    String[] core = new String[3];
    int at = 0;
    for (int part = 0; part < 3; part++) {
      int end = digits(text, at);
      boolean dotMissing = part < 2 && (end == text.length() || text.charAt(end) != '.');
      if (end == at || end - at > 1 && text.charAt(at) == '0' || dotMissing) {
        return null;
      }
      core[part] = text.substring(at, end);
      at = part < 2 ? end + 1 : end;
    }
    List<String> preRelease = List.of();
    if (at < text.length() && text.charAt(at) == '-') {
      preRelease = new ArrayList<>();
      at = identifiers(text, at + 1, true, preRelease);
    }
    List<String> build = List.of();
    if (at > 0 && at < text.length() && text.charAt(at) == '+') {
      build = new ArrayList<>();
      at = identifiers(text, at + 1, false, build);
    }
    return at == text.length() ? new SemanticVersion(text, core, List.copyOf(preRelease), List.copyOf(build)) : null;
  }

  /** {@return the index after the digits of {@code text} from {@code from}} */
  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Reads dot-separated identifiers from {@code from} into {@code out}, up to a {@code +} (when {@code preRelease})
   * or the end. {@return the index after them, or -1 when one is empty, holds another character or, in a pre-release,
   * is a number with a leading zero}
   */
  private static int identifiers(String text, int from, boolean preRelease, List<String> out) {
    int start = from;
    for (int i = from; ; i++) {
      boolean end = i == text.length() || preRelease && text.charAt(i) == '+';
      if (end || text.charAt(i) == '.') {
        if (i == start || preRelease && digits(text, start) == i && i - start > 1 && text.charAt(start) == '0') {
          return -1;
        }
        out.add(text.substring(start, i));
        if (end) {
          return i;
        }
        start = i + 1;
      } else if (!isIdentifierCharacter(text.charAt(i))) {
        return -1;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierCharacter(char c) {
    return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-';
  }

  /** {@return the major version, its digits as written (no leading zero)} */
  public String major() {
    return major;
  }

  /** {@return the minor version, its digits as written} */
  public String minor() {
    return minor;
  }

  /** {@return the patch version, its digits as written} */
  public String patch() {
    return patch;
  }

  /** {@return the pre-release identifiers, in order; empty for a release} */
  public List<String> preRelease() {
    return preRelease;
  }

  /** {@return the build metadata identifiers, in order; empty when there is none} */
  public List<String> build() {
    return build;
  }

  /** {@return the major version as a long; -1 when it exceeds one} */
  public long majorAsLong() {
    try {
      return Long.parseLong(major);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public int compareTo(SemanticVersion other) {
    int order = compareNumbers(major, other.major);
    order = order != 0 ? order : compareNumbers(minor, other.minor);
    order = order != 0 ? order : compareNumbers(patch, other.patch);
    if (order != 0 || preRelease.isEmpty() && other.preRelease.isEmpty()) {
      return order;
    }
    if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
      return preRelease.isEmpty() ? 1 : -1; // a pre-release comes before its release
    }
    for (int i = 0; i < Math.min(preRelease.size(), other.preRelease.size()); i++) {
      order = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(preRelease.size(), other.preRelease.size());
  }

  /** Numbers without leading zeros: the longer is the greater, else the first digit that differs decides. */
  private static int compareNumbers(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : Integer.signum(a.compareTo(b));
  }

  /** Numeric identifiers numerically and below alphanumeric ones, which compare in ASCII order. */
  private static int compareIdentifiers(String a, String b) {
    boolean numericA = digits(a, 0) == a.length();
    boolean numericB = digits(b, 0) == b.length();
    if (numericA && numericB) {
      return compareNumbers(a, b);
    }
    return numericA != numericB ? (numericA ? -1 : 1) : Integer.signum(a.compareTo(b));
  }

  /**
   * {@return whether this version is below {@code other} in precedence}
   *
   * @param other the other version
   */
  public boolean isLowerThan(SemanticVersion other) {
    return compareTo(other) < 0;
  }

  /** Versions are equal when their texts are (build metadata included). */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SemanticVersion other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** {@return the version as written} */
  @Override
  public String toString() {
    return text;
  }
}
