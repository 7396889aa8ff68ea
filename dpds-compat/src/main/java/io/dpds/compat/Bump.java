package io.dpds.compat;

import java.util.Locale;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * How far a SemVer version moved: the bump a set of changes requires, or the bump a new version declares. Ordered:
 * each bump covers the ones before it; {@link #DECREASE} is only ever declared and covers nothing.
 */
public enum Bump {
  NONE,
  PATCH,
  MINOR,
  MAJOR,
  /** The new version is lower than the old one. */
  DECREASE;

  /** The lower-case name used in reports: none, patch, minor, major, decrease. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a version that declares this bump may carry changes that require {@code required}. */
  public boolean covers(Bump required) {
    if (this == DECREASE || required == DECREASE) {
      return false;
    }
    return compareTo(required) >= 0;
  }

  /**
   * The bump from {@code oldVersion} to {@code newVersion}, two SemVer 2.0.0 versions; empty when either is not one.
   * A change of pre-release or build only, upwards, counts as a patch.
   */
  public static Optional<Bump> declared(String oldVersion, String newVersion) {
    Semver old = oldVersion == null ? null : Semver.parse(oldVersion);
    Semver now = newVersion == null ? null : Semver.parse(newVersion);
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
    if (now.getMajor() != old.getMajor()) {
      return Optional.of(MAJOR);
    }
    return Optional.of(now.getMinor() != old.getMinor() ? MINOR : PATCH);
  }

  /** The major of a SemVer version, when it is one. */
  static Optional<Integer> major(String version) {
    Semver parsed = version == null ? null : Semver.parse(version);
    return parsed == null ? Optional.empty() : Optional.of(parsed.getMajor());
  }
}
