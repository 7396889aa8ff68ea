package io.dpds.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/** What the SQL state of a failure says about trying again (PostgreSQL's codes, appendix A of its manual). */
final class SqlStates {

  /** {@code 42P01}: the table does not exist. */
  static final String UNDEFINED_TABLE = "42P01";

  /**
   * The states after which the statement had no effect or the connection is gone: serialization failure and deadlock
   * (rolled back), shutdown and restart, too many connections, statement cancelled by its timeout.
   */
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "57P01", "57P02", "57P03", "53300", "57014");

  private SqlStates() {}

  /** Whether the failure may pass: the connection failed (class 08), or the database rolled back or was restarting. */
  static boolean transientFailure(SQLException e) {
    String state = e.getSQLState();
    return e instanceof SQLTransientException || e instanceof SQLRecoverableException
        || state != null && (state.startsWith("08") || TRANSIENT.contains(state));
  }
}
