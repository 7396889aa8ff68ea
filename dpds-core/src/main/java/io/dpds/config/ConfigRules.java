package io.dpds.config;

import static io.dpds.report.Severity.ERROR;

import io.dpds.report.Rule;
import java.util.List;

/** The rules of the project configuration file. Every id is stable. */
public final class ConfigRules {

  /** {@code config.unreadable}: The project configuration file can be read and is a JSON or YAML object. */
  public static final Rule CONFIG_UNREADABLE = new Rule("config.unreadable", ERROR,
      "The project configuration file can be read and is a JSON or YAML object",
      "Check the path given with --config, or the syntax of the dpds.yaml found beside or above the descriptor.");
  /**
   * {@code config.invalid}: Every key of the project configuration file is one it defines, with a value of its type.
   */
  public static final Rule CONFIG_INVALID = new Rule("config.invalid", ERROR,
      "Every key of the project configuration file is one it defines, with a value of its type",
      "Fix the entry at the given line; the keys and their types are in docs/configuration.md and in the JSON"
          + " Schema io/dpds/config/dpds-config.schema.json.");

  /**
   * {@code config.untrusted}: A configuration file found by walking up is read only when no other user could have put
   * it there.
   */
  public static final Rule CONFIG_UNTRUSTED = new Rule("config.untrusted", ERROR,
      "A configuration file found by walking up is read only when no other user could have put it there",
      "Move the dpds.yaml out of the folder anyone can write to, or name it with --config FILE if you trust it.");

  /** Every rule above, in catalogue order. */
  public static final List<Rule> ALL = List.of(CONFIG_UNREADABLE, CONFIG_INVALID, CONFIG_UNTRUSTED);

  private ConfigRules() {}
}
