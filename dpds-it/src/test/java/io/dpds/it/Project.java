package io.dpds.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository the tests run in, and what its POMs say. */
final class Project {

  static final Path ROOT = Path.of(System.getProperty("dpds.project.dir", "..")).toAbsolutePath().normalize();

  private Project() {}

  static String read(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every match of {@code group 1} of {@code regex} in {@code text}, in order. */
  static List<String> all(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
