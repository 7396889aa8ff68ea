package io.dpds.compat;

import java.util.Locale;
import java.util.Optional;
import io.dpds.identity.SemanticVersion;

/**
 * How far a SemVer version moved: the bump a set of changes requires, or the bump a new version declares. Ordered:
 * each bump covers the ones before it; {@link #DECREASE} is only ever declared and covers nothing.
 */
public enum Bump {
  /** No version change. */
  NONE,
  /** A patch: fixes only, nothing a consumer can see. */
  PATCH,
  /** A minor: additions consumers can ignore. */
  MINOR,
  /** A major: consumers may break. */
  MAJOR,
  /** The new version is lower than the old one. */
  DECREASE;

  /** {@return the lower-case name used in reports: none, patch, minor, major, decrease} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return whether a version that declares this bump may carry changes that require {@code required}}
   *
   * @param required the bump the changes require
   */
  public boolean covers(Bump required) {
    if (this == DECREASE || required == DECREASE) {
      return false;
    }
    return compareTo(required) >= 0;
  }

  /**
   * {@return the bump from {@code oldVersion} to {@code newVersion}, two SemVer 2.0.0 versions; empty when either is
   * not one} A change of pre-release or build only, upwards, counts as a patch.
   *
   * @param oldVersion the earlier version
   * @param newVersion the later version
   */
  public static Optional<Bump> declared(String oldVersion, String newVersion) {
    SemanticVersion old = SemanticVersion.parse(oldVersion).orElse(null);
    SemanticVersion now = SemanticVersion.parse(newVersion).orElse(null);
    if (old == null || now == null) {
      return Optional.empty();
    }
    int order = now.compareTo(old);
    if (order < 0) {
      return Optional.of(DECREASE);
    }
    if (order == 0) {
      return Optional.of(NONE);
    }
    if (!now.major().equals(old.major())) {
      return Optional.of(MAJOR);
    }
    return Optional.of(!now.minor().equals(old.minor()) ? MINOR : PATCH);
  }

  /** The major of a SemVer version, its digits as written, when it is one. */
  static Optional<String> major(String version) {
    return SemanticVersion.parse(version).map(SemanticVersion::major);
  }

  /** Whether {@code version} is a SemVer version of major 0: breaking changes then need a minor bump only. */
  static boolean isInitialDevelopment(String version) {
    return major(version).filter("0"::equals).isPresent();
  }
}
