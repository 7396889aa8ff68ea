package io.dpds.samples;

import static io.dpds.test.DpdsAssertions.assertThat;
import static io.dpds.test.DpdsAssertions.descriptor;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample's versions, checked the way a product team checks its own descriptors in its build: with the
 * descriptor assertions of dpds-test.
 */
class SampleVersionsTest {

  static final Path SAMPLES = Path.of(".").toAbsolutePath().normalize();
  static final Path V1 = version("trackandtrace");
  static final Path V1_1 = version("trackandtrace-1.1.0");
  static final Path V1_2 = version("trackandtrace-1.2.0-breaking");
  static final Path V2 = version("trackandtrace-2.0.0");

  static Path version(String folder) {
    return SAMPLES.resolve(folder).resolve("data-product-descriptor.yaml");
  }

  @Test
  void everyVersionIsValidAndPassesTheBuiltinPolicies() {
    for (Path version : new Path[] {V1, V1_1, V1_2, V2}) {
      assertThat(descriptor(version, SAMPLES)).isValid().passesBuiltinPolicies();
    }
  }

  @Test
  void theCompatibleVersionBreaksNothingAndSaysSo() {
    assertThat(descriptor(V1_1, SAMPLES)).hasNoBreakingChangesAgainst(V1).declaresItsChangesAgainst(V1);
  }

  @Test
  void theBreakingVersionIsCaughtWithItsFileAndLine() {
    assertThatThrownBy(() -> assertThat(descriptor(V1_2, SAMPLES)).hasNoBreakingChangesAgainst(V1_1))
        .hasMessageContaining("[compat.port.platform]").hasMessageContaining("trip-status-output.yaml:6:3");
    assertThatThrownBy(() -> assertThat(descriptor(V1_2, SAMPLES)).declaresItsChangesAgainst(V1_1))
        .hasMessageContaining("major change required, minor declared");
  }

  @Test
  void theSameChangeWithTheMajorBumpSaysWhatItDoes() {
    assertThat(descriptor(V2, SAMPLES)).declaresItsChangesAgainst(V1_1);
  }
}
