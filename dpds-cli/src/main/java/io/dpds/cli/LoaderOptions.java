package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ReferencePositions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;

/** The options that decide what a command may read; shared by every command that loads descriptors. */
final class LoaderOptions {

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "Folder that local references must stay in (default: the folder of each root file).")
  Path root;

  @Option(
      names = "--allow-host",
      paramLabel = "HOST",
      description = "Allow references over HTTP(S) to this host (repeatable). Off by default.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--map",
      paramLabel = "PREFIX=DIR",
      description = "Serve references whose URI starts with PREFIX from the local folder DIR (repeatable).")
  List<String> mappings = new ArrayList<>();

  @Option(
      names = "--lenient-refs",
      description = "Also follow references in promises/expectations/obligations fields (e.g. to components.apis).")
  boolean lenientRefs;

  /** Adds each {@code PREFIX=DIR} mapping of {@code option}; a malformed one throws IllegalArgumentException. */
  static void mapPrefixes(DescriptorLoader.Builder b, String option, List<String> mappings) {
    forEachMapping(option, mappings, b::mapPrefix);
  }

  /** Hands each {@code PREFIX=DIR} of {@code option} to {@code each}; a malformed one throws IllegalArgumentException. */
  static void forEachMapping(String option, List<String> mappings, BiConsumer<String, Path> each) {
    for (String mapping : mappings) {
      int eq = mapping.lastIndexOf('=');
      if (eq <= 0 || eq == mapping.length() - 1) {
        throw new IllegalArgumentException(option + " takes PREFIX=DIR, not '" + mapping + "'");
      }
      each.accept(mapping.substring(0, eq), Path.of(mapping.substring(eq + 1)));
    }
  }

  private ProjectConfig config = ProjectConfig.none();

  /** Takes the project configuration under these options: they are applied after it, so they win. */
  void use(ProjectConfig config) {
    this.config = config;
  }

  /** The loader these options describe; a malformed {@code --map} throws {@link IllegalArgumentException}. */
  DescriptorLoader loader() {
    return loader(ReferencePositions.SPEC);
  }

  /** As {@link #loader()}, following references at {@code positions} (or anywhere lenient, with the option). */
  DescriptorLoader loader(ReferencePositions positions) {
    DescriptorLoader.Builder b = DescriptorLoader.builder().referencePositions(positions);
    configure(b);
    return b.build();
  }

  /** Applies these options to a loader under construction. */
  void configure(DescriptorLoader.Builder b) {
    configure(b, config);
  }

  /** Applies these options, with {@code config} as the configuration, to a loader under construction. */
  void configure(DescriptorLoader.Builder b, ProjectConfig config) {
    mapPrefixes(b, "--map", mappings); // asked before the configuration's mappings
    config.applyTo(b);
    if (root != null) {
      b.root(root);
    }
    b.allowHttpHosts(allowedHosts.toArray(String[]::new));
    if (lenientRefs) {
      b.referencePositions(ReferencePositions.LENIENT);
    }
  }
}
