package io.dpds.fix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unified diffs of two texts, line by line, with three lines of context. The lines both texts share at their start
 * and end are set aside, then the lines each text holds once (a port's name, mostly) anchor the rest, as patience diff
 * does, and the stretches between anchors get Myers' shortest edit script; a stretch too long for it (no anchor in a
 * thousand lines) is written as removed, then added. Time and memory grow with the texts and their changes, not with
 * their product: a fix of thousands of ports in one file is one diff.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;
  /** Lines of a stretch, both sides together, up to which it gets Myers' script (its trace grows as their square). */
  private static final int MYERS_LINES = 1_000;
  /** Nested anchorings before a stretch is left to Myers or written whole. */
  private static final int DEEPEST = 16;
  private static final int SAME = 0;
  private static final int REMOVED = -1;
  private static final int ADDED = 1;

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after}, headed {@code a/name} and {@code b/name}; empty when equal. */
  static String of(String before, String after, String name) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> script = new ArrayList<>(); // each: {kind, index in a (same, removed) or in b (added)}
    new Aligner(a, b, script).align(0, a.size(), 0, b.size(), 0);
    int[] aLine = new int[script.size() + 1]; // the 0-based line of a, then of b, where each entry is
    int[] bLine = new int[script.size() + 1];
    for (int k = 0; k < script.size(); k++) {
      aLine[k + 1] = aLine[k] + (script.get(k)[0] != ADDED ? 1 : 0);
      bLine[k + 1] = bLine[k] + (script.get(k)[0] != REMOVED ? 1 : 0);
    }
    StringBuilder out = new StringBuilder("--- a/").append(name).append("\n+++ b/").append(name).append('\n');
    int i = 0;
    while (i < script.size()) {
      if (script.get(i)[0] == SAME) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int same = 0;
      while (end < script.size() && (script.get(end)[0] != SAME || same < 2 * CONTEXT)) {
        same = script.get(end)[0] == SAME ? same + 1 : 0;
        end++;
      }
      end = Math.min(script.size(), end - Math.max(0, same - CONTEXT));
      hunk(out, script.subList(start, end), a, b, aLine[start], bLine[start]);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> lines, List<String> a, List<String> b, int aStart,
      int bStart) {
    int aCount = 0;
    int bCount = 0;
    for (int[] line : lines) {
      aCount += line[0] <= SAME ? 1 : 0;
      bCount += line[0] >= SAME ? 1 : 0;
    }
    out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
    for (int[] line : lines) {
      String text = line[0] == ADDED ? b.get(line[1]) : a.get(line[1]);
      out.append(line[0] == SAME ? ' ' : line[0] == REMOVED ? '-' : '+')
          .append(text.endsWith("\n") ? text : text + "\n");
      if (!text.endsWith("\n")) {
        out.append("\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int start, int count) {
    return count == 0 ? start + ",0" : (start + 1) + (count == 1 ? "" : "," + count);
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  /** Writes the edit script of {@code a} against {@code b}, in order, into {@code script}. */
  private record Aligner(List<String> a, List<String> b, List<int[]> script) {

    /** The script of {@code a[aFrom, aTo)} against {@code b[bFrom, bTo)}. */
    void align(int aFrom, int aTo, int bFrom, int bTo, int depth) {
      while (aFrom < aTo && bFrom < bTo && a.get(aFrom).equals(b.get(bFrom))) {
        script.add(new int[] {SAME, aFrom++});
        bFrom++;
      }
      int shared = 0;
      while (aTo - shared > aFrom && bTo - shared > bFrom && a.get(aTo - shared - 1).equals(b.get(bTo - shared - 1))) {
        shared++;
      }
      int aEnd = aTo - shared;
      int bEnd = bTo - shared;
      List<int[]> anchors = depth < DEEPEST ? anchors(aFrom, aEnd, bFrom, bEnd) : List.of();
      if (anchors.isEmpty()) {
        stretch(aFrom, aEnd, bFrom, bEnd);
      } else {
        int i = aFrom;
        int j = bFrom;
        for (int[] anchor : anchors) {
          align(i, anchor[0], j, anchor[1], depth + 1);
          script.add(new int[] {SAME, anchor[0]});
          i = anchor[0] + 1;
          j = anchor[1] + 1;
        }
        align(i, aEnd, j, bEnd, depth + 1);
      }
      for (int k = aEnd; k < aTo; k++) {
        script.add(new int[] {SAME, k});
      }
    }

    /**
     * The lines found once in {@code a[aFrom, aTo)} and once in {@code b[bFrom, bTo)}, as pairs of their indices: the
     * longest run of them in the same order on both sides.
     */
    private List<int[]> anchors(int aFrom, int aTo, int bFrom, int bTo) {
      if (aFrom == aTo || bFrom == bTo) {
        return List.of();
      }
      Map<String, int[]> seen = new HashMap<>(); // line -> {count in a, index in a, count in b, index in b}
      for (int i = aFrom; i < aTo; i++) {
        int[] s = seen.computeIfAbsent(a.get(i), line -> new int[4]);
        s[0]++;
        s[1] = i;
      }
      for (int j = bFrom; j < bTo; j++) {
        int[] s = seen.get(b.get(j));
        if (s != null) {
          s[2]++;
          s[3] = j;
        }
      }
      List<int[]> unique = new ArrayList<>();
      for (int i = aFrom; i < aTo; i++) {
        int[] s = seen.get(a.get(i));
        if (s[0] == 1 && s[2] == 1) {
          unique.add(new int[] {i, s[3]});
        }
      }
      return increasing(unique);
    }

    /** The longest subsequence of {@code pairs} (in increasing first index) whose second indices increase too. */
    private static List<int[]> increasing(List<int[]> pairs) {
      int[] tails = new int[pairs.size()]; // per length, the pair ending the best run of that length
      int[] previous = new int[pairs.size()];
      int length = 0;
      for (int p = 0; p < pairs.size(); p++) {
        int j = pairs.get(p)[1];
        int low = 0;
        int high = length;
        while (low < high) {
          int mid = (low + high) >>> 1;
          if (pairs.get(tails[mid])[1] < j) {
            low = mid + 1;
          } else {
            high = mid;
          }
        }
        previous[p] = low > 0 ? tails[low - 1] : -1;
        tails[low] = p;
        length = Math.max(length, low + 1);
      }
      int[][] run = new int[length][];
      for (int p = length > 0 ? tails[length - 1] : -1, k = length - 1; p >= 0; p = previous[p], k--) {
        run[k] = pairs.get(p);
      }
      return Arrays.asList(run);
    }

    /** A stretch without anchors: Myers' script when short enough, else every line removed, then every one added. */
    private void stretch(int aFrom, int aTo, int bFrom, int bTo) {
      if ((aTo - aFrom) + (bTo - bFrom) <= MYERS_LINES) {
        myers(aFrom, aTo, bFrom, bTo);
        return;
      }
      for (int i = aFrom; i < aTo; i++) {
        script.add(new int[] {REMOVED, i});
      }
      for (int j = bFrom; j < bTo; j++) {
        script.add(new int[] {ADDED, j});
      }
    }

    /** Myers' greedy algorithm on the stretch, its trace kept for the way back. */
    private void myers(int aFrom, int aTo, int bFrom, int bTo) {
      int n = aTo - aFrom;
      int m = bTo - bFrom;
      int max = n + m;
      int[] v = new int[2 * max + 2];
      List<int[]> trace = new ArrayList<>();
      outer:
      for (int d = 0; d <= max; d++) {
        trace.add(v.clone());
        for (int k = -d; k <= d; k += 2) {
          int x = k == -d || k != d && v[max + k - 1] < v[max + k + 1] ? v[max + k + 1] : v[max + k - 1] + 1;
          int y = x - k;
          while (x < n && y < m && a.get(aFrom + x).equals(b.get(bFrom + y))) {
            x++;
            y++;
          }
          v[max + k] = x;
          if (x >= n && y >= m) {
            break outer;
          }
        }
      }
      List<int[]> backwards = new ArrayList<>();
      int x = n;
      int y = m;
      for (int d = trace.size() - 1; d >= 0; d--) {
        int[] vd = trace.get(d);
        int k = x - y;
        int previousK = k == -d || k != d && vd[max + k - 1] < vd[max + k + 1] ? k + 1 : k - 1;
        int previousX = vd[max + previousK];
        int previousY = previousX - previousK;
        while (x > previousX && y > previousY) {
          backwards.add(new int[] {SAME, aFrom + --x});
          y--;
        }
        if (d > 0) {
          backwards.add(x == previousX ? new int[] {ADDED, bFrom + --y} : new int[] {REMOVED, aFrom + --x});
        }
      }
      Collections.reverse(backwards);
      script.addAll(backwards);
    }
  }
}
