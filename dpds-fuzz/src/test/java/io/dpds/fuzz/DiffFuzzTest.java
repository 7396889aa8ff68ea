package io.dpds.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityReport;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import java.net.URI;
import java.util.Map;

/**
 * Any two documents (the seeds are versions of one descriptor, with AsyncAPI and Avro inline): the compatibility
 * check answers with findings, never throws.
 */
class DiffFuzzTest {

  static final CompatibilityChecker CHECKER = CompatibilityChecker.defaults();

  @FuzzTest(maxDuration = "15s")
  void diff(FuzzedDataProvider data) {
    String old = data.consumeString(data.remainingBytes() / 2 + 1);
    String now = data.consumeRemainingAsString();
    URI a = URI.create("mem://fuzz/old.yaml");
    URI b = URI.create("mem://fuzz/new.yaml");
    DescriptorLoader loader = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(a.toString(), old,
        b.toString(), now))).build();
    LoadResult before = loader.load(a);
    LoadResult after = loader.load(b);

    CompatibilityReport report = CHECKER.check(before, after);

    assertThat(report.findings()).isNotNull();
    assertThat(report.comparable() || !report.inputProblems().isEmpty()).as("not comparable says why").isTrue();
  }
}
