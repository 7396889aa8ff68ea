package io.dpds.test;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A descriptor under test: its root file, loaded once. Made by {@link DpdsAssertions#descriptor(Path)}; checked with
 * {@link DpdsAssertions#assertThat(Descriptor)}.
 */
public final class Descriptor {

  private final Path file;
  private final Consumer<DescriptorLoader.Builder> settings;
  private final DescriptorLoader loader;
  private final LoadResult loaded;

  Descriptor(Path file, Consumer<DescriptorLoader.Builder> settings) {
    this.file = Objects.requireNonNull(file, "file");
    this.settings = Objects.requireNonNull(settings, "settings");
    DescriptorLoader.Builder b = DescriptorLoader.builder();
    settings.accept(b);
    this.loader = b.build();
    this.loaded = loader.load(file);
  }

  /** The root file. */
  public Path file() {
    return file;
  }

  /** The loader it was read with (also used for the descriptors it is compared with). */
  public DescriptorLoader loader() {
    return loader;
  }

  /** The loader settings, also given to the checker and the policy engine (they read API documents too). */
  Consumer<DescriptorLoader.Builder> settings() {
    return settings;
  }

  /** What loading gave: the resolved descriptor, or why there is none. */
  public LoadResult loaded() {
    return loaded;
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
