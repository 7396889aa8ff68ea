package io.dpds.maven;

import io.dpds.config.ProjectConfig;
import io.dpds.identity.IdStrategy;
import io.dpds.report.Diagnostic;
import io.dpds.report.FileReport;
import io.dpds.report.ReportFormat;
import io.dpds.report.Severity;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.Profile;
import io.dpds.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * {@code dpds:validate}: validates the descriptor (the CLI's {@code dpds validate}); writes {@code validate.sarif} and
 * {@code validate.junit.xml}; fails the build when a finding is at or above {@code failOn}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends DescriptorMojo {

  /** Lowest severity that fails the build: error, warning or info (default: the configuration's, else error). */
  @Parameter(property = "dpds.failOn")
  @Nullable String failOn;

  /** default or strict (default: the configuration's, else default). */
  @Parameter(property = "dpds.profile")
  @Nullable String profile;

  /**
   * How ids derive from fully qualified names: uuid-v5, the spec's, or odm-platform, the UUID version 3 the ODM
   * platform issues (default: the configuration's, else uuid-v5).
   */
  @Parameter(property = "dpds.ids")
  @Nullable String ids;

  @Override
  void run(Path descriptor, ProjectConfig config) throws MojoExecutionException, MojoFailureException {
    Severity threshold = Severity.valueOf(upper(failOn != null ? failOn : config.failOn("validate").orElse("error")));
    DescriptorValidator.Builder b = DescriptorValidator.builder()
        .profile(Profile.valueOf(upper(profile != null ? profile : config.profile().orElse("default"))))
        .idStrategy(ids == null ? config.ids().orElse(IdStrategy.UUID_V5) : IdStrategy.named(ids).orElseThrow(() ->
            new MojoExecutionException("ids is one of " + String.join(", ", IdStrategy.NAMES) + ", not '" + ids + "'")))
        .loader(config::applyTo);
    triage(config, b::severity, b::disable, b::waivers);
    DescriptorValidator validator = b.discoverChecks().build();
    ValidationReport report = validator.validate(descriptor);
    report.diagnostics().forEach(this::log);
    List<FileReport> files = List.of(report.toFileReport(name(descriptor)));
    report(ReportFormat.SARIF, validator.rules(), files, "validate.sarif");
    report(ReportFormat.JUNIT, validator.rules(), files, "validate.junit.xml");
    long failing = report.diagnostics().stream().filter(d -> d.severity().compareTo(threshold) <= 0).count();
    getLog().info("dpds: " + name(descriptor) + ": " + (report.isValid() ? "valid" : "invalid") + " ("
        + report.diagnostics().size() + " finding(s))");
    if (failing > 0) {
      throw new MojoFailureException(name(descriptor) + " has " + failing + " finding(s) at or above "
          + lower(threshold) + " (see the lines above and target/dpds-reports/validate.sarif)");
    }
  }

  static String upper(String value) {
    return value.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
