package io.dpds.spi.store;

/**
 * The store's medium failed (disk full, permissions, unreadable record, database unreachable); the operation did not
 * happen. A store may throw a subclass that says more, e.g. the SQL state of a database's failure.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * What failed, and the failure of the medium.
   *
   * @param message what failed
   * @param cause the failure of the medium, or null when there is none to give
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
