package io.dpds.test;

import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityFinding;
import io.dpds.compat.CompatibilityMode;
import io.dpds.compat.CompatibilityReport;
import io.dpds.compat.PortId;
import io.dpds.config.ProjectConfig;
import io.dpds.identity.IdStrategy;
import io.dpds.policy.PolicyEngine;
import io.dpds.policy.PolicyReport;
import io.dpds.report.Diagnostic;
import io.dpds.report.Severity;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyViolation;
import io.dpds.triage.Waiver;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.Profile;
import io.dpds.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Descriptor}, for unit tests of descriptors. A failure lists every finding with its
 * {@code file:line:column}, rule id and message, so that the test report says what to fix and where.
 */
public final class DescriptorAssert extends AbstractAssert<DescriptorAssert, Descriptor> {

  DescriptorAssert(Descriptor actual) {
    super(actual, DescriptorAssert.class);
  }

  /**
   * The descriptor loads and has no error under the project configuration's profile, else the default one (warnings are
   * allowed); the configuration's id strategy, severities, disabled rules and waivers apply.
   *
   * @return this assertion, for chaining
   */
  public DescriptorAssert isValid() {
    configured();
    return isValid(actual.config().profile().map(p -> Profile.valueOf(p.toUpperCase(Locale.ROOT)))
        .orElse(Profile.DEFAULT));
  }

  /**
   * The descriptor loads and has no error under {@code profile}; the configuration's other settings apply.
   *
   * @param profile the validation profile
   * @return this assertion, for chaining
   */
  public DescriptorAssert isValid(Profile profile) {
    ProjectConfig config = configured();
    DescriptorValidator.Builder validator = DescriptorValidator.builder().profile(profile)
        .idStrategy(config.ids().orElse(IdStrategy.UUID_V5));
    triage(config, validator::severity, validator::disable, validator::waivers);
    ValidationReport report = validator.build().validate(actual.loaded());
    List<Diagnostic> errors = report.atLeast(Severity.ERROR);
    if (!errors.isEmpty()) {
      failWithMessage("Expected %s to be valid (%s profile), but it has %d error(s):%n%s", actual, profile.name()
          .toLowerCase(Locale.ROOT), errors.size(), lines(errors));
    }
    return this;
  }

  /**
   * Compared with the earlier version at {@code earlier} (read with the same loader), no change breaks the consumers of
   * an output port or the producers of an input port.
   *
   * @param earlier the earlier version's root document
   * @return this assertion, for chaining
   */
  public DescriptorAssert hasNoBreakingChangesAgainst(Path earlier) {
    CompatibilityReport report = compare(earlier);
    List<Diagnostic> breaking = report.findings().stream().map(CompatibilityFinding::diagnostic)
        .filter(Diagnostic::isError).toList();
    if (!breaking.isEmpty()) {
      failWithMessage("Expected %s to have no breaking change against %s, but it has %d:%n%s", actual, earlier,
          breaking.size(), lines(breaking));
    }
    return this;
  }

  /**
   * Compared with the earlier version at {@code earlier}, its versions say what changed: {@code info.version} moved at
   * least as far as the changes require, and the port versions follow.
   *
   * @param earlier the earlier version's root document
   * @return this assertion, for chaining
   */
  public DescriptorAssert declaresItsChangesAgainst(Path earlier) {
    CompatibilityReport report = compare(earlier);
    if (!report.versionOk()) {
      failWithMessage("Expected the versions of %s to say what changed since %s (%s change required, %s declared),"
          + " but:%n%s", actual, earlier, report.requiredBump().name().toLowerCase(Locale.ROOT),
          report.declaredBump().name().toLowerCase(Locale.ROOT), lines(report.versionProblems()));
    }
    return this;
  }

  /**
   * No blocking policy of {@code policies} (a policy file, a folder of them, or {@code builtin}) fails for the
   * version-publication event; advisory policies may.
   *
   * @param policies a policy file, a folder of them, or {@code builtin}
   * @return this assertion, for chaining
   */
  public DescriptorAssert passesPolicies(Path policies) {
    isNotNull();
    return passesPolicies(PolicyEngine.builder().files(policies), policies.toString());
  }

