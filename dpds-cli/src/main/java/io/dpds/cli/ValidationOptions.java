package io.dpds.cli;

import io.dpds.config.ProjectConfig;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that validate (validate, fix, publish): the profile, the id strategy, and what changes
 * which findings count. The configuration file's settings apply where an option is not given.
 */
final class ValidationOptions {

  @Option(names = "--profile", paramLabel = "default|strict", converter = ProfileChoice.class,
      description = "default: the spec as its examples use it; strict: the letter of the spec (default: default).")
  Profile profile; // null: the configuration's, else DEFAULT

  @Mixin IdsOption ids;

  @Mixin TriageOptions triage;

  /**
   * {@return a validator's builder set as {@code config} and these options say, the checks on the class path added}; a
   * malformed option or waiver file throws {@link IllegalArgumentException} with the reason
   */
  DescriptorValidator.Builder validator(ProjectConfig config) {
    DescriptorValidator.Builder b = DescriptorValidator.builder().profile(profile(config))
        .idStrategy(ids.strategy(config));
    triage.applyTo(config, b::severity, b::disable, b::waivers);
    return b.discoverChecks();
  }

  /** {@return the profile the option names, else the configuration's, else {@link Profile#DEFAULT}} */
  Profile profile(ProjectConfig config) {
    return profile != null ? profile : config.profile().map(new ProfileChoice()::convert).orElse(Profile.DEFAULT);
  }

  static final class ProfileChoice implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      return Choices.choose(Profile.class, value, "default or strict");
    }
  }
}
