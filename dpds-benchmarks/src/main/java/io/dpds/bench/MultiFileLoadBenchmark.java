package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading a descriptor of 20 JSON files (a root and 19 ports it references) against the baseline, Jackson's
 * {@code readTree} of the same 20 files: held in memory, or in a folder on the disk, where the baseline reads each
 * file's bytes too and the loader confines its reads to the folder, symbolic links followed.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultiFileLoadBenchmark {

  @Param({"memory", "disk"})
  public String source;

  private final ObjectMapper baselineParser = new ObjectMapper();
  private final List<byte[]> files = new ArrayList<>();
  private final List<Path> paths = new ArrayList<>();
  private DescriptorLoader loader;
  private Path folder;
  private Path rootFile;
  private final URI root = URI.create(GeneratedDescriptors.BASE + "root.json");

  @Setup
  public void setUp() throws IOException {
    Map<String, String> documents = GeneratedDescriptors.multiFile(20);
    documents.values().forEach(f -> files.add(f.getBytes(StandardCharsets.UTF_8)));
    if (source.equals("disk")) {
      folder = Files.createTempDirectory("dpds-bench");
      for (Map.Entry<String, String> document : documents.entrySet()) {
        Path file = folder.resolve(document.getKey().substring(GeneratedDescriptors.BASE.length()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, document.getValue());
        paths.add(file);
      }
      rootFile = paths.get(0);
      loader = DescriptorLoader.builder().build();
    } else {
      loader = DescriptorLoader.builder().loader(ResourceLoader.inMemory(documents)).build();
    }
    GeneratedDescriptors.requireClean(load());
  }

  @TearDown
  public void tearDown() throws IOException {
    if (folder != null) {
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path path : all.sorted(Comparator.reverseOrder()).toList()) { // files before their folders
          Files.delete(path);
        }
      }
    }
  }

  @Benchmark
  public void baseline(Blackhole sink) throws IOException {
    if (source.equals("disk")) {
      for (Path path : paths) {
        sink.consume(baselineParser.readTree(Files.readAllBytes(path)));
      }
    } else {
      for (byte[] file : files) {
        sink.consume(baselineParser.readTree(file));
      }
    }
  }

  @Benchmark
  public LoadResult load() {
    return source.equals("disk") ? loader.load(rootFile) : loader.load(root);
  }
}
