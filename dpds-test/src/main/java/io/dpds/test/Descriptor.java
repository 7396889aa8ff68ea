package io.dpds.test;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A descriptor under test: its root file, loaded once. Made by {@link DpdsAssertions#descriptor(Path)}; checked with
 * {@link DpdsAssertions#assertThat(Descriptor)}.
 */
public final class Descriptor {

  private final Path file;
  private final DescriptorLoader loader;
  private final LoadResult loaded;

  Descriptor(Path file, DescriptorLoader loader) {
    this.file = Objects.requireNonNull(file, "file");
    this.loader = Objects.requireNonNull(loader, "loader");
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

  /** What loading gave: the resolved descriptor, or why there is none. */
  public LoadResult loaded() {
    return loaded;
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
