package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResourceException;
import io.dpds.load.ResourceLoader;
import io.dpds.policy.PolicyEngine;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

/**
 * One publication of the track-and-trace sample's version 1.1.0 (a dry run: validation, compatibility against the
 * stored 1.0.0, the built-in policies, the self-contained copy) from its files, with Avro payloads in {@code .avsc}
 * files. The baseline is Jackson reading every file the publication reads, once each. Run from the project root (or
 * set {@code -Ddpds.samples=DIR}).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PublishBenchmark {

  private final ObjectMapper json = new ObjectMapper();
  private final YAMLMapper yaml = new YAMLMapper();
  private List<Path> files;
  private Path version;
  private RegistryService registry;

  @Setup
  public void setUp() throws IOException {
    Path samples = Path.of(System.getProperty("dpds.samples", "samples")).toAbsolutePath().normalize();
    version = samples.resolve("trackandtrace-1.1.0/data-product-descriptor.yaml");
    Set<URI> read = new TreeSet<>();
    ResourceLoader folder = ResourceLoader.fileSystem(samples);
    ResourceLoader recording = new ResourceLoader() {
      @Override
      public boolean supports(URI uri) {
        return folder.supports(uri);
      }

      @Override
      public byte[] read(URI uri, long maxBytes) throws ResourceException {
        read.add(uri);
        return folder.read(uri, maxBytes);
      }
    };
    RegistryService recorded = registry(DescriptorLoader.builder().loader(recording).build(), samples);
    read.clear();
    dryRun(recorded);
    files = read.stream().map(Path::of).toList();
    registry = registry(DescriptorLoader.builder().root(samples).build(), samples);
    dryRun(registry);
  }

  /** A registry over a store that holds version 1.0.0. */
  private static RegistryService registry(DescriptorLoader loader, Path samples) {
    RegistryService service = RegistryService.builder().store(new InMemoryStore())
        .policies(PolicyEngine.builder().builtin().build()).loader(loader).build();
    PublishReport first = service.publish(samples.resolve("trackandtrace/data-product-descriptor.yaml"), false);
    if (first.outcome() != PublishReport.Outcome.STORED) {
      throw new IllegalStateException("the sample's 1.0.0 does not publish: " + first);
    }
    return service;
  }

  private void dryRun(RegistryService service) {
    PublishReport report = service.publish(version, true);
    if (report.outcome() != PublishReport.Outcome.WOULD_STORE) {
      throw new IllegalStateException("the sample's 1.1.0 does not pass: " + report);
    }
  }

  @Benchmark
  public List<JsonNode> baseline() throws IOException {
    List<JsonNode> trees = new ArrayList<>();
    for (Path file : files) {
      trees.add((file.toString().endsWith(".yaml") ? yaml : json).readTree(file.toFile()));
    }
    return trees;
  }

  @Benchmark
  public PublishReport publish() {
    return registry.publish(version, true);
  }
}
