package io.dpds.spi.policy;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Evaluates the governance policies of the mesh for an event: the built-in engine of {@code dpds-validation}, or a
 * host's own (an OPA bridge sends {@link PolicyInput#toJson()} and maps the answer back).
 *
 * <p>Contract: the stage completes with one result per policy that applies to the event (none apply: an empty list);
 * it completes exceptionally only when the service itself cannot work (unreachable engine), never because a policy
 * failed. Implementations are thread-safe; calls may run concurrently.
 */
public interface PolicyService {

  /**
   * Evaluates every policy that applies to the input's event; see the contract above.
   *
   * @param input the event and the states the policies judge
   * @return one result per policy evaluated, in the order they ran
   */
  CompletionStage<List<PolicyResult>> evaluate(PolicyInput input);
}
