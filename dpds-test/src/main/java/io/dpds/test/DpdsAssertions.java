package io.dpds.test;

import io.dpds.load.DescriptorLoader;
import java.nio.file.Path;
import java.util.function.Consumer;

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
    return new Descriptor(file, settings -> { });
  }

  /** The descriptor whose root file is {@code file}; references may reach anywhere under {@code root}. */
  public static Descriptor descriptor(Path file, Path root) {
    return new Descriptor(file, settings -> settings.root(root));
  }

  /**
   * The descriptor whose root file is {@code file}, read with these loader settings (root folder, allowed hosts,
   * prefix mappings); the checks use them too.
   */
  public static Descriptor descriptor(Path file, Consumer<DescriptorLoader.Builder> settings) {
    return new Descriptor(file, settings);
  }

  /** The assertions on {@code descriptor}. */
  public static DescriptorAssert assertThat(Descriptor descriptor) {
    return new DescriptorAssert(descriptor);
  }
}
