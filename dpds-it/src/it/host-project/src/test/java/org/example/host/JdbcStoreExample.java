package org.example.host;

import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.RegistryService;
import io.dpds.spi.adapter.Secrets;
import io.dpds.store.jdbc.JdbcStore;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/** The README's PostgreSQL example, compiled against the installed artifacts (running it takes a database). */
final class JdbcStoreExample {

  private JdbcStoreExample() {}

  static DeploymentService start(DataSource dataSource, Secrets secrets) {
    JdbcStore store = JdbcStore.builder(dataSource)      // your pool, e.g. HikariCP
        .schema("lifecycle").build();                    // default: the connections' schema; .tablePrefix("dpds_")
    store.migrate();                                     // or run the shipped SQL with Flyway or Liquibase
    RegistryService registry = RegistryService.builder().store(store).build();
    DeploymentService deployer = DeploymentService.builder().store(store).registry(registry)
        .discoverAdapters().build();
    ScheduledExecutorService resumer = Executors.newSingleThreadScheduledExecutor();
    resumer.scheduleWithFixedDelay(() -> deployer.resume(secrets), 1, 1, TimeUnit.MINUTES);
    return deployer;
  }
}
