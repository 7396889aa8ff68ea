package io.dpds.cli;

import io.dpds.spi.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code dpds store migrate --store URL}: the administration of a store. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Administers a store: 'dpds store migrate --store URL' creates or upgrades a PostgreSQL store's"
        + " tables.",
    subcommands = StoreCommand.Migrate.class)
final class StoreCommand {

  /** {@code dpds store migrate}: applies the SQL migrations the database lacks. */
  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description = {
        "Creates or upgrades the tables of the PostgreSQL store --store names (once per database, before the first"
            + " publish or deploy; safe to run again and from several machines at once). A folder store needs none.",
        "Exit codes: 0 migrated or up to date; 2 the database cannot be reached or refuses, or an option is wrong."
      })
  static final class Migrate implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin StoreOption store;

    @Mixin ConfigOption configuration;

    @Override
    public Integer call() {
      store.use(configuration.forInput(Path.of("")));
      String where = store.where();
      PrintWriter out = spec.commandLine().getOut();
      if (!where.startsWith("jdbc:")) {
        out.println("dpds: " + where + " is a folder store: it needs no migration");
        return 0;
      }
      try {
        List<Integer> applied = StoreOption.jdbc(where, System.getenv()).migrate();
        out.println(applied.isEmpty() ? "dpds: the store's tables are up to date"
            : "dpds: migrated the store's tables to version " + applied.get(applied.size() - 1));
        return 0;
      } catch (StoreException e) {
        spec.commandLine().getErr().println("dpds: " + e.getMessage());
        return Main.TOOL_FAILURE;
      }
    }
  }
}
