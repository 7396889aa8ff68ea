package io.dpds.lifecycle;

import io.dpds.spi.adapter.Secrets;
import java.util.Objects;

/**
 * A request to deploy a published version to a stage. The same request (product, version, stage, request id) is the
 * same deployment: submitting it again returns it, or resumes it, and never runs it twice.
 *
 * @param product the product's FQN (with or without the major)
 * @param version the version to deploy
 * @param stage the target stage (a key of {@code lifecycleInfo})
 * @param requestId what makes the request unique, e.g. a CI run id
 * @param secrets handed to the adapters; never stored, logged or reported
 */
public record DeployRequest(String product, String version, String stage, String requestId, Secrets secrets) {

  /**
   * Checks that every part is given.
   *
   * @param product the product's FQN (with or without the major)
   * @param version the version to deploy
   * @param stage the target stage (a key of {@code lifecycleInfo})
   * @param requestId what makes the request unique, e.g. a CI run id
   * @param secrets handed to the adapters; never stored, logged or reported
   */
  public DeployRequest {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(secrets, "secrets");
  }

  /** {@return the id of the deployment this request stands for} */
  public String deploymentId() {
    return RegistryService.productKey(product) + "@" + version + "/" + stage + "/" + requestId;
  }
}
