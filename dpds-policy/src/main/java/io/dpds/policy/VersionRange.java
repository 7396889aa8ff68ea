package io.dpds.policy;

import io.dpds.identity.SemanticVersion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.semver4j.RangesList;
import org.semver4j.RangesListFactory;
import org.semver4j.Semver;

/**
 * The {@code semver} assertion's range (npm syntax, e.g. {@code >=1.0.0 <2.0.0}, {@code ^2.0.0}), compiled once. A
 * version is tested against it as text: not a semantic version means not in the range. Versions repeat across the
 * ports of a mesh, so up to {@value #MEMO_SIZE} verdicts on versions of up to {@value #LONGEST_REMEMBERED} characters
 * are remembered (a longer text, written where a version is expected, is tested each time, not kept). The range
 * library reads a version with a regular expression that recurses once per identifier, so a version is first read by
 * {@link SemanticVersion}, its build metadata (which no range looks at) dropped, and one of more than {@value
 * #MOST_PRE_RELEASE_IDENTIFIERS} pre-release identifiers is in no range. Thread-safe.
 */
final class VersionRange implements Predicate<String> {

  static final int MEMO_SIZE = 1024;
  static final int LONGEST_REMEMBERED = 256;
  static final int MOST_PRE_RELEASE_IDENTIFIERS = 32;
  private static final String PARTIAL = "v?([xX*]|\\d+)(\\.([xX*]|\\d+)(\\.([xX*]|\\d+)(-[0-9A-Za-z.-]+)?"
      + "(\\+[0-9A-Za-z.-]+)?)?)?";
  private static final Pattern HYPHEN = Pattern.compile(PARTIAL + "\\s+-\\s+" + PARTIAL);
  private static final Pattern COMPARATOR = Pattern.compile("(>=|<=|>|<|=|~>?|\\^)?" + PARTIAL);
  private static final Pattern OPERATOR_SPACE = Pattern.compile("(>=|<=|>|<|=|~>?|\\^)\\s+");

  private final RangesList range;
  private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

  private VersionRange(RangesList range) {
    this.range = range;
  }

  /**
   * Compiles {@code text}.
   *
   * @throws IllegalArgumentException when it is not a range
   */
  static VersionRange parse(String text) {
    for (String alternative : text.split("\\|\\|", -1)) {
      String range = alternative.trim();
      if (!range.isEmpty() && !HYPHEN.matcher(range).matches()) {
        for (String comparator : OPERATOR_SPACE.matcher(range).replaceAll("$1").split("\\s+")) {
          if (!COMPARATOR.matcher(comparator).matches()) {
            throw new IllegalArgumentException("not a version range: " + text + " ('" + comparator
                + "' is not a version comparator such as >=1.2.0, ^1.2, ~1.2.3 or 1.x)");
          }
        }
      }
    }
    try {
      return new VersionRange(RangesListFactory.create(text));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a version range: " + text, e);
    }
  }

  @Override
  public boolean test(String version) {
    Boolean known = verdicts.get(version);
    if (known != null) {
      return known;
    }
    Semver parsed = SemanticVersion.parse(version)
        .filter(v -> v.preRelease().size() <= MOST_PRE_RELEASE_IDENTIFIERS)
        .map(v -> Semver.parse(v.build().isEmpty() ? version : version.substring(0, version.indexOf('+'))))
        .orElse(null);
    boolean verdict = parsed != null && parsed.satisfies(range);
    if (version.length() <= LONGEST_REMEMBERED) {
      if (verdicts.size() >= MEMO_SIZE) {
        verdicts.clear();
      }
      verdicts.put(version, verdict);
    }
    return verdict;
  }

  /** {@return how many verdicts are remembered} */
  int remembered() {
    return verdicts.size();
  }
}
