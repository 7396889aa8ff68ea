package io.dpds.bench;

import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.net.URI;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One validator shared by the threads of a host: validations per second on one thread ({@code baseline}) and on two
 * ({@code twoThreads}), so the report's ratio is the speed-up a second core gives (1.8 or more is the aim). The
 * descriptors are the clean ones of {@link RealisticValidateBenchmark}.
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

  private DescriptorValidator validator;
  private URI root;

  @Setup
  public void setUp() {
    root = URI.create(GeneratedDescriptors.BASE + "root.json");
    Map<String, String> documents = Map.of(root.toString(),
        GeneratedDescriptors.singleFile(ports, false, GeneratedDescriptors.Variant.CLEAN));
    validator = GeneratedDescriptors.validator(documents);
    GeneratedDescriptors.requireClean(validator.validate(root));
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
}
