package io.dpds.load;

import java.util.Objects;

/** Why a {@link ResourceLoader} could not, or would not, read a resource. The message is shown to the user. */
public final class ResourceException extends Exception {

  /** The kind of failure; each maps to a rule of {@link LoadRules}. */
  public enum Kind {
    /** Nothing at that address. */
    NOT_FOUND,
    /** The loader may not read it: outside the root, host not allowed, not a regular file. */
    REFUSED,
    /** Larger than the limit. */
    TOO_LARGE,
    /** Any other failure (I/O, timeout, HTTP error). */
    FAILED
  }

  /** What kind of failure it is. */
  private final Kind kind;

  /**
   * A failure of one kind.
   *
   * @param kind what kind of failure it is
   * @param message what failed, for people
   */
  public ResourceException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** {@return what kind of failure it is} */
  public Kind kind() {
    return kind;
  }
}
