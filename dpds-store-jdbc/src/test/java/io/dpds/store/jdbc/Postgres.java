package io.dpds.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * One real PostgreSQL server per test JVM, started from the binaries zonky publishes on Maven Central and stopped at
 * exit; each store a test asks for gets tables of its own (a fresh prefix), so tests never see each other's records.
 */
final class Postgres {

  private static final AtomicInteger STORES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static HikariDataSource pool;

  private Postgres() {}

  /** The shared server, started on first use. */
  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException e) {
          // the JVM is ending; the data folder is temporary
        }
      }));
    }
    return server;
  }

  /** A pool of connections to the shared server's {@code postgres} database, as a host would have. */
  static synchronized DataSource dataSource() {
    if (pool == null) {
      pool = pool(16);
    }
    return pool;
  }

  /** A new pool of at most {@code size} connections (closed at exit), as another instance of a host would have. */
  static HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url());
    config.setUsername("postgres");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(5_000);
    return new HikariDataSource(config);
  }

  /** The JDBC URL of the shared server's {@code postgres} database, for child processes. */
  static String url() {
    return server().getJdbcUrl("postgres", "postgres");
  }

  /** A migrated store with tables nobody else uses. */
  static JdbcStore freshStore() {
    JdbcStore store = JdbcStore.builder(dataSource()).tablePrefix("t" + STORES.incrementAndGet() + "_").build();
    store.migrate();
    return store;
  }
}
