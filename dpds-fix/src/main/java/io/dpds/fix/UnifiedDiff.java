package io.dpds.fix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Unified diffs of two texts, line by line, with Myers' shortest edit script and three lines of context. */
final class UnifiedDiff {

  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after}, headed {@code a/name} and {@code b/name}; empty when equal. */
  static String of(String before, String after, String name) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<int[]> script = script(a, b); // each: {kind (0 same, -1 removed, 1 added), index in a or b}
    StringBuilder out = new StringBuilder("--- a/").append(name).append("\n+++ b/").append(name).append('\n');
    int i = 0;
    while (i < script.size()) {
      if (script.get(i)[0] == 0) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int same = 0;
      while (end < script.size() && (script.get(end)[0] != 0 || same < 2 * CONTEXT)) {
        same = script.get(end)[0] == 0 ? same + 1 : 0;
        end++;
      }
      end = Math.min(script.size(), end - Math.max(0, same - CONTEXT));
      hunk(out, script.subList(start, end), a, b, positionIn(script, start, -1), positionIn(script, start, 1));
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> lines, List<String> a, List<String> b, int aStart,
      int bStart) {
    int aCount = 0;
    int bCount = 0;
    for (int[] line : lines) {
      aCount += line[0] <= 0 ? 1 : 0;
      bCount += line[0] >= 0 ? 1 : 0;
    }
    out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
    for (int[] line : lines) {
      String text = line[0] == 0 ? a.get(line[1]) : line[0] < 0 ? a.get(line[1]) : b.get(line[1]);
      out.append(line[0] == 0 ? ' ' : line[0] < 0 ? '-' : '+').append(text.endsWith("\n") ? text : text + "\n");
      if (!text.endsWith("\n")) {
        out.append("\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int start, int count) {
    return count == 0 ? start + ",0" : (start + 1) + (count == 1 ? "" : "," + count);
  }

  /** The 0-based line, in {@code a} ({@code side} -1) or {@code b} (1), where the script's entry {@code at} is. */
  private static int positionIn(List<int[]> script, int at, int side) {
    int line = 0;
    for (int k = 0; k < at; k++) {
      int kind = script.get(k)[0];
      if (kind == 0 || kind == side) {
        line++;
      }
    }
    return line;
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

  /** Myers' greedy algorithm, kept trace for the way back; the lines common to both are matched longest-first. */
  private static List<int[]> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int[] v = new int[2 * max + 2];
    List<int[]> trace = new ArrayList<>();
    outer:
    for (int d = 0; d <= max; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x = k == -d || k != d && v[max + k - 1] < v[max + k + 1] ? v[max + k + 1] : v[max + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[max + k] = x;
        if (x >= n && y >= m) {
          break outer;
        }
      }
    }
    List<int[]> script = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = trace.size() - 1; d >= 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int previousK = k == -d || k != d && vd[max + k - 1] < vd[max + k + 1] ? k + 1 : k - 1;
      int previousX = vd[max + previousK];
      int previousY = previousX - previousK;
      while (x > previousX && y > previousY) {
        script.add(new int[] {0, --x});
        y--;
      }
      if (d > 0) {
        if (x == previousX) {
          script.add(new int[] {1, --y});
        } else {
          script.add(new int[] {-1, --x});
        }
      }
    }
    Collections.reverse(script);
    return script;
  }
}
