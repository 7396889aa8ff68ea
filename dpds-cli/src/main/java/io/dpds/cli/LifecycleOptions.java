package io.dpds.cli;

import io.dpds.lifecycle.store.FileStore;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.policy.PolicyEngine;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.Secrets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** The options of the commands that work on a store: where it is and which policies gate the changes. */
final class LifecycleOptions {

  static final String SECRET_PREFIX = "DPDS_SECRET_";

  @Option(names = "--store", paramLabel = "DIR", required = true,
      description = "Folder of the registry and deployment store (created when missing).")
  Path store;

  @Option(names = "--policies", paramLabel = "PATH|builtin",
      description = "Policy file or folder, or builtin, for the gates (Java policies on the class path always run).")
  String policies;

  /** Opens the store; throws {@code StoreException} when the folder cannot be used. */
  LifecycleStore store() {
    return FileStore.open(store);
  }

  /**
   * The policy engine of the gates, reading API documents with {@code loading}, or null after printing why the policy
   * files cannot be used.
   */
  PolicyEngine policies(PrintWriter err) {
    PolicyEngine.Builder b = PolicyEngine.builder().discover();
    if (policies != null) {
      b = policies.equals("builtin") ? b.builtin() : b.files(Path.of(policies));
    }
    PolicyEngine engine = b.build();
    List<Diagnostic> problems = engine.problems();
    problems.forEach(err::println);
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
