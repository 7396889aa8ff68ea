package io.dpds.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The versioned schema: shipped for Flyway and Liquibase, applied once by {@link JdbcStore#migrate()}. */
class MigrationsTest {

  private static final Path FOLDER = Path.of("src/main/resources", Migrations.FOLDER);

  @Test
  void everyShippedFileIsListedNamedForFlywayAndReadableByLiquibase() throws Exception {
    List<String> files;
    try (Stream<Path> listed = Files.list(FOLDER)) {
      files = listed.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(files).containsExactlyElementsOf(Migrations.FILES);
    for (int i = 0; i < files.size(); i++) {
      String file = files.get(i);
      assertThat(file).matches("V" + (i + 1) + "__[a-z_]+\\.sql");
      List<String> lines = Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isEqualTo("--liquibase formatted sql");
      assertThat(lines.get(1)).isEqualTo("--changeset dpds:" + (i + 1));
    }
  }

  @Test
  void migrateCreatesTheTablesOnceAndThenDoesNothing() throws Exception {
    JdbcStore store = JdbcStore.builder(Postgres.dataSource()).tablePrefix("once_").build();

    assertThat(store.migrate()).containsExactly(1);
    assertThat(store.migrate()).isEmpty();
    assertThat(tables("public", "once_")).containsExactly("once_log_entries", "once_migrations", "once_records");
    store.create("c", "k", new byte[] {1});
    assertThat(store.get("c", "k")).isPresent();
  }

  @Test
  void theShippedSqlRunAsItIsByAnotherToolLeavesMigrateNothingToBreak() throws Exception {
    try (Connection connection = Postgres.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      statement.execute("CREATE SCHEMA flyway_host; SET search_path TO flyway_host");
      statement.execute(Files.readString(FOLDER.resolve(Migrations.FILES.get(0))));
      statement.execute("SET search_path TO public");
    }
    JdbcStore store = JdbcStore.builder(Postgres.dataSource()).schema("flyway_host").build();
    store.create("c", "k", new byte[] {1});

    assertThat(store.migrate()).as("applied again idempotently, then recorded").containsExactly(1);
    assertThat(store.get("c", "k")).isPresent();
  }

  @Test
  void aSchemaAndAPrefixNameTheTablesAndKeepStoresApart() throws Exception {
    JdbcStore one = JdbcStore.builder(Postgres.dataSource()).schema("lifecycle").tablePrefix("a_").build();
    JdbcStore two = JdbcStore.builder(Postgres.dataSource()).schema("lifecycle").tablePrefix("b_").build();
    one.migrate();
    two.migrate();
    one.create("c", "k", new byte[] {1});

    assertThat(tables("lifecycle", "a_")).containsExactly("a_log_entries", "a_migrations", "a_records");
    assertThat(two.get("c", "k")).isEmpty();
    assertThat(one).hasToString("JdbcStore[lifecycle.a_records]");
  }

  @Test
  void concurrentMigrationsApplyEachVersionOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<List<Integer>> migrate =
            () -> JdbcStore.builder(Postgres.dataSource()).schema("racing").build().migrate();
        results.add(pool.submit(migrate));
      }
      List<Integer> applied = new ArrayList<>();
      for (Future<List<Integer>> result : results) {
        applied.addAll(result.get());
      }
      assertThat(applied).containsExactly(1);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aStoreWithoutItsTablesSaysHowToMakeThem() {
    JdbcStore store = JdbcStore.builder(Postgres.dataSource()).tablePrefix("never_migrated_").retryFor(
        java.time.Duration.ZERO).build();

    assertThatThrownBy(() -> store.get("c", "k")).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("never_migrated_records").hasMessageContaining("dpds store migrate")
        .hasMessageContaining("SQL state 42P01")
        .satisfies(e -> assertThat(((JdbcStoreException) e).sqlState()).isEqualTo("42P01"));
  }

  @Test
  void aDatabaseMigratedByANewerVersionIsNotTouched() throws Exception {
    JdbcStore store = JdbcStore.builder(Postgres.dataSource()).tablePrefix("newer_").build();
    store.migrate();
    try (Connection connection = Postgres.dataSource().getConnection(); Statement statement =
        connection.createStatement()) {
      statement.execute("INSERT INTO newer_migrations (version, script) VALUES (99, 'V99__future.sql')");
    }

    assertThatThrownBy(store::migrate).hasMessageContaining("migrated by a newer dpds-store-jdbc (version 99");
  }

  @Test
  void namesThatAreNotPlainIdentifiersAreRefused() {
    JdbcStore.Builder builder = JdbcStore.builder(Postgres.dataSource());

    assertThatThrownBy(() -> builder.schema("x; DROP TABLE y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.tablePrefix("Upper_")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.retryFor(java.time.Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JdbcStore.dataSource("postgresql://x", null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:");
  }

  private static List<String> tables(String schema, String prefix) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = Postgres.dataSource().getConnection(); ResultSet rows = connection.getMetaData()
        .getTables(null, schema, prefix.replace("_", "\\_") + "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME"));
      }
    }
    return names.stream().sorted().toList();
  }
}
