package io.dpds.fix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Unified diffs: exact hunks, and patches that turn the old text into the new one at any size. */
class UnifiedDiffTest {

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  @Test
  void aUnifiedDiffHasHunksWithContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n";

    assertThat(UnifiedDiff.of(before, after, "f.yaml")).isEqualTo(
        "--- a/f.yaml\n+++ b/f.yaml\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    assertThat(UnifiedDiff.of(before, before, "f.yaml")).isEmpty();
    assertThat(UnifiedDiff.of("a", "b", "f")).contains("-a\n\\ No newline at end of file\n+b\n");
    assertThat(UnifiedDiff.of("x\n", "", "f")).isEqualTo("--- a/f\n+++ b/f\n@@ -1 +0,0 @@\n-x\n");
  }

  @Test
  void everyDiffOfRandomEditsTurnsTheOldTextIntoTheNewOne() {
    Random random = new Random(20261207);
    for (int round = 0; round < 2_000; round++) {
      List<String> lines = new ArrayList<>();
      for (int n = random.nextInt(40); n > 0; n--) {
        lines.add(random.nextInt(4) == 0 ? "}\n" : "line " + random.nextInt(round % 2 == 0 ? 5 : 1_000) + "\n");
      }
      String before = String.join("", lines);
      for (int edits = random.nextInt(6); edits > 0 && !lines.isEmpty(); edits--) {
        int at = random.nextInt(lines.size());
        switch (random.nextInt(3)) {
          case 0 -> lines.remove(at);
          case 1 -> lines.add(at, "added " + random.nextInt(3) + "\n");
          default -> lines.set(at, "changed " + random.nextInt(3) + "\n");
        }
      }
      String after = String.join("", lines);

      assertThat(apply(before, UnifiedDiff.of(before, after, "f"))).as(before + "=>\n" + after).isEqualTo(after);
    }
  }

  @Test
  void aFixOfThousandsOfPortsInOneFileIsOneDiffOfItsChangedLines() {
    StringBuilder before = new StringBuilder("{\"outputPorts\": [\n");
    StringBuilder after = new StringBuilder("{\"outputPorts\": [\n");
    int ports = 20_000;
    for (int i = 0; i < ports; i++) {
      String port = "  {\n    \"name\": \"p" + i + "\",\n    \"version\": \"1.0.0\",\n    \"promises\": {\n"
          + "      \"serviceType\": \"streaming-services\"\n    }\n  }" + (i + 1 < ports ? "," : "") + "\n";
      before.append(port);
      after.append(port.replace("serviceType", "servicesType"));
    }
    before.append("]}\n");
    after.append("]}\n");

    String diff = UnifiedDiff.of(before.toString(), after.toString(), "f.json");

    assertThat(diff.lines().filter(l -> l.startsWith("-  ")).count()).isEqualTo(ports);
    assertThat(diff.lines().filter(l -> l.startsWith("+  ")).count()).isEqualTo(ports);
    assertThat(apply(before.toString(), diff)).isEqualTo(after.toString());
  }

  /** Applies the hunks of {@code diff} to {@code text}, checking every context and removed line. */
  private static String apply(String text, String diff) {
    List<String> old = text.lines().map(l -> l + "\n").toList();
    List<String> out = new ArrayList<>();
    int next = 0; // the next line of old to copy
    List<String> patch = diff.lines().toList();
    for (int p = 2; p < patch.size(); p++) {
      Matcher hunk = HUNK.matcher(patch.get(p));
      assertThat(hunk.matches()).as(patch.get(p)).isTrue();
      int start = Integer.parseInt(hunk.group(1)) - (hunk.group(2) != null && hunk.group(2).equals("0") ? 0 : 1);
      while (next < start) {
        out.add(old.get(next++));
      }
      while (p + 1 < patch.size() && !patch.get(p + 1).startsWith("@@")) {
        String line = patch.get(++p);
        if (line.startsWith("\\")) {
          continue;
        }
        if (line.charAt(0) != '+') {
          assertThat(old.get(next)).as("line %d", next + 1).isEqualTo(line.substring(1) + "\n");
          next++;
        }
        if (line.charAt(0) != '-') {
          out.add(line.substring(1) + "\n");
        }
      }
    }
    while (next < old.size()) {
      out.add(old.get(next++));
    }
    return String.join("", out);
  }
}
