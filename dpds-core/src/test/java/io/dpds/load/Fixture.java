package io.dpds.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test documents into a folder and loads them. */
final class Fixture {

  final Path dir;

  Fixture(Path dir) {
    this.dir = dir;
  }

  /** Writes {@code text} to {@code relative} (folders created) and returns its path. */
  Path write(String relative, String text) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LoadResult load(String relative) {
    return DescriptorLoader.defaults().load(dir.resolve(relative));
  }

  /** A minimal valid root document in YAML whose output ports are {@code outputPorts} (a YAML flow sequence). */
  static String root(String outputPorts) {
    return """
        dataProductDescriptor: 1.0.0
        info:
          name: fixture
          version: 1.0.0
          domain: testing
          fullyQualifiedName: urn:dpds:com.example:dataproducts:fixture:1
          owner: {id: owner@example.com}
        interfaceComponents:
          outputPorts: %s
        """.formatted(outputPorts);
  }
}
