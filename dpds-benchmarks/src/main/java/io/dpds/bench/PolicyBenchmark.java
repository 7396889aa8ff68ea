package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ReferencePositions;
import io.dpds.load.ResourceLoader;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyReport;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * 50 policies (the built-in pack and 43 declarative ones of every assertion kind, some reading the ports' AsyncAPI
 * definitions and Avro payloads) over one descriptor of 500 output ports; the baseline is {@code readTree} of it.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PolicyBenchmark {

  static final int PORTS = 500;
  private static final String[] ASSERTIONS = {
    "{path: name, matches: '^port[0-9]+$'}",
    "{path: version, semver: '>=1.0.0 <2.0.0'}",
    "{path: promises.platform, in: ['kafka:eu-west-1', 'kafka:us-east-1']}",
    "{path: promises.servicesType, equals: streaming-services}",
    "{path: promises.slo, exists: true}",
    "{path: tags, contains: [bench]}",
    "{path: '$payloads', count: {min: 1, max: 3}}",
    "{path: '$payloads[*].format', matches: '(?i)avro'}",
    "{path: '$api.asyncapi', semver: '^2.0.0'}",
    "{all: [{path: promises.slo, exists: true}, {path: promises.deprecationPolicy, exists: true}]}",
    "{any: [{path: promises.api.specification, equals: asyncapi}, {path: promises.api.specification,"
        + " equals: openapi}]}",
    "{none: [{path: promises.platform, equals: local}]}",
    "{path: '$payloads[*].schema.fields[*].name', contains: [id, source, status]}",
  };

  private final ObjectMapper baselineParser = new ObjectMapper();
  private byte[] bytes;
  private PolicyEngine engine;
  private PolicyInput input;

  @Setup
  public void setUp() throws IOException {
    String text = GeneratedDescriptors.singleFile(PORTS, false);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    URI uri = URI.create(GeneratedDescriptors.BASE + "policies.json");
    var resolved = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT)
        .loader(ResourceLoader.inMemory(Map.of(uri.toString(), text))).build().load(uri).resolved().orElseThrow();
    input = PolicyInput.of(PolicyEvent.VERSION_PUBLICATION, resolved);
    StringBuilder policies = new StringBuilder("policies:\n");
    for (int i = 0; i < 43; i++) {
      policies.append("  - id: bench.p").append(i).append("\n    description: policy ").append(i)
          .append("\n    select: \"$.interfaceComponents.outputPorts[?(@.promises.servicesType == ")
          .append("'streaming-services')]\"\n    assert: ").append(ASSERTIONS[i % ASSERTIONS.length]).append('\n');
    }
    Path file = Files.createTempFile("bench-policies", ".yaml");
    Files.writeString(file, policies);
    engine = PolicyEngine.builder().builtin().files(file).build();
    Files.delete(file);
    if (!engine.problems().isEmpty() || engine.policies().size() != 50) {
      throw new IllegalStateException("policies do not compile: " + engine.problems());
    }
    PolicyReport report = engine.check(input);
    if (report.results().size() != 50) {
      throw new IllegalStateException("unexpected report: " + report);
    }
  }

  @Benchmark
  public JsonNode baseline() throws IOException {
    return baselineParser.readTree(bytes);
  }

  @Benchmark
  public PolicyReport check() {
    return engine.check(input);
  }
}
