package io.dpds.bench;

import io.dpds.fix.DescriptorFixer;
import io.dpds.fix.FixResult;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code dpds fix} on a descriptor of 500 ports spread over 50 YAML files (a root and 49 files of ports it references
 * item by item), each port with two findings to fix (an FQN carrying the full version, a null description): the
 * fixes of every document, planned and applied in memory (nothing written), against the baseline, validating the same
 * descriptor once. The ratio is what fixing costs in validations.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FixBenchmark {

  static final int PORTS = 500;
  static final int FILES = 50;

  private Path folder;
  private Path root;
  private final DescriptorValidator validator = DescriptorValidator.defaults();
  private final DescriptorFixer fixer = DescriptorFixer.builder().build();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("dpds-fix-bench");
    Files.createDirectories(folder.resolve("ports"));
    StringBuilder rootText = new StringBuilder("""
        # a product of 500 ports, 10 to a file
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: urn:dpds:com.acme:dataproducts:bench:1
          name: bench
          version: 1.0.0
          domain: benchmarks
          owner: {id: bench@acme.com}
        interfaceComponents:
          outputPorts:
        """);
    int perFile = PORTS / (FILES - 1) + 1;
    for (int file = 0, port = 0; port < PORTS; file++) {
      StringBuilder ports = new StringBuilder("# ports of file " + file + "\nports:\n");
      for (int j = 0; j < perFile && port < PORTS; j++, port++) {
        ports.append("  - fullyQualifiedName: urn:dpds:com.acme:dataproducts:bench:1.0.0:outputports:p").append(port)
            .append("\n    name: p").append(port).append("\n    version: 1.0.0\n    description: null   # unknown\n");
        rootText.append("    - $ref: ports/f").append(file).append(".yaml#/ports/").append(j).append('\n');
      }
      Files.writeString(folder.resolve("ports/f" + file + ".yaml"), ports);
    }
    root = folder.resolve("data-product-descriptor.yaml");
    Files.writeString(root, rootText);
    FixResult result = fixer.fix(root);
    if (result.fixes().size() != 2 * PORTS || result.remaining().stream().anyMatch(d -> d.isError())) {
      throw new IllegalStateException("unexpected fixes: " + result.fixes().size() + ", " + result.remaining());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (var files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Benchmark
  public ValidationReport baseline() {
    return validator.validate(root);
  }

  @Benchmark
  public FixResult fix() {
    return fixer.fix(root);
  }
}
