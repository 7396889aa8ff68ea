package io.dpds.store.jdbc;

import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle store on PostgreSQL, over a {@link DataSource} the host provides (its pool, e.g. HikariCP). Several
 * processes on several machines may share one database: every guarantee of {@link LifecycleStore} holds across them,
 * so the Registry and Deployment Services of all of them see one truth (one winner per version published, at most one
 * running deployment per product version, leases and fencing by revision).
 *
 * <p>Every operation is one SQL statement in auto-commit: a compare-and-set is one {@code UPDATE ... WHERE revision =
 * ?}, an append one {@code INSERT}; nothing is ever half-applied. When the database cannot be reached, or rolls a
 * statement back (connection lost, restart, serialization failure, deadlock, timeout), the operation is tried again
 * with growing waits for up to {@link Builder#retryFor}: reads simply again, writes with the token they carry, so that
 * a write whose first attempt was applied before the connection broke is recognised and not applied twice. Past that
 * time, or for any other failure, a {@link JdbcStoreException} with the SQL state is thrown.
 *
 * <p>The tables are made by the SQL migrations shipped in this jar ({@code io/dpds/store/jdbc/migrations}, named for
 * Flyway and readable by Liquibase) or by {@link #migrate()}. Names and log entries must not contain U+0000, which
 * PostgreSQL text cannot hold. Thread-safe.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.builder(dataSource).schema("lifecycle").build();
 * store.migrate();
 * RegistryService registry = RegistryService.builder().store(store).build();
 * }</pre>
 */
public final class JdbcStore implements LifecycleStore {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

  private final DataSource dataSource;
  private final TableNames names;
  private final Duration retryFor;
  private final int timeoutSeconds;
  private final String get;
  private final String create;
  private final String replace;
  private final String delete;
  private final String writer;
  private final String keys;
  private final String append;
  private final String read;

  private JdbcStore(Builder b) {
    this.dataSource = b.dataSource;
    this.names = new TableNames(b.schema, b.prefix);
    this.retryFor = b.retryFor;
    this.timeoutSeconds = (int) Math.max(1, b.statementTimeout.toSeconds());
    String records = names.records();
    this.get = "SELECT revision, value FROM " + records + " WHERE collection = ? AND key = ?";
    this.create = "INSERT INTO " + records + " (collection, key, revision, value, writer) VALUES (?, ?, 1, ?, ?)"
        + " ON CONFLICT DO NOTHING";
    this.replace = "UPDATE " + records + " SET revision = revision + 1, value = ?, writer = ?"
        + " WHERE collection = ? AND key = ? AND revision = ?";
    this.delete = "DELETE FROM " + records + " WHERE collection = ? AND key = ? AND revision = ?";
    this.writer = "SELECT writer FROM " + records + " WHERE collection = ? AND key = ?";
    this.keys = "SELECT key FROM " + records + " WHERE collection = ?";
    this.append = "INSERT INTO " + names.logEntries() + " (log, entry, token) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    this.read = "SELECT entry FROM " + names.logEntries() + " WHERE log = ? ORDER BY seq";
  }

  /**
   * {@return a builder of a store over {@code dataSource}: tables {@code dpds_records} and {@code dpds_log_entries} in
   * the connections' current schema, retries for 30 s}
   *
   * @param dataSource where connections come from; the store closes each one it takes
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * {@return a data source without a pool that opens a connection per call through {@link java.sql.DriverManager}},
   * for tools and tests; a long-running host brings its own pool instead
   *
   * @param url the JDBC URL, e.g. {@code jdbc:postgresql://db:5432/platform}
   * @param user the user, or null to take it from the URL
   * @param password the password, or null for none; never logged or shown
   */
  public static DataSource dataSource(String url, @Nullable String user, @Nullable String password) {
    return new UrlDataSource(url, user, password);
  }

  /**
   * Creates or upgrades the store's tables (and its schema, when one was given) to this version: the migrations the
   * database lacks are applied in one transaction, under a lock, so concurrent callers apply each once. Hosts that use
   * Flyway or Liquibase may run the shipped SQL files with their tool instead.
   *
   * @return the versions applied now; empty when the tables were up to date
   * @throws JdbcStoreException when the database refuses, or was migrated by a newer version
   */
  public List<Integer> migrate() {
    try (Connection connection = dataSource.getConnection()) {
      List<Integer> applied = Migrations.apply(connection, names);
      if (!applied.isEmpty()) {
        LOG.info("Migrated the lifecycle store {} to version {}", names.records(), applied.get(applied.size() - 1));
      }
      return applied;
    } catch (SQLException e) {
      throw failure("Migrating the store's tables failed", e);
    }
  }

  @Override
  public Optional<Entry> get(String collection, String key) {
    check(collection);
    check(key);
    return withRetries("Reading " + collection + "/" + key, connection -> {
      try (PreparedStatement statement = prepare(connection, get)) {
        statement.setString(1, collection);
        statement.setString(2, key);
        try (ResultSet row = statement.executeQuery()) {
          return row.next() ? Optional.of(new Entry(row.getLong(1), row.getBytes(2))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public boolean create(String collection, String key, byte[] value) {
    check(collection);
    check(key);
    byte[] copy = value.clone();
    UUID token = UUID.randomUUID();
    return write("Creating " + collection + "/" + key, create, statement -> {
      statement.setString(1, collection);
      statement.setString(2, key);
      statement.setBytes(3, copy);
      statement.setObject(4, token);
    }, connection -> writerOf(connection, collection, key).filter(token::equals).isPresent());
  }

  @Override
  public boolean replace(String collection, String key, long revision, byte[] value) {
    check(collection);
    check(key);
    byte[] copy = value.clone();
    UUID token = UUID.randomUUID();
    return write("Replacing " + collection + "/" + key, replace, statement -> {
      statement.setBytes(1, copy);
      statement.setObject(2, token);
      statement.setString(3, collection);
      statement.setString(4, key);
      statement.setLong(5, revision);
    }, connection -> writerOf(connection, collection, key).filter(token::equals).isPresent());
  }

  /**
   * {@inheritDoc}
   *
   * <p>When the connection broke after the statement was sent and the record is gone on the retry, the delete counts
   * as this call's: a concurrent delete of the same revision would then also report success.
   */
  @Override
  public boolean delete(String collection, String key, long revision) {
    check(collection);
    check(key);
    return write("Deleting " + collection + "/" + key, delete, statement -> {
      statement.setString(1, collection);
      statement.setString(2, key);
      statement.setLong(3, revision);
    }, connection -> writerOf(connection, collection, key).isEmpty());
  }

  @Override
  public List<String> keys(String collection) {
    check(collection);
    return withRetries("Listing " + collection, connection -> {
      try (PreparedStatement statement = prepare(connection, keys)) {
        statement.setString(1, collection);
        List<String> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getString(1));
          }
        }
        found.sort(null); // Java's order, whatever the database's collation
        return List.copyOf(found);
      }
    });
  }

  @Override
  public void append(String log, String entry) {
    check(log);
    if (entry.indexOf('\n') >= 0 || entry.indexOf('\r') >= 0 || entry.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a log entry is one line, without U+0000");
    }
    UUID token = UUID.randomUUID();
    withRetries("Appending to " + log, connection -> {
      try (PreparedStatement statement = prepare(connection, append)) {
        statement.setString(1, log);
        statement.setString(2, entry);
        statement.setObject(3, token);
        return statement.executeUpdate(); // 0 on a retry whose first attempt was applied: the token is there
      }
    });
  }

  @Override
  public List<String> read(String log) {
    check(log);
    return withRetries("Reading " + log, connection -> {
      try (PreparedStatement statement = prepare(connection, read)) {
        statement.setString(1, log);
        List<String> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            entries.add(rows.getString(1));
          }
        }
        return List.copyOf(entries);
      }
    });
  }

  @Override
  public String toString() {
    return "JdbcStore[" + names.records() + "]";
  }

  /**
   * Runs a compare-and-set write; after a failure that may have followed the statement's arrival, a retry that changes
   * no row asks {@code appliedBefore} whether the first attempt was applied (the record carries this call's token, or
   * is gone).
   */
  private boolean write(String what, String sql, Binder binder, Operation<Boolean> appliedBefore) {
    return withRetries(what, new Operation<>() {
      private boolean sent;

      @Override
      public Boolean run(Connection connection) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql)) {
          binder.bind(statement);
          boolean retried = sent;
          sent = true;
          return statement.executeUpdate() == 1 || retried && appliedBefore.run(connection);
        }
      }
    });
  }

  private Optional<UUID> writerOf(Connection connection, String collection, String key) throws SQLException {
    try (PreparedStatement statement = prepare(connection, writer)) {
      statement.setString(1, collection);
      statement.setString(2, key);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setQueryTimeout(timeoutSeconds);
    return statement;
  }

  private <T> T withRetries(String what, Operation<T> operation) {
    long deadline = System.nanoTime() + retryFor.toNanos();
    long wait = 50;
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        if (!connection.getAutoCommit()) {
          connection.setAutoCommit(true);
        }
        return operation.run(connection);
      } catch (SQLException e) {
        if (!SqlStates.transientFailure(e) || System.nanoTime() + wait * 1_000_000 > deadline) {
          throw failure(what + " failed" + (attempt > 1 ? " after " + attempt + " attempts" : ""), e);
        }
        LOG.warn("{} failed (SQL state {}), trying again in {} ms: {}", what, e.getSQLState(), wait, e.getMessage());
        sleep(wait);
        wait = Math.min(wait * 2, 2_000);
      }
    }
  }

  private JdbcStoreException failure(String what, SQLException e) {
    String state = e.getSQLState();
    String hint = SqlStates.UNDEFINED_TABLE.equals(state)
        ? ": the store's tables are missing (" + names.records() + "); run JdbcStore.migrate() or"
            + " 'dpds store migrate --store URL', or the SQL migrations with Flyway or Liquibase"
        : ": " + e.getMessage();
    return new JdbcStoreException(what + hint, state, e);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting to try the database again", e);
    }
  }

  private static void check(String name) {
    if (Objects.requireNonNull(name, "name").isEmpty() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("a store name or key is not empty and has no U+0000");
    }
  }

  /** One attempt of an operation on a fresh connection. */
  private interface Operation<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Sets the parameters of a write. */
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Builds a {@link JdbcStore}. */
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable String schema;
    private String prefix = Migrations.DEFAULT_PREFIX;
    private Duration retryFor = Duration.ofSeconds(30);
    private Duration statementTimeout = Duration.ofSeconds(30);

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Puts the tables in {@code schema} (which {@link #migrate()} creates when missing) instead of the connections'
     * current schema.
     *
     * @param schema a lower-case SQL identifier, e.g. {@code lifecycle}
     * @return this builder
     * @throws IllegalArgumentException when it is not such an identifier
     */
    public Builder schema(String schema) {
      new TableNames(schema, prefix);
      this.schema = schema;
      return this;
    }

    /**
     * Names the tables {@code <prefix>records}, {@code <prefix>log_entries} and {@code <prefix>migrations} (default
     * {@code dpds_}), e.g. to keep several stores in one schema.
     *
     * @param prefix a lower-case SQL identifier, e.g. {@code staging_}
     * @return this builder
     * @throws IllegalArgumentException when it is not such an identifier
     */
    public Builder tablePrefix(String prefix) {
      new TableNames(schema, prefix);
      this.prefix = prefix;
      return this;
    }

    /**
     * How long an operation keeps trying while the database cannot be reached or rolls it back (30 s by default);
     * zero tries once.
     *
     * @param retryFor the time
     * @return this builder
     */
    public Builder retryFor(Duration retryFor) {
      if (retryFor.isNegative()) {
        throw new IllegalArgumentException("a retry time is not negative: " + retryFor);
      }
      this.retryFor = retryFor;
      return this;
    }

    /**
     * How long one statement may run before it is cancelled and counted as a failure (30 s by default, at least 1 s).
     *
     * @param timeout the time
     * @return this builder
     */
    public Builder statementTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a statement timeout is positive: " + timeout);
      }
      this.statementTimeout = timeout;
      return this;
    }

    /** {@return the store; nothing is asked of the database until it is used} */
    public JdbcStore build() {
      return new JdbcStore(this);
    }
  }
}
