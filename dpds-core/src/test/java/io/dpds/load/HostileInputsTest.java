package io.dpds.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dpds.report.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs at full size under the default limits, each answered by a clear diagnostic (or, when within the
 * limits, by a load that completes), never by an exception. The other hostile inputs (YAML bombs, aliases, BOM,
 * invalid UTF-8, escapes from the root, symbolic links, absolute file URIs, HTTP hosts, redirects, devices, FIFOs) are
 * in {@code ReadingTest} and {@code ResourceLoadersTest}.
 */
class HostileInputsTest {

  @TempDir Path dir;
  Fixture fx;

  @BeforeEach
  void setUp() {
    fx = new Fixture(dir);
  }

  @Test
  void nestingAMillionLevelsDeepIsALimitNotAStackOverflow() {
    LoadResult json = loadText("deep.json", "[".repeat(1_000_000) + "]".repeat(1_000_000));
    LoadResult yaml = loadText("deep.yaml", "[".repeat(1_000_000) + "]".repeat(1_000_000));
    LoadResult objects = loadText("objects.json", "{\"a\":".repeat(1_000_000) + "1" + "}".repeat(1_000_000));

    for (LoadResult r : new LoadResult[] {json, yaml, objects}) {
      assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
      assertThat(r.diagnostics().get(0).message()).contains("500");
    }
  }

  @Test
  void aHundredMegabyteDocumentIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.json");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) ' ');
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"info\": {\"description\": \"".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write("\"}}".getBytes(StandardCharsets.UTF_8));
    }

    LoadResult r = DescriptorLoader.defaults().load(big);

    assertThat(r.resolved()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).as("a finding about the input, not a missing file")
        .containsExactly("load.limit");
    assertThat(r.diagnostics().get(0).message()).contains("is larger than the limit of 16777216 bytes");
  }

  @Test
  void hugeNumbersAreAnsweredNeverThrown() {
    LoadResult exponent = loadText("exp.json", Fixture.root("[]").replace("outputPorts: []",
        "outputPorts: []\nx-huge: 1e999999999"));
    LoadResult digits = loadText("digits.json", "{\"x-huge\": " + "9".repeat(100_000) + "}");

    assertThat(exponent.resolved()).as("a YAML number beyond double range is kept as written").isPresent();
    assertThat(exponent.resolved().get().tree().get("x-huge").isNumber() || exponent.resolved().get().tree()
        .get("x-huge").isTextual()).isTrue();
    assertThat(digits.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
    assertThat(digits.diagnostics().get(0).message()).contains("Number value length (100000) exceeds");
    assertThat(digits.diagnostics().get(0).location()).isPresent();
  }

  @Test
  void aReferenceChainTenThousandLongStopsAtTheChainLimit() {
    fx.write("root.yaml", Fixture.root("[{$ref: c0.yaml}]"));
    for (int i = 0; i < 10_000; i++) {
      fx.write("c" + i + ".yaml", "$ref: c" + (i + 1) + ".yaml\n");
    }
    fx.write("c10000.yaml", "name: end\nversion: 1.0.0\n");

    LoadResult r = fx.load("root.yaml");

    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("load.limit");
    assertThat(r.diagnostics().get(0).message()).contains("More than 64 references in a chain");
  }

  @Test
  void aComponentMapWithAHundredThousandEntriesLoads() {
    StringBuilder components = new StringBuilder("components:\n  schemas:\n");
    for (int i = 0; i < 100_000; i++) {
      components.append("    s").append(i).append(": {type: string}\n");
    }

    LoadResult r = loadText("many.yaml", Fixture.root("[]") + components);

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.descriptor().orElseThrow().components().orElseThrow().toJson().get("schemas").size())
        .isEqualTo(100_000);
  }

  private LoadResult loadText(String name, String text) {
    fx.write(name, text);
    return fx.load(name);
  }

  @Test
  void aYamlScalarOfFifteenMegabytesOnOneLineIsALimitAnsweredAtOnce() {
    String yaml = "dataProductDescriptor: 1.0.0\ninfo:\n  description: " + "x".repeat(15_000_000) + "\n";
    String lines = "dataProductDescriptor: 1.0.0\ninfo:\n  description: >\n"
        + ("    " + "y".repeat(1_000) + "\n").repeat(2_000);

    LoadResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> loadText("long.yaml", yaml));
    LoadResult folded = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loadText("folded.yaml", lines));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.limit");
      assertThat(d.message()).contains("Line 3 holds", "write a long value in a document of its own");
      assertThat(d.location().orElseThrow().line()).isEqualTo(3);
    });
    assertThat(folded.diagnostics()).as("2 MB over many lines is read").isEmpty();
  }

  @Test
  void aRootDocumentOverTheSizeLimitIsALimitFindingNotAnUnreadableFile() {
    fx.write("big.yaml", "dataProductDescriptor: 1.0.0\ninfo: {description: '" + "x".repeat(5_000) + "'}\n");

    LoadResult r = DescriptorLoader.builder().limits(Limits.DEFAULT.withMaxDocumentBytes(1_000)).build()
        .load(dir.resolve("big.yaml"));

    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.limit");
      assertThat(d.message()).contains("larger than the limit of 1000 bytes", "Limits.withMaxDocumentBytes");
      assertThat(d.location()).isPresent();
    });
  }
}
