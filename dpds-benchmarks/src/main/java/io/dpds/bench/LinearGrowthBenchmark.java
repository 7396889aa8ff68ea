package io.dpds.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.validation.DescriptorValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whether validation grows linearly with the descriptor: the time a port of a descriptor of {@value #LARGE} ports
 * takes, over the time a port of one of {@value #SMALL} takes (1.2 at most is the aim), for clean descriptors and for
 * descriptors with a finding a port. Run one after the other, the two sizes meet different moments of a machine whose
 * speed moves, and their ratios to {@code readTree} mix in the parser's own growth; so {@code paired} times both sizes
 * in each invocation, as many ports of each: {@value #LARGE} / {@value #SMALL} validations of the small descriptor
 * ({@code baselineNanos}), then one of the large ({@code workNanos}); the report's paired ratio is the growth. {@code
 * readTreePaired} does the same with Jackson's {@code readTree} of the same bytes: what this machine gives a parser that
 * reads them once, to judge the validation's growth by. The descriptors are those of {@link RealisticValidateBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LinearGrowthBenchmark {

  static final int SMALL = 100;
  static final int LARGE = 5_000;

  @Param({"clean", "findings"})
  public String kind;

  private final ObjectMapper parser = new ObjectMapper();
  private final URI root = URI.create(GeneratedDescriptors.BASE + "root.json");
  private DescriptorValidator small;
  private DescriptorValidator large;
  private byte[] smallBytes;
  private byte[] largeBytes;

  @Setup
  public void setUp() {
    GeneratedDescriptors.Variant variant = GeneratedDescriptors.Variant.valueOf(kind.toUpperCase(Locale.ROOT));
    String smallText = GeneratedDescriptors.singleFile(SMALL, false, variant);
    String largeText = GeneratedDescriptors.singleFile(LARGE, false, variant);
    small = GeneratedDescriptors.validatorOfAll(Map.of(root.toString(), smallText));
    large = GeneratedDescriptors.validatorOfAll(Map.of(root.toString(), largeText));
    smallBytes = smallText.getBytes(StandardCharsets.UTF_8);
    largeBytes = largeText.getBytes(StandardCharsets.UTF_8);
    for (DescriptorValidator validator : new DescriptorValidator[] {small, large}) {
      int ports = validator == small ? SMALL : LARGE;
      int findings = validator.validate(root).diagnostics().size();
      if (variant == GeneratedDescriptors.Variant.CLEAN ? findings > 0 : findings < ports) {
        throw new IllegalStateException(kind + " descriptor of " + ports + " ports has " + findings + " findings");
      }
    }
  }

  /** {@value #LARGE} / {@value #SMALL} validations of the small descriptor, then one of the large, each timed. */
  @Benchmark
  public void paired(RealisticValidateBenchmark.Paired times, Blackhole sink) throws IOException {
    pair(times, () -> sink.consume(small.validate(root)), () -> sink.consume(large.validate(root)));
  }

  /** As {@link #paired}, each validation Jackson's {@code readTree} of the descriptor's bytes instead. */
  @Benchmark
  public void readTreePaired(RealisticValidateBenchmark.Paired times, Blackhole sink) throws IOException {
    pair(times, () -> sink.consume(parser.readTree(smallBytes)), () -> sink.consume(parser.readTree(largeBytes)));
  }

  /** One step on a descriptor of one size. */
  private interface Step {
    void run() throws IOException;
  }

  /** Times {@value #LARGE} / {@value #SMALL} steps on the small descriptor, then one on the large. */
  private static void pair(RealisticValidateBenchmark.Paired times, Step onSmall, Step onLarge) throws IOException {
    long start = System.nanoTime();
    for (int i = 0; i < LARGE / SMALL; i++) {
      onSmall.run();
    }
    long between = System.nanoTime();
    onLarge.run();
    times.workNanos += System.nanoTime() - between;
    times.baselineNanos += between - start;
  }
}
