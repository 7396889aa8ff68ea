package io.dpds.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.report.Severity;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full validation of descriptors as users feed them, at 1, 100, 500, 2,000 and 5,000 ports, against Jackson's {@code
 * readTree} of the same bytes in the same run: {@code clean}; {@code findings} (one finding per port, an unknown
 * property); {@code many} (twelve findings per port of seven rules, schema and format violations, misspelt fields with
 * their suggestions, a foreign FQN, as the reference parser's own fixture has); {@code draft} (DRAFT-shaped ports:
 * {@code contracts}, an API named by nobody whose version is AsyncAPI's); {@code mixed} (applications, infrastructure
 * and lifecycle in the root, every port in a file of its own that the root references). Warm-up is long, since shorter
 * ones were not stable on a 2-core machine; the heap is fixed by {@link BenchmarkReport}. {@code paired} runs {@code
 * readTree} and the validation in each invocation and times both, for a ratio that the machine's moments move less. The
 * README's Benchmarks section gives the command of a short profile of {@code validate} (async-profiler's samples and
 * the allocation per operation).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealisticValidateBenchmark {

  @Param({"clean", "findings", "many", "draft", "mixed"})
  public String kind;

  @Param({"1", "100", "500", "2000", "5000"})
  public int ports;

  private final ObjectMapper baselineParser = new ObjectMapper();
  private final List<byte[]> files = new ArrayList<>();
  private DescriptorValidator validator;
  private URI root;

  @Setup
  public void setUp() {
    Map<String, String> documents = switch (kind) {
      case "mixed" -> GeneratedDescriptors.multiFile(ports + 1);
      default -> Map.of(GeneratedDescriptors.BASE + "root.json",
          GeneratedDescriptors.singleFile(ports, false, GeneratedDescriptors.Variant.valueOf(kind.toUpperCase(
              java.util.Locale.ROOT))));
    };
    documents.values().forEach(text -> files.add(text.getBytes(StandardCharsets.UTF_8)));
    root = URI.create(GeneratedDescriptors.BASE + "root.json");
    validator = GeneratedDescriptors.validatorOfAll(documents);
    ValidationReport report = validator.validate(root);
    long findings = report.diagnostics().size();
    boolean expected = switch (kind) {
      case "clean", "mixed" -> findings == 0;
      default -> findings >= ports && report.atLeast(Severity.ERROR).isEmpty() == kind.equals("findings");
    };
    if (!expected) {
      throw new IllegalStateException(kind + " descriptor of " + ports + " ports has " + findings + " findings: "
          + report.diagnostics().subList(0, (int) Math.min(5, findings)));
    }
  }

  @Benchmark
  public void baseline(Blackhole sink) throws IOException {
    for (byte[] file : files) {
      sink.consume(baselineParser.readTree(file));
    }
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(root);
  }

  /**
   * The time of {@link #baseline} and of {@link #validate}, each invocation running one then the other, so that both
   * see the same moment of the machine; {@link BenchmarkReport} prints their ratio per iteration.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Paired {
    /** Nanoseconds spent in the baseline's part during the iteration. */
    public long baselineNanos;
    /** Nanoseconds spent in the work's part during the iteration. */
    public long workNanos;

    @Setup(Level.Iteration)
    public void reset() {
      baselineNanos = 0;
      workNanos = 0;
    }
  }

  @Benchmark
  public ValidationReport paired(Paired times, Blackhole sink) throws IOException {
    long start = System.nanoTime();
    baseline(sink);
    long parsed = System.nanoTime();
    ValidationReport report = validator.validate(root);
    times.workNanos += System.nanoTime() - parsed;
    times.baselineNanos += parsed - start;
    return report;
  }
}
