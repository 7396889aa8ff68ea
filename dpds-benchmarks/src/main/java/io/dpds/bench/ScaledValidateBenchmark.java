package io.dpds.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Full validation of one JSON descriptor with 100, 500 and 2,000 output ports (each with an inline AsyncAPI document
 * and Avro payload), to show that the cost grows linearly with the size; the baseline is {@code readTree}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScaledValidateBenchmark {

  @Param({"100", "500", "2000"})
  public int ports;

  private final ObjectMapper baselineParser = new ObjectMapper();
  private byte[] bytes;
  private DescriptorValidator validator;
  private URI uri;

  @Setup
  public void setUp() {
    String text = GeneratedDescriptors.singleFile(ports, false);
    bytes = text.getBytes(StandardCharsets.UTF_8);
    uri = URI.create(GeneratedDescriptors.BASE + "ports" + ports + ".json");
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
