package io.dpds.spi.store;

/** The store's medium failed (disk full, permissions, unreadable record); the operation did not happen. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * What failed, and the failure of the medium.
   *
   * @param message what failed
   * @param cause the failure of the medium
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
