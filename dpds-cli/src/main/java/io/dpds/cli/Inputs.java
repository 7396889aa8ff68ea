package io.dpds.cli;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.Document;
import io.dpds.load.ResourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inputs a command names: a file, {@code -} for standard input, or a folder, which stands for every root
 * descriptor below it (a JSON or YAML file whose top level has {@code dataProductDescriptor}), in path order; hidden
 * folders and build output ({@code target}, {@code node_modules}) are not searched.
 */
final class Inputs {

  /** The name standard input is given: {@code <stdin>} in the working directory, so references resolve there. */
  static final Path STDIN = Path.of("<stdin>");
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", "build");

  private Inputs() {}

  /** The files {@code arguments} stand for; {@code -} becomes {@link #STDIN}. */
  static List<Path> expand(List<String> arguments) {
    List<Path> files = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (argument.equals("-")) {
        files.add(STDIN);
      } else if (Files.isDirectory(path)) {
        List<Path> roots = roots(path);
        if (roots.isEmpty()) {
          throw new IllegalArgumentException("no root descriptor (a JSON or YAML file with a top-level"
              + " dataProductDescriptor) under " + argument);
        }
        files.addAll(roots);
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static List<Path> roots(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(file -> folder.relativize(file).getParent() == null || searched(folder.relativize(file).getParent()))
          .filter(Inputs::descriptorFile)
          .filter(Inputs::isRoot)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }

  private static boolean searched(Path relativeFolder) {
    for (Path name : relativeFolder) {
      if (name.toString().startsWith(".") || SKIPPED.contains(name.toString())) {
        return false;
      }
    }
    return true;
  }

  private static boolean descriptorFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  private static boolean isRoot(Path file) {
    URI uri = file.toAbsolutePath().normalize().toUri();
    try {
      Document document = DescriptorLoader.builder().root(file.toAbsolutePath().getParent()).build().reader(uri)
          .read(uri);
      return document.tree().map(tree -> tree.isObject() && tree.has("dataProductDescriptor")).orElse(false);
    } catch (ResourceException e) {
      return false; // unreadable or too large: not taken as a descriptor
    }
  }
}
