package io.dpds.spi.adapter;

import io.dpds.model.ApplicationComponent;
import java.util.concurrent.CompletionStage;

/**
 * Builds an application component (Jenkins, GitLab, a local packager...): the first steps of a deployment. The
 * result's outputs (e.g. {@code artifact}) are handed to {@link IntegrationService#deploy}. DRAFT-shaped applications
 * carry their build in {@link ApplicationComponent#draftBuildInfo()}.
 */
public interface BuildService extends Adapter {

  /**
   * Builds {@code application} of {@code context.descriptor()}; see the package contracts.
   *
   * @param context the call's context
   * @param application the application component to build
   * @return the result of the build, whose outputs (e.g. an artifact's address) the deployment step receives
   */
  CompletionStage<StepResult> build(AdapterContext context, ApplicationComponent application);
}
