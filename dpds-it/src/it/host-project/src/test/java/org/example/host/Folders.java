package org.example.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The helper the README's adapter test calls. */
final class Folders {

  private Folders() {}

  /** Every path below {@code root}, sorted: the adapter's effect as a value. */
  static List<String> listFiles(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(p -> root.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
