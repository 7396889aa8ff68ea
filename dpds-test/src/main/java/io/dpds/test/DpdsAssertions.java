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

  /**
   * {@return the descriptor whose root file is {@code file}, read with the default loader (references stay in its
   * folder)}
   *
   * @param file the root document
   */
  public static Descriptor descriptor(Path file) {
    return new Descriptor(file, settings -> { });
  }

  /**
   * {@return the descriptor whose root file is {@code file}; references may reach anywhere under {@code root}}
   *
   * @param file the root document
   * @param root the folder references may reach
   */
  public static Descriptor descriptor(Path file, Path root) {
    return new Descriptor(file, settings -> settings.root(root));
  }

  /**
   * {@return the descriptor whose root file is {@code file}, read with these loader settings (root folder, allowed
   * hosts, prefix mappings); the checks use them too}
   *
   * @param file the root document
   * @param settings changes to the loader builder
   */
  public static Descriptor descriptor(Path file, Consumer<DescriptorLoader.Builder> settings) {
    return new Descriptor(file, settings);
  }

  /**
   * {@return the assertions on {@code descriptor}}
   *
   * @param descriptor the descriptor
   */
  public static DescriptorAssert assertThat(Descriptor descriptor) {
    return new DescriptorAssert(descriptor);
  }
}
