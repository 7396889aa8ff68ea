package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import io.dpds.model.DataProductDescriptor;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading a single-file descriptor of 1 to 5,000 ports (parse + source map + resolve + bind, every object read) against
 * the baseline, Jackson's {@code readTree} of the same bytes with the parser of the same format. {@code baseline} and
 * {@code load} are measured a minute or more apart, which a machine whose speed moves cannot compare; {@code paired}
 * times both in each invocation, for the ratio {@link BenchmarkReport} prints per iteration.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleFileLoadBenchmark {

  @Param({"json", "yaml"})
  public String format;

  @Param({"1", "100", "2000", "5000"})
  public int ports;

  private ObjectMapper baselineParser;
  private byte[] bytes;
  private DescriptorLoader loader;
  private URI uri;

  @Setup
  public void setUp() {
    boolean yaml = format.equals("yaml");
    baselineParser = GeneratedDescriptors.baselineParser(yaml);
    String text = GeneratedDescriptors.singleFile(ports, yaml);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    uri = URI.create(GeneratedDescriptors.BASE + "single." + format);
    loader = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(), text))).build();
    GeneratedDescriptors.requireClean(loader.load(uri));
  }

  @Benchmark
  public JsonNode baseline() throws IOException {
    return baselineParser.readTree(bytes);
  }

  /**
   * Loads the descriptor and reads every object of its lists, which are bound when first read (ports, components,
   * tasks, contact points), so that binding is measured as before it was deferred.
   */
  @Benchmark
  public LoadResult load(Blackhole read) {
    LoadResult loaded = loader.load(uri);
    DataProductDescriptor descriptor = loaded.resolved().orElseThrow().descriptor();
    descriptor.info().ifPresent(info -> info.contactPoints().forEach(read::consume));
    descriptor.interfaceComponents().ifPresent(ports -> ports.allPorts().forEach(read::consume));
    descriptor.internalComponents().ifPresent(internal -> {
      internal.applicationComponents().forEach(read::consume);
      internal.infrastructuralComponents().forEach(read::consume);
      internal.lifecycleInfo().values().forEach(tasks -> tasks.forEach(read::consume));
    });
    return loaded;
  }

  /** {@link #baseline}, then {@link #load}, each timed: both see the same moment of the machine. */
  @Benchmark
  public LoadResult paired(RealisticValidateBenchmark.Paired times, Blackhole read) throws IOException {
    long start = System.nanoTime();
    read.consume(baseline());
    long parsed = System.nanoTime();
    LoadResult loaded = load(read);
    times.workNanos += System.nanoTime() - parsed;
    times.baselineNanos += parsed - start;
    return loaded;
  }
}
