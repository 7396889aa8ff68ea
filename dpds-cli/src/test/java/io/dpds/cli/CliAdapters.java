package io.dpds.cli;

import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.StepResult;
import io.dpds.test.RecordingAdapters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Adapters found by ServiceLoader in the CLI tests (one instance per interface, so the record is shared): every call
 * recorded, the registry's at publication too; the step named {@link #failing} fails.
 */
public final class CliAdapters extends RecordingAdapters {

  static final List<String> CALLS = new CopyOnWriteArrayList<>();
  static volatile String failing = "";

  @Override
  protected CompletionStage<StepResult> call(AdapterContext context) {
    CALLS.add(context.stepId());
    return context.stepId().equals(failing)
        ? CompletableFuture.failedFuture(new IllegalStateException("the " + context.stepId() + " service is down"))
        : CompletableFuture.completedFuture(StepResult.of(context.stepId() + " done"));
  }

  @Override
  protected CompletionStage<StepResult> publication(AdapterContext context) {
    return call(context);
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    CALLS.add("undo " + context.stepId());
    return CompletableFuture.completedFuture(null);
  }
}
