package org.example.host;

import static io.dpds.test.DpdsAssertions.assertThat;
import static io.dpds.test.DpdsAssertions.descriptor;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

// The README's descriptor test, word for word.
class DescriptorFitnessTest {

  @Test
  void ourDescriptorIsFitToPublish() {
    assertThat(descriptor(Path.of("data-product-descriptor.yaml")))
        .isValid()                                                    // or isValid(Profile.STRICT)
        .hasNoBreakingChangesAgainst(Path.of("released/data-product-descriptor.yaml"))
        .declaresItsChangesAgainst(Path.of("released/data-product-descriptor.yaml"))
        .passesPolicies(Path.of("mesh-policies"));                    // or passesBuiltinPolicies()
  }
}
