package io.dpds.maven;

import io.dpds.config.ProjectConfig;
import io.dpds.load.DescriptorLoader;
import io.dpds.report.Diagnostic;
import io.dpds.report.FileReport;
import io.dpds.report.ReportFormat;
import io.dpds.report.Reporter;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.report.VisibleText;
import io.dpds.triage.Waiver;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * What every goal shares: the descriptor (the {@code descriptor} parameter, else {@code data-product-descriptor.yaml}
 * or {@code .json} in the project's folder), the project configuration file ({@code config}, else the {@code dpds.yaml}
 * found from the descriptor up to the repository root), {@code skip}, the reports folder, and findings printed as
 * {@code file:line:column} lines in the build log.
 */
abstract class DescriptorMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The descriptor's root document (default: data-product-descriptor.yaml, or .json, in the project's folder). */
  @Parameter(property = "dpds.descriptor")
  @Nullable File descriptor;

  /** The project configuration file (default: the dpds.yaml beside the descriptor or above it). */
  @Parameter(property = "dpds.config")
  @Nullable File config;

  /** Skips the goal. */
  @Parameter(property = "dpds.skip", defaultValue = "false")
  boolean skip;

  /** Where the reports are written (SARIF, JUnit XML, Markdown). */
  @Parameter(property = "dpds.reports", defaultValue = "${project.build.directory}/dpds-reports", required = true)
  File reports;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("dpds: skipped");
      return;
    }
    Path file = descriptorFile();
    ProjectConfig configuration = config != null ? ProjectConfig.read(config.toPath()) : ProjectConfig.find(file);
    if (!configuration.ok()) {
      configuration.problems().forEach(this::log);
      throw new MojoExecutionException("The project configuration " + configuration.file().orElseThrow()
          + " cannot be used (see the lines above)");
    }
    run(file, configuration);
  }

  /** The goal's work, on the descriptor with its configuration. */
  abstract void run(Path descriptor, ProjectConfig config) throws MojoExecutionException, MojoFailureException;

  private Path descriptorFile() throws MojoExecutionException {
    if (descriptor != null) {
      if (!descriptor.isFile()) {
        throw new MojoExecutionException("The descriptor " + descriptor + " does not exist");
      }
      return descriptor.toPath();
    }
    for (String name : List.of("data-product-descriptor.yaml", "data-product-descriptor.json")) {
      Path candidate = project.getBasedir().toPath().resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new MojoExecutionException("No data-product-descriptor.yaml or .json in " + project.getBasedir()
        + ": name the descriptor with the 'descriptor' parameter");
  }

  /** A loader configured by the project configuration. */
  static DescriptorLoader.Builder loader(ProjectConfig config) {
    DescriptorLoader.Builder b = DescriptorLoader.builder();
    config.applyTo(b);
    return b;
  }

  /**
   * Hands the configuration's severities, disabled rules and waivers to a check's builder, as the CLI's commands do;
   * a waiver file that cannot be used fails the goal, its problems logged.
   */
  void triage(ProjectConfig config, BiConsumer<String, Severity> severity, Consumer<String> disable,
      Consumer<List<Waiver>> waivers) throws MojoExecutionException {
    List<Diagnostic> problems = config.applyTriage(severity, disable, waivers);
    if (!problems.isEmpty()) {
      problems.forEach(this::log);
      throw new MojoExecutionException("The waiver file " + config.waivers().orElseThrow() + " cannot be used");
    }
  }

  /**
   * Prints a finding as {@code file:line:column: severity [rule] message}, the file relative to the project's folder,
   * at the log level of its severity.
   */
  void log(Diagnostic d) {
    String line = d.toString(project.getBasedir().toPath())
        + d.hint().map(h -> System.lineSeparator() + "    hint: " + VisibleText.of(h)).orElse("");
    switch (d.severity()) {
      case ERROR -> getLog().error(line);
      case WARNING -> getLog().warn(line);
      default -> getLog().info(line);
    }
  }

  /** Writes {@code files} in {@code format} to {@code name} in the reports folder. */
  void report(ReportFormat format, List<Rule> rules, List<FileReport> files, String name)
      throws MojoExecutionException {
    write(name, out -> Reporter.of(format, rules, project.getBasedir().toPath()).write(files, out));
  }

  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes a report file in the reports folder. */
  void write(String name, Content content) throws MojoExecutionException {
    Path target = reports.toPath().resolve(name);
    try {
      Files.createDirectories(target.getParent());
      try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the report " + target + ": " + e.getMessage(), e);
    }
    getLog().info("dpds: wrote " + project.getBasedir().toPath().relativize(target.toAbsolutePath()));
  }

  /** The descriptor's name in reports: its path relative to the project's folder. */
  String name(Path descriptor) {
    return project.getBasedir().toPath().toAbsolutePath().relativize(descriptor.toAbsolutePath()).toString()
        .replace('\\', '/');
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
