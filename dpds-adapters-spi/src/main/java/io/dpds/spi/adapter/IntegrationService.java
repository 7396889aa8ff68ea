package io.dpds.spi.adapter;

import io.dpds.model.ApplicationComponent;
import java.util.concurrent.CompletionStage;

/**
 * Deploys a built application component onto its platform. Called in {@code dependsOn} order, after the application
 * was built and the infrastructure provisioned. DRAFT-shaped applications carry their deployment in
 * {@link ApplicationComponent#draftDeployInfo()}.
 */
public interface IntegrationService extends Adapter {

  /**
   * Deploys {@code application}; {@code build} is what {@link BuildService#build} reported for it. See the package
   * contracts.
   *
   * @param context the call's context
   * @param application the application component to deploy
   * @param build the result of its build step
   * @return the result of the deployment
   */
  CompletionStage<StepResult> deploy(AdapterContext context, ApplicationComponent application, StepResult build);
}
