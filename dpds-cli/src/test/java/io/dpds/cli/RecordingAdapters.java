package io.dpds.cli;

import io.dpds.model.ApplicationComponent;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.LifecycleTask;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.BuildService;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.IntegrationService;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.StepResult;
import io.dpds.spi.adapter.TaskExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** Adapters found by ServiceLoader in the CLI tests: every call recorded; the step named {@link #failing} fails. */
public final class RecordingAdapters
    implements BuildService, ProvisionService, MetaService, IntegrationService, TaskExecutor {

  static final List<String> CALLS = new CopyOnWriteArrayList<>();
  static volatile String failing = "";

  private static CompletionStage<StepResult> call(AdapterContext context) {
    CALLS.add(context.stepId());
    return context.stepId().equals(failing)
        ? CompletableFuture.failedFuture(new IllegalStateException("the " + context.stepId() + " service is down"))
        : CompletableFuture.completedFuture(StepResult.of(context.stepId() + " done"));
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

  @Override
  public CompletionStage<StepResult> build(AdapterContext context, ApplicationComponent application) {
    return call(context);
  }

  @Override
  public CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure) {
    return call(context);
  }

  @Override
  public CompletionStage<StepResult> register(AdapterContext context) {
    return call(context);
  }

  @Override
  public CompletionStage<StepResult> deploy(AdapterContext context, ApplicationComponent application,
      StepResult build) {
    return call(context);
  }

  @Override
  public boolean accepts(String service) {
    return true;
  }

  @Override
  public CompletionStage<StepResult> execute(AdapterContext context, LifecycleTask task) {
    return call(context);
  }
}
