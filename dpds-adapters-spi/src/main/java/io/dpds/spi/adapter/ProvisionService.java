package io.dpds.spi.adapter;

import io.dpds.model.InfrastructuralComponent;
import java.util.concurrent.CompletionStage;

/**
 * Creates an infrastructural component (Terraform, CloudFormation...). Called in {@code dependsOn} order: a component
 * is provisioned after those it depends on. DRAFT-shaped components carry their template in
 * {@link InfrastructuralComponent#draftProvisionInfo()}. {@code undo} destroys what was created.
 */
public interface ProvisionService extends Adapter {

  /**
   * Provisions {@code infrastructure} of {@code context.descriptor()}; see the package contracts.
   *
   * @param context the call's context
   * @param infrastructure the infrastructural component to provision
   * @return the result of the provisioning, whose outputs later steps can read
   */
  CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure);
}
