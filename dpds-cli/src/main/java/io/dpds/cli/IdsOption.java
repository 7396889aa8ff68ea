package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.identity.IdStrategy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --ids uuid-v5|odm-platform}: how the ids a descriptor declares are derived from their fully qualified names,
 * for the commands that check or write them (validate, publish, fix); the configuration file's {@code ids} when not
 * given, else {@code uuid-v5}.
 */
final class IdsOption {

  @Option(names = "--ids", paramLabel = "uuid-v5|odm-platform", converter = IdsChoice.class,
      description = "How ids derive from fully qualified names: uuid-v5, the spec's (default), or odm-platform, the"
          + " UUID version 3 the ODM platform issues.")
  IdStrategy ids; // null: the configuration's, else UUID_V5

  /** {@return the strategy the option names, else the configuration's, else {@link IdStrategy#UUID_V5}} */
  IdStrategy strategy(ProjectConfig config) {
    return ids != null ? ids : config.ids().orElse(IdStrategy.UUID_V5);
  }

  static final class IdsChoice implements ITypeConverter<IdStrategy> {
    @Override
    public IdStrategy convert(String value) {
      return IdStrategy.named(value).orElseThrow(() -> new TypeConversionException("expected "
          + String.join(" or ", IdStrategy.NAMES) + ", not '" + value + "'"));
    }
  }
}
