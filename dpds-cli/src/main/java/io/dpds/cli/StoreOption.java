package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.lifecycle.store.FileStore;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.store.jdbc.JdbcStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --store DIR|JDBC-URL}: where the registry and the deployments are kept, a folder or a PostgreSQL database;
 * the configuration file's {@code store} when the option is not given.
 */
final class StoreOption {

  static final String USER = "DPDS_STORE_USER";
  static final String PASSWORD = "DPDS_STORE_PASSWORD";

  @Option(names = "--store", paramLabel = "DIR|JDBC-URL",
      description = "Where the registry and deployments are kept: a folder (created when missing) or a PostgreSQL"
          + " JDBC URL, e.g. jdbc:postgresql://db:5432/platform (user from the URL or " + USER + ", password only"
          + " from " + PASSWORD + "; run 'dpds store migrate' once); default: the configuration file's store, one of"
          + " the two is required.")
  String store;

  private ProjectConfig config = ProjectConfig.none();

  /** Takes the project configuration, whose store applies when the option is not given. */
  void use(ProjectConfig config) {
    this.config = config;
  }

  /** The store as given: the option, else the configuration's; {@link IllegalArgumentException} when neither. */
  String where() {
    return store != null ? store : config.store().orElseThrow(() ->
        new IllegalArgumentException("--store DIR|JDBC-URL is required, or store: in the configuration file"));
  }

  /**
   * Opens the store; throws {@code StoreException} when a folder cannot be used (a database is first asked at its
   * first use), {@link IllegalArgumentException} when no store is named or the URL holds a password.
   */
  LifecycleStore open() {
    String where = where();
    return where.startsWith("jdbc:") ? jdbc(where, System.getenv()) : FileStore.open(Path.of(where));
  }

  /**
   * Opens the store for a command that has nothing to write to a new one (a dry run, a deployment, which needs a
   * published version): a folder that does not exist is not made, and reads as an empty store; otherwise as {@link
   * #open()}.
   */
  LifecycleStore openExisting() {
    String where = where();
    return !where.startsWith("jdbc:") && !Files.exists(Path.of(where)) ? new InMemoryStore() : open();
  }

  /**
   * The PostgreSQL store at {@code url}, user from the URL or {@value #USER}, password only from {@value #PASSWORD}:
   * a password in the URL would show in process lists and shell histories.
   */
  static JdbcStore jdbc(String url, Map<String, String> environment) {
    if (url.toLowerCase(Locale.ROOT).matches(".*[?&;]password=.*")) {
      throw new IllegalArgumentException("--store: a password in the JDBC URL would show in process lists and shell"
          + " histories; remove it and set " + PASSWORD + " instead");
    }
    return JdbcStore.builder(JdbcStore.dataSource(url, environment.get(USER), environment.get(PASSWORD))).build();
  }
}