  /**
   * As {@link #passesPolicies(Path)}, with the policies the project configuration names ({@code policies:} in {@code
   * dpds.yaml}); fails when it names none.
   *
   * @return this assertion, for chaining
   */
  public DescriptorAssert passesPolicies() {
    ProjectConfig config = configured();
    if (config.policies().isEmpty()) {
      failWithMessage("Expected the project configuration of %s to name policies, but %s", actual,
          config.file().map(f -> f + " has no policies: entry").orElse("there is no dpds.yaml beside or above it"));
    }
    return passesPolicies(PolicyEngine.builder().sources(Path.of(""), config.policies()),
        String.join(", ", config.policies()));
  }

  /**
   * As {@link #passesPolicies(Path)}, with the built-in policy pack.
   *
   * @return this assertion, for chaining
   */
  public DescriptorAssert passesBuiltinPolicies() {
    isNotNull();
    return passesPolicies(PolicyEngine.builder().builtin(), "the built-in pack");
  }

  private DescriptorAssert passesPolicies(PolicyEngine.Builder builder, String which) {
    isLoaded();
    PolicyEngine engine = builder.build();
    if (!engine.problems().isEmpty()) {
      failWithMessage("The policies %s cannot be used:%n%s", which, lines(engine.problems()));
    }
    PolicyReport report = engine.check(PolicyInput.of(PolicyEvent.VERSION_PUBLICATION,
        actual.loaded().resolved().orElseThrow()));
    List<PolicyResult> blocking = report.results().stream().filter(PolicyResult::blocks).toList();
    if (!blocking.isEmpty()) {
      String failures = blocking.stream().flatMap(r -> r.violations().stream().map(v -> "  " + where(v) + ": ["
          + r.policyId() + "] " + v.text())).collect(Collectors.joining(System.lineSeparator()));
      failWithMessage("Expected %s to pass the policies of %s, but %d blocking policy(ies) failed:%n%s", actual,
          which, blocking.size(), failures);
    }
    return this;
  }

  private CompatibilityReport compare(Path earlier) {
    isLoaded();
    CompatibilityChecker.Builder checker = CompatibilityChecker.builder().loader(actual.settings());
    ProjectConfig config = configured();
    config.modes().forEach((port, mode) -> checker.mode(PortId.parse(port), CompatibilityMode.parse(mode)));
    triage(config, checker::severity, checker::disable, checker::waivers);
    CompatibilityReport report = checker.build().check(actual.loader().load(earlier), actual.loaded());
    if (!report.comparable()) {
      failWithMessage("Cannot compare %s with %s:%n%s", actual, earlier, lines(report.inputProblems()));
    }
    return report;
  }

  /** Hands the configuration's severities, disabled rules and waivers to a check's builder; fails on bad waivers. */
  private void triage(ProjectConfig config, BiConsumer<String, Severity> severity, Consumer<String> disable,
      Consumer<List<Waiver>> waivers) {
    List<Diagnostic> problems = config.applyTriage(severity, disable, waivers);
    if (!problems.isEmpty()) {
      failWithMessage("The waiver file %s cannot be used:%n%s", config.waivers().orElseThrow(), lines(problems));
    }
  }

  /** The project configuration, after failing when it has problems. */
  private ProjectConfig configured() {
    isNotNull();
    ProjectConfig config = actual.config();
    if (!config.ok()) {
      failWithMessage("The project configuration %s cannot be used:%n%s", config.file().orElseThrow(),
          lines(config.problems()));
    }
    return config;
  }

  private void isLoaded() {
    isNotNull();
    if (actual.loaded().resolved().isEmpty() || actual.loaded().hasErrors()) {
      failWithMessage("Expected %s to load, but:%n%s", actual, lines(actual.loaded().diagnostics().stream()
          .filter(Diagnostic::isError).toList()));
    }
  }

  private static String where(PolicyViolation v) {
    return v.location() != null ? v.location().toString() : "#" + v.pointer();
  }

  private static String lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> "  " + d + d.hint().map(h -> System.lineSeparator() + "      hint: " + h)
        .orElse("")).collect(Collectors.joining(System.lineSeparator()));
  }
}
