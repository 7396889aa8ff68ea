/**
 * The adapters a host platform plugs into the lifecycle: {@link io.dpds.spi.adapter.BuildService},
 * {@link io.dpds.spi.adapter.ProvisionService}, {@link io.dpds.spi.adapter.MetaService},
 * {@link io.dpds.spi.adapter.IntegrationService} and {@link io.dpds.spi.adapter.TaskExecutor}, plus the optional
 * {@link io.dpds.spi.adapter.LifecycleListener}.
 *
 * <p>Contracts shared by every adapter call:
 *
 * <ul>
 *   <li><b>Asynchronous.</b> A call returns a {@link java.util.concurrent.CompletionStage} at once; it completes
 *       normally with a {@link io.dpds.spi.adapter.StepResult} when the work is done, exceptionally when it failed.
 *       A call may also throw; the orchestrator treats that as a failure of the step.
 *   <li><b>Idempotent.</b> Two calls with the same {@link io.dpds.spi.adapter.AdapterContext#idempotencyKey()} have
 *       the effect of one: retries, resubmissions and resumption after a crash reuse the key.
 *   <li><b>Bounded.</b> The work should end before {@link io.dpds.spi.adapter.AdapterContext#deadline()}; past it the
 *       orchestrator stops waiting, signals {@link io.dpds.spi.adapter.AdapterContext#cancellation()} and treats the
 *       step as failed (it may be retried with the same key).
 *   <li><b>Compensable.</b> An adapter that declares {@link io.dpds.spi.adapter.Capability#UNDO} undoes a completed
 *       call in {@code undo}; the orchestrator calls it, in reverse order of completion, when a later step fails.
 *   <li><b>Thread-safe.</b> Calls may run concurrently on other threads (independent steps run in parallel).
 *   <li><b>Secrets apart.</b> Credentials come in {@link io.dpds.spi.adapter.AdapterContext#secrets()}, never in the
 *       descriptor; an adapter must not echo them in results or exception messages.
 * </ul>
 */
@NullMarked
package io.dpds.spi.adapter;

import org.jspecify.annotations.NullMarked;
