package io.dpds.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyReport;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Any policy file against any descriptor (the seeds are policy files of every assertion kind and a descriptor with
 * AsyncAPI and Avro inline): a broken policy file is a problem, a policy that fails on odd input is a violation;
 * nothing throws.
 */
class PolicyFuzzTest {

  static final Path FILE;

  static {
    try {
      FILE = Files.createTempFile("dpds-fuzz-policy", ".yaml");
      FILE.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "15s")
  void policies(FuzzedDataProvider data) throws IOException {
    Files.writeString(FILE, data.consumeString(data.remainingBytes() / 2 + 1));
    URI uri = URI.create("mem://fuzz/descriptor.yaml");
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(),
        data.consumeRemainingAsString()))).build().load(uri);

    PolicyEngine engine = PolicyEngine.builder().files(FILE).build();

    assertThat(engine.problems()).allSatisfy(p -> assertThat(p.location()).isPresent());
    if (loaded.resolved().isPresent()) {
      PolicyReport report = engine.check(PolicyInput.of(PolicyEvent.VERSION_PUBLICATION, loaded.resolved().get()));
      assertThat(report.results()).hasSameSizeAs(engine.policies());
    }
  }
}
