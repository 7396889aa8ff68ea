package io.dpds.test;

import io.dpds.load.DescriptorLoader;
import java.nio.file.Path;

/**
 * Entry point of the descriptor assertions, for JUnit tests of descriptors in product teams' own builds:
 *
 * <pre>{@code
 * import static io.dpds.test.DpdsAssertions.assertThat;
 * import static io.dpds.test.DpdsAssertions.descriptor;
 *
 * assertThat(descriptor(Path.of("data-product-descriptor.yaml"))).isValid()
 *     .hasNoBreakingChangesAgainst(Path.of("previous/data-product-descriptor.yaml"))
 *     .passesPolicies(Path.of("policies"));
 * }</pre>
 */
public final class DpdsAssertions {

  private DpdsAssertions() {}

  /** The descriptor whose root file is {@code file}, read with the default loader (references stay in its folder). */
  public static Descriptor descriptor(Path file) {
    return new Descriptor(file, DescriptorLoader.defaults());
  }

  /** The descriptor whose root file is {@code file}; references may reach anywhere under {@code root}. */
  public static Descriptor descriptor(Path file, Path root) {
    return new Descriptor(file, DescriptorLoader.builder().root(root).build());
  }

  /** The descriptor whose root file is {@code file}, read with {@code loader}. */
  public static Descriptor descriptor(Path file, DescriptorLoader loader) {
    return new Descriptor(file, loader);
  }

  public static DescriptorAssert assertThat(Descriptor descriptor) {
    return new DescriptorAssert(descriptor);
  }
}
