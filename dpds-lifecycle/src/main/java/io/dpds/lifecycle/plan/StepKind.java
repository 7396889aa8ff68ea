package io.dpds.lifecycle.plan;

import java.util.Locale;

/** What a step of a deployment plan does, and which adapter does it. */
public enum StepKind {
  /** Build an application component ({@code BuildService}). */
  BUILD,
  /** Provision an infrastructural component ({@code ProvisionService}). */
  PROVISION,
  /** Record the version's metadata for the stage ({@code MetaService}). */
  META,
  /** Deploy a built application component ({@code IntegrationService}). */
  DEPLOY,
  /** Run a {@code lifecycleInfo} task of the stage ({@code TaskExecutor}). */
  TASK;

  /** {@return the name used in JSON: {@code build}, {@code provision}, ..} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
