package io.dpds.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH command-line options accepted, e.g. a name regex, {@code -f}, {@code -i}, {@code -prof gc})
 * and prints each result as the median of its measured iterations with their range, its ratio to the {@code baseline}
 * benchmark of the same class with the same parameters measured in the same run (median to median), and, under
 * {@code -prof gc}, the bytes it allocates per operation and their ratio to the baseline's. A benchmark that runs its
 * work and the baseline in each invocation and counts the time of each ({@code workNanos} and {@code baselineNanos},
 * JMH auxiliary counters) gets their ratio instead: its median over the measured iterations, and its range. On a
 * noisy machine this paired ratio is the steadier one, since both parts see the same moments.
 *
 * <p>Every fork runs on a fixed 4 GB heap whose pages are all touched before the first iteration ({@code
 * -jvmArgsAppend} may change either). The collection forced between iterations shrinks a heap that is free to resize,
 * and the iterations after it then measure young collections of a small heap copying what is being worked on:
 * validation of 500 clean ports measured 42 ms instead of 13, its {@code readTree} baseline 5.5 ms instead of 2.6. A
 * heap not touched in advance is touched by the benchmarks, a page at a time, while the young generation grows into
 * it; on a virtual machine a first touch can cost 17 us a page (this 2-core one), so for seconds the benchmark that
 * allocates most measures the kernel: validation of 100 ports ran 5 to 8 times slower for the first 15 seconds of a
 * fork, 40 to 56 % of its thread's samples in the kernel's page faults. Touching the heap at start costs each fork
 * about 9 seconds here.
 */
public final class BenchmarkReport {

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .shouldDoGC(true)
            .jvmArgsPrepend("-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch")
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Row> rows = new LinkedHashMap<>();
    for (RunResult r : results) {
      String key = r.getParams().getBenchmark().replaceAll("^.*\\.(\\w+)\\.(\\w+)$", "$1.$2") + paramsOf(r);
      rows.put(key, Row.of(r));
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-58s %12s %21s %9s %14s %9s %26s%n", "benchmark", "median", "range", "x base",
        "alloc B/op", "x base", "paired x base [range]");
    rows.forEach((key, row) -> {
      String baseline = key.replaceFirst("\\.\\w+", ".baseline");
      Row base = key.equals(baseline) || row.paired.length > 0 ? null : rows.get(baseline); // paired: inside
      System.out.printf(Locale.ROOT, "%-58s %12.3f %21s %9s %14s %9s %26s  %s%n", key, row.median,
          String.format(Locale.ROOT, "[%.3f, %.3f]", row.min, row.max),
          base == null ? "" : String.format(Locale.ROOT, "%.2f", row.median / base.median),
          Double.isNaN(row.allocated) ? "" : String.format(Locale.ROOT, "%.0f", row.allocated),
          base == null || Double.isNaN(row.allocated) ? ""
              : String.format(Locale.ROOT, "%.2f", row.allocated / base.allocated),
          row.paired.length == 0 ? "" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", medianOf(row.paired),
              row.paired[0], row.paired[row.paired.length - 1]),
          row.unit);
    });
  }

  /**
   * One benchmark's figures: the median and range of its iterations, its allocation per operation, and for a
   * benchmark that times its work and a baseline in each invocation ({@code workNanos}, {@code baselineNanos}) their
   * ratio in each iteration, sorted.
   */
  private record Row(double median, double min, double max, double allocated, double[] paired, String unit) {
    static Row of(RunResult r) {
      double[] scores = iterations(r).mapToDouble(i -> i.getPrimaryResult().getScore()).sorted().toArray();
      double[] paired = iterations(r)
          .filter(i -> i.getSecondaryResults().containsKey("workNanos"))
          .mapToDouble(i -> i.getSecondaryResults().get("workNanos").getScore()
              / i.getSecondaryResults().get("baselineNanos").getScore())
          .sorted()
          .toArray();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      return new Row(medianOf(scores), scores[0], scores[scores.length - 1],
          alloc == null ? Double.NaN : alloc.getScore(), paired, r.getPrimaryResult().getScoreUnit());
    }

    private static Stream<IterationResult> iterations(RunResult r) {
      return r.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream());
    }
  }

  private static double medianOf(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String paramsOf(RunResult r) {
    StringBuilder out = new StringBuilder();
    for (String name : r.getParams().getParamsKeys()) {
      out.append(out.length() == 0 ? " [" : ", ").append(name).append('=').append(r.getParams().getParam(name));
    }
    return out.length() == 0 ? "" : out.append(']').toString();
  }

  private BenchmarkReport() {}
}
