package io.dpds.maven;

import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityMode;
import io.dpds.compat.CompatibilityReport;
import io.dpds.compat.CompatibilityReporter;
import io.dpds.compat.PortId;
import io.dpds.config.ProjectConfig;
import io.dpds.report.ReportFormat;
import io.dpds.report.Severity;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;
import org.jspecify.annotations.Nullable;

/**
 * {@code dpds:diff}: compares the descriptor with a baseline (the CLI's {@code dpds diff}): a path, the coordinates of
 * a release's bundle ({@code groupId:artifactId:version}, attached by {@code dpds:bundle}), or by default the latest
 * released version of this artifact's bundle in the Maven repositories, when there is one. Writes the changelog
 * {@code diff.md}, {@code diff.sarif} and {@code diff.junit.xml}; fails the build per {@code failOn}.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DiffMojo extends DescriptorMojo {

  /** A descriptor file, or groupId:artifactId:version of a release's bundle (default: the latest release's). */
  @Parameter(property = "dpds.baseline")
  @Nullable String baseline;

  /** version, breaking or warning (default: the configuration's, else version). */
  @Parameter(property = "dpds.failOn")
  @Nullable String failOn;

  private final RepositorySystem repositories;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  RepositorySystemSession session;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true, required = true)
  List<RemoteRepository> remotes;

  /**
   * Created by Maven.
   *
   * @param repositories resolves the released version to compare with
   */
  @Inject
  public DiffMojo(RepositorySystem repositories) {
    this.repositories = repositories;
  }

  @Override
  void run(Path descriptor, ProjectConfig config) throws MojoExecutionException, MojoFailureException {
    Optional<Path> earlier = baselineFile();
    if (earlier.isEmpty()) {
      getLog().info("dpds: no earlier release of " + project.getGroupId() + ":" + project.getArtifactId()
          + " has a bundle: nothing to compare");
      return;
    }
    CompatibilityChecker.Builder b = CompatibilityChecker.builder().loader(config::applyTo);
    config.modes().forEach((port, mode) -> b.mode(PortId.parse(port), CompatibilityMode.parse(mode)));
    triage(config, b::severity, b::disable, b::waivers);
    CompatibilityReport report = b.build().check(earlier.get(), descriptor);
    if (!report.comparable()) {
      report.inputProblems().forEach(this::log);
      throw new MojoFailureException("Cannot compare " + name(descriptor) + " with " + earlier.get()
          + " (see the lines above)");
    }
    report.findings().forEach(f -> log(f.diagnostic()));
    report.versionProblems().forEach(this::log);
    String oldName = earlier.get().getFileName().toString();
    for (ReportFormat format : List.of(ReportFormat.MARKDOWN, ReportFormat.SARIF, ReportFormat.JUNIT)) {
      String file = "diff." + (format == ReportFormat.MARKDOWN ? "md" : format == ReportFormat.SARIF ? "sarif"
          : "junit.xml");
      write(file, out -> new CompatibilityReporter(format, project.getBasedir().toPath())
          .write(report, oldName, name(descriptor), out));
    }
    String threshold = failOn != null ? failOn : config.failOn("diff").orElse("version");
    boolean fails = switch (threshold) {
      case "version" -> !report.versionOk();
      case "breaking" -> !report.compatible();
      case "warning" -> report.hasChangeOfAtLeast(Severity.WARNING);
      default -> throw new MojoExecutionException("failOn is version, breaking or warning, not '" + threshold + "'");
    };
    getLog().info("dpds: " + report);
    if (fails) {
      throw new MojoFailureException(name(descriptor) + " against " + oldName + ": " + (report.compatible()
          ? "its versions do not say what changed" : "not compatible") + " (required bump "
          + lower(report.requiredBump()) + ", declared " + lower(report.declaredBump())
          + "; see the lines above and target/dpds-reports/diff.md)");
    }
  }

  private Optional<Path> baselineFile() throws MojoExecutionException {
    if (baseline != null && Files.isRegularFile(project.getBasedir().toPath().resolve(baseline))) {
      return Optional.of(project.getBasedir().toPath().resolve(baseline));
    }
    if (baseline != null) {
      String[] parts = baseline.split(":");
      if (parts.length != 3) {
        throw new MojoExecutionException("baseline is a descriptor file or groupId:artifactId:version, not '"
            + baseline + "'");
      }
      return Optional.of(resolve(bundle(parts[0], parts[1], parts[2])));
    }
    Optional<String> latest = latestRelease();
    return latest.isEmpty() ? Optional.empty()
        : Optional.of(resolve(bundle(project.getGroupId(), project.getArtifactId(), latest.get())));
  }

  private static Artifact bundle(String groupId, String artifactId, String version) {
    return new DefaultArtifact(groupId, artifactId, BundleMojo.CLASSIFIER, "json", version);
  }

  /** The newest version before this project's that is not a snapshot, among those with a bundle. */
  private Optional<String> latestRelease() throws MojoExecutionException {
    ComparableVersion current = new ComparableVersion(project.getVersion());
    try {
      List<Version> versions = repositories.resolveVersionRange(session, new VersionRangeRequest(
          bundle(project.getGroupId(), project.getArtifactId(), "[0,)"), remotes, null)).getVersions();
      String latest = null;
      for (Version version : versions) {
        String text = version.toString();
        if (!text.endsWith("-SNAPSHOT") && new ComparableVersion(text).compareTo(current) < 0) {
          latest = text;
        }
      }
      return Optional.ofNullable(latest);
    } catch (VersionRangeResolutionException e) {
      throw new MojoExecutionException("Cannot list the releases of " + project.getArtifactId() + ": "
          + e.getMessage(), e);
    }
  }

  private Path resolve(Artifact artifact) throws MojoExecutionException {
    try {
      File file = repositories.resolveArtifact(session, new ArtifactRequest(artifact, remotes, null)).getArtifact()
          .getFile();
      getLog().info("dpds: baseline " + artifact);
      return file.toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("Cannot resolve the baseline " + artifact + ": " + e.getMessage(), e);
    }
  }
}
