package io.dpds.report;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. Declared from the most to the least serious. */
public enum Severity {
  /** The descriptor is wrong: it must be fixed before it is published. */
  ERROR,
  /** Probably a mistake, or something the spec advises against; the descriptor is still usable. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /** {@return the lower-case name used in every output format: {@code error}, {@code warning}, {@code info}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return whether this severity is at least as serious as {@code other}}
   *
   * @param other the severity to compare with
   */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /**
   * Parses a {@link #label()}; case-insensitive.
   *
   * @param label {@code error}, {@code warning} or {@code info}, in any case
   * @return the severity
   */
  public static Severity fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
