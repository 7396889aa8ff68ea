package io.dpds.lifecycle;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * One adapter of every kind, recording every call and undo (by step id and idempotency key), with a fault that can be
 * injected per step: what the call returns is decided by {@link #behaviour}.
 */
final class FakeAdapters implements BuildService, ProvisionService, MetaService, IntegrationService, TaskExecutor {

  /** What a call of a step does. */
  enum Fault { NONE, FAIL, THROW, NEVER, SLOW, BLOCK, FAIL_TWICE }

  final List<String> calls = new CopyOnWriteArrayList<>();
  final List<String> keys = new CopyOnWriteArrayList<>();
  final List<String> undone = new CopyOnWriteArrayList<>();
  final Map<String, Fault> faults = new ConcurrentHashMap<>();
  final Map<String, Integer> attempts = new ConcurrentHashMap<>();
  volatile Function<AdapterContext, CompletionStage<StepResult>> behaviour = this::normal;

  FakeAdapters fail(String step, Fault fault) {
    faults.put(step, fault);
    return this;
  }

  private CompletionStage<StepResult> call(AdapterContext context) {
    calls.add(context.stepId());
    keys.add(context.idempotencyKey());
    return behaviour.apply(context);
  }

  CompletionStage<StepResult> normal(AdapterContext context) {
    int attempt = attempts.merge(context.stepId(), 1, Integer::sum);
    return switch (faults.getOrDefault(context.stepId(), Fault.NONE)) {
      case NONE -> CompletableFuture.completedFuture(new StepResult(Map.of("done", context.stepId()),
          context.stepId() + " done"));
      case FAIL -> CompletableFuture.failedFuture(new IllegalStateException(context.stepId() + " broke"));
      case THROW -> throw new IllegalArgumentException(context.stepId() + " threw");
      case NEVER -> new CompletableFuture<>();
      case BLOCK -> {
        try {
          Thread.sleep(1_000); // blocks the caller instead of returning a stage at once
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        yield CompletableFuture.completedFuture(StepResult.of("blocked, then done"));
      }
      case SLOW -> CompletableFuture.supplyAsync(() -> StepResult.of("too late"),
          CompletableFuture.delayedExecutor(400, java.util.concurrent.TimeUnit.MILLISECONDS));
      case FAIL_TWICE -> attempt <= 2 ? CompletableFuture.failedFuture(new IllegalStateException("flaky"))
          : CompletableFuture.completedFuture(StepResult.of("third time lucky"));
    };
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO, Capability.CANCEL);
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    undone.add(context.stepId());
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
    if (context.stage().isEmpty()) {
      return CompletableFuture.completedFuture(StepResult.of("published")); // the registry's call
    }
    return call(context);
  }

  @Override
  public CompletionStage<StepResult> deploy(AdapterContext context, ApplicationComponent application,
      StepResult build) {
    return call(context);
  }

  @Override
  public boolean accepts(String service) {
    return service.equals("{ci}");
  }

  @Override
  public CompletionStage<StepResult> execute(AdapterContext context, LifecycleTask task) {
    return call(context);
  }
}
