package io.dpds.store.jdbc;

import io.dpds.spi.store.StoreException;
import org.jspecify.annotations.Nullable;

/** A failure of the database under a {@link JdbcStore}, with the SQL state that says which. */
public final class JdbcStoreException extends StoreException {

  private static final long serialVersionUID = 1L;

  /** The SQL state; null when the driver gave none. */
  private final @Nullable String sqlState;

  /**
   * A failure of the database.
   *
   * @param message what failed, and the database's own message
   * @param sqlState the SQL state, e.g. {@code 08006} for a lost connection; null when the driver gave none
   * @param cause the driver's exception
   */
  public JdbcStoreException(String message, @Nullable String sqlState, Throwable cause) {
    super(sqlState == null ? message : message + " (SQL state " + sqlState + ")", cause);
    this.sqlState = sqlState;
  }

  /** {@return the SQL state, e.g. {@code 08006} for a lost connection; null when the driver gave none} */
  public @Nullable String sqlState() {
    return sqlState;
  }
}
