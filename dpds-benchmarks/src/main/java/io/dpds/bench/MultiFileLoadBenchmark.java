package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading a descriptor of 20 JSON files (a root and 19 ports it references) against the baseline, Jackson's
 * {@code readTree} of the same 20 files.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultiFileLoadBenchmark {

  private final ObjectMapper baselineParser = new ObjectMapper();
  private List<byte[]> files;
  private DescriptorLoader loader;
  private final URI root = URI.create(GeneratedDescriptors.BASE + "root.json");

  @Setup
  public void setUp() {
    Map<String, String> documents = GeneratedDescriptors.multiFile(20);
    files = new ArrayList<>();
    documents.values().forEach(f -> files.add(f.getBytes(StandardCharsets.UTF_8)));
    loader = DescriptorLoader.builder().loader(ResourceLoader.inMemory(documents)).build();
    GeneratedDescriptors.requireClean(loader.load(root));
  }

  @Benchmark
  public void baseline(Blackhole sink) throws IOException {
    for (byte[] file : files) {
      sink.consume(baselineParser.readTree(file));
    }
  }

  @Benchmark
  public LoadResult load() {
    return loader.load(root);
  }
}
