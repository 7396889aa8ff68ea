package io.dpds.spi.adapter;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Credentials handed to adapters apart from the descriptor. Never printed: {@link #toString()} shows the names only,
 * and {@link #redact(String)} removes the values from any text before it is logged, stored or reported. Immutable.
 */
public final class Secrets {

  private static final Secrets NONE = new Secrets(Map.of());
  private static final int SHORTEST_REDACTED = 4;

  private final Map<String, String> values;

  private Secrets(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static Secrets none() {
    return NONE;
  }

  /** The secrets {@code name -> value}. */
  public static Secrets of(Map<String, String> values) {
    return values.isEmpty() ? NONE : new Secrets(values);
  }

  /** The value of the secret {@code name}, if given. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
  }

  public Set<String> names() {
    return new TreeMap<>(values).keySet();
  }

  /**
   * {@code text} with every secret value (of {@value #SHORTEST_REDACTED} characters or more) replaced by
   * {@code ***}; null stays null.
   */
  public String redact(String text) {
    if (text == null || values.isEmpty()) {
      return text;
    }
    String out = text;
    for (String value : values.values()) {
      if (value.length() >= SHORTEST_REDACTED) {
        out = out.replace(value, "***");
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Secrets" + names();
  }
}
