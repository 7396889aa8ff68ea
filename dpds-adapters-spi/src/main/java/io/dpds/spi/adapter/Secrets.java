package io.dpds.spi.adapter;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
  /** Every value, and its URL-encoded and JSON-escaped forms, that redaction removes. */
  private final List<String> forms;

  private Secrets(Map<String, String> values) {
    this.values = Map.copyOf(values);
    Set<String> forms = new LinkedHashSet<>();
    for (String value : this.values.values()) {
      if (value.length() >= SHORTEST_REDACTED) {
        forms.add(value);
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        forms.add(new String(JsonStringEncoder.getInstance().quoteAsString(value)));
      }
    }
    this.forms = List.copyOf(forms);
  }

  /** {@return no secrets} */
  public static Secrets none() {
    return NONE;
  }

  /**
   * {@return the secrets {@code name -> value}}
   *
   * @param values the secrets, by name
   */
  public static Secrets of(Map<String, String> values) {
    return values.isEmpty() ? NONE : new Secrets(values);
  }

  /**
   * {@return the value of the secret {@code name}, if given}
   *
   * @param name the secret's name
   */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
  }

  /** {@return the names of the secrets, sorted; never their values} */
  public Set<String> names() {
    return new TreeMap<>(values).keySet();
  }

  /**
   * {@return {@code text} with every secret value (of {@value #SHORTEST_REDACTED} characters or more), as written,
   * URL-encoded or JSON-escaped, replaced by {@code ***}; where values overlap in the text, the whole overlapping
   * stretch is one {@code ***}, so no part of either survives} Null stays null.
   *
   * @param text any text, e.g. a log line or an error message
   */
  public String redact(String text) {
    if (text == null || forms.isEmpty()) {
      return text;
    }
    boolean[] secret = null;
    for (String form : forms) {
      for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        secret = secret == null ? new boolean[text.length()] : secret;
        Arrays.fill(secret, at, at + form.length(), true);
      }
    }
    if (secret == null) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!secret[i]) {
        out.append(text.charAt(i));
      } else if (i == 0 || !secret[i - 1]) {
        out.append("***");
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Secrets" + names();
  }
}
