package io.dpds.store.jdbc;

import io.dpds.spi.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The versioned schema: the SQL files under {@code io/dpds/store/jdbc/migrations}, named as Flyway wants them
 * ({@code V1__lifecycle_store.sql}), and what {@link JdbcStore#migrate()} does with them.
 */
final class Migrations {

  /** The folder of the SQL files on the class path. */
  static final String FOLDER = "io/dpds/store/jdbc/migrations/";

  /** The table prefix the files are written with. */
  static final String DEFAULT_PREFIX = "dpds_";

  /** Every migration, oldest first; a new one is added at the end, never changed once released. */
  static final List<String> FILES = List.of("V1__lifecycle_store.sql");

  private Migrations() {}

  /** The version a file name gives: {@code V1__lifecycle_store.sql} is 1. */
  static int version(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }

  /** The SQL of {@code file} with the tables named by {@code names}. */
  static String sql(String file, TableNames names) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("missing from the jar: " + FOLDER + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(DEFAULT_PREFIX, names.prefix());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FOLDER + file, e);
    }
  }

  /**
   * Applies the migrations the database lacks, in one transaction under an advisory lock (so concurrent callers apply
   * each once), and returns the versions applied.
   */
  static List<Integer> apply(Connection connection, TableNames names) throws SQLException {
    List<Integer> applied = new ArrayList<>();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(" + names.lockKey() + ")");
      if (names.schema().isPresent()) {
        statement.execute("CREATE SCHEMA IF NOT EXISTS " + names.schema().get());
        statement.execute("SET LOCAL search_path TO " + names.schema().get());
      }
      statement.execute("CREATE TABLE IF NOT EXISTS " + names.migrations() + " (version integer PRIMARY KEY,"
          + " script text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
      Set<Integer> done = new HashSet<>();
      try (ResultSet rows = statement.executeQuery("SELECT version FROM " + names.migrations())) {
        while (rows.next()) {
          done.add(rows.getInt(1));
        }
      }
      int newest = version(FILES.get(FILES.size() - 1));
      if (done.stream().anyMatch(v -> v > newest)) {
        throw new StoreException("The store's tables were migrated by a newer dpds-store-jdbc (version "
            + done.stream().max(Integer::compare).orElseThrow() + "; this one knows up to " + newest
            + "): use that version or a newer one.", null);
      }
      for (String file : FILES) {
        if (done.add(version(file))) {
          statement.execute(sql(file, names));
          try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + names.migrations()
              + " (version, script) VALUES (?, ?)")) {
            record.setInt(1, version(file));
            record.setString(2, file);
            record.executeUpdate();
          }
          applied.add(version(file));
        }
      }
      connection.commit();
      return applied;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
