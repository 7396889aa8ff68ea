package io.dpds.validation;

import io.dpds.report.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A descriptor written to a folder for one test: the root file and any other files, by relative path. */
final class Fixture {

  static final String ROOT = "data-product-descriptor.yaml";

  private final Map<String, String> files = new LinkedHashMap<>();

  /** The valid base descriptor (fixtures/valid/base.yaml) as the root file. */
  static Fixture base() {
    return new Fixture().file(ROOT, resource("fixtures/valid/base.yaml"));
  }

  /** Every file under a test-resource folder, by path relative to it; its root file is {@link #ROOT}. */
  static Fixture tree(String folder) {
    Fixture fixture = new Fixture();
    try {
      Path base = Path.of(Fixture.class.getClassLoader().getResource(folder).toURI());
      try (Stream<Path> walk = Files.walk(base)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          fixture.file(base.relativize(file).toString().replace('\\', '/'), Files.readString(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return fixture;
  }

  static String resource(String name) {
    try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Fixture file(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** Replaces {@code old} (which must occur exactly once) in the root file. */
  Fixture replace(String old, String now) {
    return replaceIn(ROOT, old, now);
  }

  /** Replaces {@code old} (which must occur exactly once) in the file at {@code path}. */
  Fixture replaceIn(String path, String old, String now) {
    return edit(path, text -> {
      int at = text.indexOf(old);
      if (at < 0 || text.indexOf(old, at + 1) >= 0) {
        throw new IllegalArgumentException("'" + old + "' must occur exactly once in " + path);
      }
      return text.substring(0, at) + now + text.substring(at + old.length());
    });
  }

  Fixture edit(String path, UnaryOperator<String> change) {
    files.put(path, change.apply(files.get(path)));
    return this;
  }

  String text(String path) {
    return files.get(path);
  }

  /** The 1-based line of the {@code occurrence}-th (from 1) occurrence of {@code needle} in a file. */
  int lineOf(String path, String needle, int occurrence) {
    String text = files.get(path);
    int at = -1;
    for (int i = 0; i < occurrence; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + needle + "' does not occur " + occurrence + " times in " + path);
      }
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Writes the files under {@code dir} and returns the root file. */
  Path write(Path dir) {
    try {
      for (var e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.resolve(ROOT);
  }

  static String describe(Iterable<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    diagnostics.forEach(d -> out.append("\n  ").append(d));
    return out.toString();
  }
}
