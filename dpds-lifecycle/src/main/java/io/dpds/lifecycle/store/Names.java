package io.dpds.lifecycle.store;

import java.util.Objects;

/** Argument checks shared by the stores. */
final class Names {

  private Names() {}

  static String check(String name) {
    if (Objects.requireNonNull(name, "name").isEmpty() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a store name or key is not empty and has no U+0000");
    }
    return name;
  }

  static String line(String entry) {
    if (entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0 || entry.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a log entry is one line, without U+0000");
    }
    return entry;
  }
}
