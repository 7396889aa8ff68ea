package io.dpds.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.config.ProjectConfig;
import io.dpds.lifecycle.SelfContained;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import io.dpds.report.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProjectHelper;

/**
 * {@code dpds:bundle}: writes the self-contained descriptor (every document it and its API definitions refer to,
 * copied in) as one JSON file and attaches it to the build (classifier {@value #CLASSIFIER}, type json), so that it is
 * installed and deployed with the project's artifacts and {@code dpds:diff} of a later version finds it.
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class BundleMojo extends DescriptorMojo {

  /** The classifier of the bundle artifact. */
  static final String CLASSIFIER = "dpds";

  private final MavenProjectHelper helper;

  /**
   * Created by Maven.
   *
   * @param helper attaches the bundle to the project
   */
  @Inject
  public BundleMojo(MavenProjectHelper helper) {
    this.helper = helper;
  }

  @Override
  void run(Path descriptor, ProjectConfig config) throws MojoExecutionException, MojoFailureException {
    LoadResult loaded = loader(config).referencePositions(ReferencePositions.LENIENT).build().load(descriptor);
    if (loaded.resolved().isEmpty() || loaded.hasErrors()) {
      loaded.diagnostics().stream().filter(Diagnostic::isError).forEach(this::log);
      throw new MojoFailureException(name(descriptor) + " cannot be bundled: it does not load (see the lines above)");
    }
    SelfContained.Result copy = SelfContained.of(loaded.resolved().get());
    if (copy.tree().isEmpty()) {
      copy.problem().ifPresent(this::log);
      throw new MojoFailureException(name(descriptor) + " cannot be made self-contained (see the line above)");
    }
    Path bundle = Path.of(project.getBuild().getDirectory(), "dpds",
        project.getArtifactId() + "-" + project.getVersion() + "-" + CLASSIFIER + ".json");
    try {
      Files.createDirectories(bundle.getParent());
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(bundle.toFile(), copy.tree().get());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the bundle " + bundle + ": " + e.getMessage(), e);
    }
    helper.attachArtifact(project, "json", CLASSIFIER, bundle.toFile());
    getLog().info("dpds: attached the self-contained descriptor " + bundle.getFileName());
  }
}
