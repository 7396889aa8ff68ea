package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.load.ResourceLoader;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
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

/**
 * Full validation of a single-file descriptor (load + JSON Schema + every rule, API definitions and Avro payloads
 * included) against the baseline, Jackson's {@code readTree} of the same bytes with the parser of the same format.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleFileValidateBenchmark {

  @Param({"json", "yaml"})
  public String format;

  private ObjectMapper baselineParser;
  private byte[] bytes;
  private DescriptorValidator validator;
  private URI uri;

  @Setup
  public void setUp() {
    boolean yaml = format.equals("yaml");
    baselineParser = GeneratedDescriptors.baselineParser(yaml);
    String text = GeneratedDescriptors.singleFile(10, yaml);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    uri = URI.create(GeneratedDescriptors.BASE + "single." + format);
    validator = GeneratedDescriptors.validator(Map.of(uri.toString(), text));
    GeneratedDescriptors.requireClean(validator.validate(uri));
  }

  @Benchmark
  public JsonNode baseline() throws IOException {
    return baselineParser.readTree(bytes);
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(uri);
  }
}
