package io.dpds.report;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The closest known name to a misspelt one, by Levenshtein distance, for "did you mean" hints: property names, rule
 * ids, options.
 */
public final class Suggestions {

  /**
   * {@return the candidate closest to {@code name} within a distance that makes a typo plausible (a third of the name,
   * 1 to 3 edits; case is ignored), if any}
   *
   * @param name the name as written
   * @param candidates the names that are allowed there
   */
  public static Optional<String> closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(1, Math.min(3, name.length() / 3));
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int d = 0;
      if (!candidate.equalsIgnoreCase(name)) {
        String other = candidate.toLowerCase(Locale.ROOT);
        if (Math.abs(lower.length() - other.length()) > allowed) {
          continue; // as many edits at least as the lengths differ: a long name is not measured against short ones
        }
        d = edits(lower, other);
      }
      if (d <= allowed && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@return the number of single-character edits that turn {@code a} into {@code b}, case ignored}
   *
   * @param a a string
   * @param b another string
   */
  public static int distance(String a, String b) {
    return edits(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }

  /** {@return the number of single-character edits that turn {@code a} into {@code b}} */
  private static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private Suggestions() {}
}
