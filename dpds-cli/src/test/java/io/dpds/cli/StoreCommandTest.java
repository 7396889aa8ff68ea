package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store jdbc:postgresql://...} and {@code dpds store migrate}, on a real PostgreSQL. */
class StoreCommandTest {

  private static EmbeddedPostgres postgres;
  private static String url;
  private final Cli cli = new Cli();

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres";
  }

  @AfterAll
  static void stop() throws IOException {
    postgres.close();
  }

  @Test
  void migrateMakesTheTablesOnceThenPublishAndDeployUseTheDatabase() {
    assertThat(cli.run("store", "migrate", "--store", url)).as(cli.err()).isZero();
    assertThat(cli.out()).isEqualTo("dpds: migrated the store's tables to version 1\n");
    assertThat(cli.run("store", "migrate", "--store", url)).isZero();
    assertThat(cli.out()).isEqualTo("dpds: the store's tables are up to date\n");

    Path descriptor = LifecycleCommandsTest.SAMPLE.resolve("data-product-descriptor.yaml");
    assertThat(cli.run("publish", descriptor.toString(), "--store", url)).as(cli.err()).isZero();
    assertThat(cli.out()).contains(LifecycleCommandsTest.FQN + " 1.0.0 published");
    assertThat(cli.run("publish", descriptor.toString(), "--store", url)).isZero();
    assertThat(cli.out()).contains("already published");
    CliAdapters.CALLS.clear();
    assertThat(cli.run("deploy", LifecycleCommandsTest.FQN, "1.0.0", "--stage", "dev", "--store", url))
        .as(cli.out() + cli.err()).isZero();
    assertThat(CliAdapters.CALLS).isNotEmpty();
  }

  @Test
  void aPasswordInTheUrlIsRefusedWithoutBeingShown() {
    assertThat(cli.run("store", "migrate", "--store", url + "&password=hunter2")).isEqualTo(2);
    assertThat(cli.err()).contains("DPDS_STORE_PASSWORD").doesNotContain("hunter2");
    assertThat(cli.out()).doesNotContain("hunter2");
  }

  @Test
  void aUrlNoDriverReadsIsRefusedAtOnceNotRetried() {
    assertThat(cli.run("publish", LifecycleCommandsTest.SAMPLE.resolve("data-product-descriptor.yaml").toString(),
        "--store", "jdbc:nodb://localhost/x", "--dry-run")).isEqualTo(2);

    assertThat(cli.err()).contains("no JDBC driver on the class path reads this URL")
        .contains("jdbc:postgresql://host:5432/db").doesNotContain("attempts");
  }

  @Test
  void aDatabaseWithoutTheTablesSaysToMigrate() {
    assertThat(cli.run("deploy", LifecycleCommandsTest.FQN, "1.0.0", "--stage", "dev", "--store",
        url.replace("/postgres?", "/template1?"))).isEqualTo(2);
    assertThat(cli.err()).contains("dpds store migrate").contains("42P01");
  }

  @Test
  void aFolderStoreNeedsNoMigration(@TempDir Path dir) {
    assertThat(cli.run("store", "migrate", "--store", dir.toString())).isZero();
    assertThat(cli.out()).contains("is a folder store: it needs no migration");
  }
}
