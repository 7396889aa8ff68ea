package io.dpds.test;

import io.dpds.config.ProjectConfig;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A descriptor under test: its root file, loaded once, with the project configuration ({@code dpds.yaml}) found
 * beside it or above it (its root, prefix maps and hosts; the checks take its profile, severities, disabled rules,
 * waivers, modes and policies). Made by {@link DpdsAssertions#descriptor(Path)}; checked with
 * {@link DpdsAssertions#assertThat(Descriptor)}.
 */
public final class Descriptor {

  private final Path file;
  private final ProjectConfig config;
  private final Consumer<DescriptorLoader.Builder> settings;
  private final DescriptorLoader loader;
  private final LoadResult loaded;

  Descriptor(Path file, Consumer<DescriptorLoader.Builder> settings) {
    this.file = Objects.requireNonNull(file, "file");
    Objects.requireNonNull(settings, "settings");
    this.config = ProjectConfig.find(file);
    this.settings = b -> {
      config.applyTo(b); // a configuration with problems applies nothing; the assertions report them
      settings.accept(b);
    };
    // references in promise, expectation and obligation fields followed, as dpds validate (default profile), diff and
    // policy read a descriptor: an API kept in components.apis is what the assertions judge
    DescriptorLoader.Builder b = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT);
    this.settings.accept(b);
    this.loader = b.build();
    this.loaded = loader.load(file);
  }

  /** {@return the root file} */
  public Path file() {
    return file;
  }

  /** {@return the loader it was read with (also used for the descriptors it is compared with)} */
  public DescriptorLoader loader() {
    return loader;
  }

  /** {@return the project configuration found for it; {@link ProjectConfig#none()} when there is none} */
  public ProjectConfig config() {
    return config;
  }

  /** The loader settings, also given to the checker and the policy engine (they read API documents too). */
  Consumer<DescriptorLoader.Builder> settings() {
    return settings;
  }

  /** {@return what loading gave: the resolved descriptor, or why there is none} */
  public LoadResult loaded() {
    return loaded;
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
