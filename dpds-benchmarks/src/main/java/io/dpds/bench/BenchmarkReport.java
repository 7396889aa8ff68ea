package io.dpds.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH command-line options accepted, e.g. a name regex, {@code -f}, {@code -i}) and prints each
 * result as a ratio to the {@code baseline} benchmark of the same class with the same parameters, measured in the
 * same run.
 */
public final class BenchmarkReport {

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .shouldDoGC(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (RunResult r : results) {
      String key = r.getParams().getBenchmark().replaceAll("^.*\\.(\\w+)\\.(\\w+)$", "$1.$2") + paramsOf(r);
      scores.put(key, r.getPrimaryResult().getScore());
      units.put(key, r.getPrimaryResult().getScoreUnit());
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-60s %14s %10s%n", "benchmark", "score", "x baseline");
    scores.forEach((key, score) -> {
      String baseline = key.replaceFirst("\\.\\w+", ".baseline");
      Double base = key.equals(baseline) ? null : scores.get(baseline);
      System.out.printf(Locale.ROOT, "%-60s %14.3f %10s  %s%n", key, score,
          base == null ? "" : String.format(Locale.ROOT, "%.2f", score / base), units.get(key));
    });
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
