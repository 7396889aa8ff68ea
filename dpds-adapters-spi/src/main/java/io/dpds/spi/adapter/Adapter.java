package io.dpds.spi.adapter;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What every adapter declares. Adapters are found by {@link java.util.ServiceLoader} (listed under the name of the
 * service interface they implement, e.g. {@code META-INF/services/io.dpds.spi.adapter.ProvisionService}) or registered
 * on the orchestrator's builder.
 */
public interface Adapter {

  /** {@return a short name for progress, logs and the audit trail, e.g. {@code terraform}} */
  default String name() {
    return getClass().getSimpleName();
  }

  /** {@return what the adapter can do beyond its main call; none by default} */
  default Set<Capability> capabilities() {
    return Set.of();
  }

  /**
   * Undoes a call that completed with {@code done}, for compensation; {@code context} is the one of that call (same
   * idempotency key). Called only when {@link #capabilities()} has {@link Capability#UNDO}, at most once per completed
   * call, and must itself be idempotent. By default: unsupported.
   *
   * @param context the context of the call being undone
   * @param done what that call reported
   * @return completes when the effects are undone; completes exceptionally when they could not be
   */
  default CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return CompletableFuture.failedFuture(new UnsupportedOperationException(name() + " cannot undo"));
  }
}
