package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.policy.PolicyEngine;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.store.LifecycleStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that work on a store: where it is and which policies gate the changes. */
final class LifecycleOptions {

  static final String SECRET_PREFIX = "DPDS_SECRET_";

  @Mixin StoreOption storeOption;

  @Option(names = "--policies", paramLabel = "PATH|builtin",
      description = "Policy file or folder, or builtin, for the gates (Java policies on the class path always run).")
  String policies;

  private ProjectConfig config = ProjectConfig.none();

  /** Takes the project configuration under these options (its store and policies when the options name none). */
  void use(ProjectConfig config) {
    this.config = config;
    storeOption.use(config);
  }

  /**
   * Opens the store (see {@link StoreOption#open()}); throws {@code StoreException} when the folder cannot be used,
   * {@link IllegalArgumentException} when no store is named or the URL holds a password.
   */
  LifecycleStore store() {
    return storeOption.open();
  }

  /** Opens the store as {@link StoreOption#openExisting()} does: a folder that does not exist is not made. */
  LifecycleStore existingStore() {
    return storeOption.openExisting();
  }

  /**
   * The policy engine of the gates, reading API documents with {@code loading}, or null after printing why the policy
   * files cannot be used.
   */
  PolicyEngine policies(PrintWriter err) {
    PolicyEngine engine = PolicyEngine.builder().discover()
        .sources(Diagnostics.HERE, policies != null ? List.of(policies) : config.policies()).build();
    List<Diagnostic> problems = engine.problems();
    problems.forEach(d -> err.println(d.toString(Diagnostics.HERE)));
    return problems.isEmpty() ? engine : null;
  }

  /**
   * Secrets for the adapters, from the environment: {@code DPDS_SECRET_KAFKA_API_KEY=...} is the secret
   * {@code kafka_api_key}. Never printed.
   */
  static Secrets secrets(Map<String, String> environment) {
    Map<String, String> secrets = new TreeMap<>();
    environment.forEach((name, value) -> {
      if (name.startsWith(SECRET_PREFIX) && name.length() > SECRET_PREFIX.length()) {
        secrets.put(name.substring(SECRET_PREFIX.length()).toLowerCase(Locale.ROOT), value);
      }
    });
    return Secrets.of(secrets);
  }
}
