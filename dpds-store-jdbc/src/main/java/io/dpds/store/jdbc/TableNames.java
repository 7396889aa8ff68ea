package io.dpds.store.jdbc;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one store: {@code <schema>.<prefix>records}, {@code <prefix>log_entries} and
 * {@code <prefix>migrations}.
 * Both parts are plain lower-case SQL identifiers, checked here, so they can be written into statements as they are.
 */
record TableNames(@Nullable String schemaName, String prefix) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,39}");

  TableNames {
    if (schemaName != null && !IDENTIFIER.matcher(schemaName).matches()) {
      throw new IllegalArgumentException("a schema name is a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 40"
          + " characters): " + schemaName);
    }
    if (!IDENTIFIER.matcher(prefix).matches()) {
      throw new IllegalArgumentException("a table prefix is a lower-case SQL identifier ([a-z_][a-z0-9_]*, at most 40"
          + " characters): " + prefix);
    }
  }

  Optional<String> schema() {
    return Optional.ofNullable(schemaName);
  }

  String records() {
    return qualified("records");
  }

  String logEntries() {
    return qualified("log_entries");
  }

  String migrations() {
    return qualified("migrations");
  }

  /** The key of the advisory lock that serialises migrations of these tables. */
  long lockKey() {
    return 0x6470647300000000L ^ (schema().orElse("") + "." + prefix).hashCode();
  }

  private String qualified(String table) {
    return schemaName == null ? prefix + table : schemaName + "." + prefix + table;
  }
}
