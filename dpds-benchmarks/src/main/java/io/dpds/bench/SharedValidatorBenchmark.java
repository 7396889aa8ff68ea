package io.dpds.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One validator shared by the threads of a host: validations per second on one thread ({@code baseline}) and on two
 * ({@code twoThreads}), so the report's ratio is the speed-up a second core gives (1.8 or more is the aim). The two are
 * measured minutes apart, which a machine whose speed moves cannot compare, so {@code paired} times both in each
 * invocation: some validations on one thread, then as many shared by two threads at once; its
 * paired ratio (the one thread's time over the two threads') is the speed-up. {@code readTreePaired} does the same
 * with Jackson's {@code readTree} of the same bytes: the speed-up this machine gives a parser that reads them once, to
 * judge the validation's by. The descriptors are the clean ones of {@link RealisticValidateBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SharedValidatorBenchmark {

  @Param({"100", "500"})
  public int ports;

  /**
   * Validations of 100 ports in the one-thread half of a {@code paired} invocation; fewer of larger ones, two at least.
   * The one-thread half lasts about 40 ms here, the two-thread one 20. That one ends when the slower thread does, and
   * in halves of 10 and 5 ms (16) a pause of either thread weighed four times as much: the validation's speed-up at 100
   * ports read 1.68 where the longer halves read 1.99 (one run each), {@code readTree}'s 1.76 where they read 1.84.
   */
  static final int ROUND = 64;

  /** Where the second thread of a {@code paired} invocation is. */
  private static final int WAITING = 0;
  private static final int READY = 1;
  private static final int GO = 2;
  private static final int DONE = 3;

  private final ObjectMapper parser = new ObjectMapper();
  private DescriptorValidator validator;
  private URI root;
  private byte[] bytes;
  private int round; // validations per thread when two share the work
  private ExecutorService second;

  @Setup
  public void setUp() {
    root = URI.create(GeneratedDescriptors.BASE + "root.json");
    String text = GeneratedDescriptors.singleFile(ports, false, GeneratedDescriptors.Variant.CLEAN);
    Map<String, String> documents = Map.of(root.toString(), text);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    validator = GeneratedDescriptors.validator(documents);
    GeneratedDescriptors.requireClean(validator.validate(root));
    round = Math.max(1, ROUND * 100 / ports / 2);
    second = Executors.newSingleThreadExecutor();
  }

  @TearDown
  public void tearDown() {
    second.shutdownNow();
  }

  @Benchmark
  @Threads(1)
  public ValidationReport baseline() {
    return validator.validate(root);
  }

  @Benchmark
  @Threads(2)
  public ValidationReport twoThreads() {
    return validator.validate(root);
  }

  /**
   * One thread validates {@code 2 * round} times ({@code workNanos}), then two threads validate {@code round} times
   * each at once ({@code baselineNanos}, from the moment both are ready to the moment both are done).
   */
  @Benchmark
  @Threads(1)
  public void paired(RealisticValidateBenchmark.Paired times, Blackhole sink) throws Exception {
    pair(times, () -> sink.consume(validator.validate(root)));
  }

  /** As {@link #paired}, each step Jackson's {@code readTree} of the descriptor's bytes instead of a validation. */
  @Benchmark
  @Threads(1)
  public void readTreePaired(RealisticValidateBenchmark.Paired times, Blackhole sink) throws Exception {
    pair(times, () -> sink.consume(parser.readTree(bytes)));
  }

  /** One step of the work {@link #pair} times on one thread and on two. */
  private interface Step {
    void run() throws Exception;
  }

  /**
   * Times {@code 2 * round} steps on this thread, then {@code round} on each of two threads at once. The two threads
   * meet by spinning, not by blocking: waking a parked thread takes tens of microseconds here, which is time neither
   * thread works, a few per cent of a half that lasts a few milliseconds.
   */
  private void pair(RealisticValidateBenchmark.Paired times, Step step) throws Exception {
    long start = System.nanoTime();
    steps(2 * round, step);
    times.workNanos += System.nanoTime() - start;
    AtomicInteger other = new AtomicInteger(WAITING);
    Future<?> half = second.submit(() -> {
      other.set(READY);
      spinUntil(other, GO);
      try {
        steps(round, step);
      } finally {
        other.set(DONE);
      }
      return null;
    });
    spinUntil(other, READY);
    start = System.nanoTime();
    other.set(GO);
    steps(round, step);
    spinUntil(other, DONE);
    times.baselineNanos += System.nanoTime() - start;
    half.get(); // what the second thread threw, if anything
  }

  private static void spinUntil(AtomicInteger state, int wanted) {
    while (state.get() != wanted) {
      Thread.onSpinWait();
    }
  }

  private static void steps(int count, Step step) throws Exception {
    for (int i = 0; i < count; i++) {
      step.run();
    }
  }
}
