package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityReport;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The compatibility check of two versions of a descriptor with 100, 1,000 and 5,000 output ports, each with an
 * inline AsyncAPI definition and Avro payload; a tenth of the ports gain a field, a fiftieth lose one. {@code diff}
 * compares the two loaded versions (diff, rule tables, Avro engine, version rules); {@code loadAndDiff} loads both
 * first. The baseline is {@code readTree} of both documents.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffBenchmark {

  @Param({"100", "1000", "5000"})
  public int ports;

  private final ObjectMapper baselineParser = new ObjectMapper();
  private byte[] oldBytes;
  private byte[] newBytes;
  private URI oldUri;
  private URI newUri;
  private ResolvedDescriptor old;
  private ResolvedDescriptor now;
  private CompatibilityChecker checker;

  @Setup
  public void setUp() {
    String before = GeneratedDescriptors.singleFile(ports, false);
    String after = GeneratedDescriptors.nextVersion(ports);
    oldBytes = before.getBytes(StandardCharsets.UTF_8);
    newBytes = after.getBytes(StandardCharsets.UTF_8);
    oldUri = URI.create(GeneratedDescriptors.BASE + "v1/ports" + ports + ".json");
    newUri = URI.create(GeneratedDescriptors.BASE + "v2/ports" + ports + ".json");
    ResourceLoader memory = ResourceLoader.inMemory(Map.of(oldUri.toString(), before, newUri.toString(), after));
    checker = CompatibilityChecker.builder().loader(loader -> loader.loader(memory)).build();
    DescriptorLoader loader = DescriptorLoader.builder().loader(memory).build();
    old = loader.load(oldUri).resolved().orElseThrow();
    now = loader.load(newUri).resolved().orElseThrow();
    CompatibilityReport report = checker.check(old, now);
    long breaking = report.findings().stream().filter(f -> f.diagnostic().isError()).count();
    if (report.compatible() || breaking != (ports + 49) / 50) {
      throw new IllegalStateException("unexpected report: " + report);
    }
  }

  @Benchmark
  public JsonNode[] baseline() throws IOException {
    return new JsonNode[] {baselineParser.readTree(oldBytes), baselineParser.readTree(newBytes)};
  }

  @Benchmark
  public CompatibilityReport diff() {
    return checker.check(old, now);
  }

  @Benchmark
  public CompatibilityReport loadAndDiff() {
    return checker.check(oldUri, newUri);
  }
}
