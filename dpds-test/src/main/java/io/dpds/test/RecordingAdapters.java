package io.dpds.test;

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
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One adapter of every kind for tests of orchestrators: every call of a deployment step goes to {@link #call}, which
 * records it (step id and idempotency key) and does what the step's {@link Fault} says; undos are recorded too. The
 * registry's own metadata call at publication (a context without a stage) is answered by {@link #publication}.
 * Subclass it to do something else per call (leave marks a killed process can be checked by, record into a shared
 * list for adapters found by {@link java.util.ServiceLoader}). Thread-safe.
 */
public class RecordingAdapters
    implements BuildService, ProvisionService, MetaService, IntegrationService, TaskExecutor {

  /** What a call of a step does. */
  public enum Fault {
    /** Succeeds at once. */
    NONE,
    /** Fails (a failed stage). */
    FAIL,
    /** Throws instead of returning a stage. */
    THROW,
    /** Never completes. */
    NEVER,
    /** Completes after 400 ms. */
    SLOW,
    /** Blocks the caller for a second, then succeeds. */
    BLOCK,
    /** Fails the first two attempts, then succeeds. */
    FAIL_TWICE
  }

  /** The step ids called, in order. */
  public final List<String> calls = new CopyOnWriteArrayList<>();
  /** The idempotency keys of the calls, in order. */
  public final List<String> keys = new CopyOnWriteArrayList<>();
  /** The step ids undone, in order. */
  public final List<String> undone = new CopyOnWriteArrayList<>();
  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
  private volatile Function<AdapterContext, CompletionStage<StepResult>> behaviour = this::byFault;

  /**
   * Makes the calls of {@code step} do {@code fault}.
   *
   * @param step the step's id, e.g. {@code provision:trip-topics}
   * @param fault what its calls do
   * @return these adapters
   */
  public RecordingAdapters fail(String step, Fault fault) {
    faults.put(step, fault);
    return this;
  }

  /**
   * Makes every call do what {@code behaviour} says (after it is recorded); {@link #byFault} is the default.
   *
   * @param behaviour what every call does
   * @return these adapters
   */
  public RecordingAdapters behave(Function<AdapterContext, CompletionStage<StepResult>> behaviour) {
    this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
    return this;
  }

  /**
   * A call of a deployment step: recorded, then what the behaviour says.
   *
   * @param context the call's context
   * @return what the behaviour says
   */
  protected CompletionStage<StepResult> call(AdapterContext context) {
    calls.add(context.stepId());
    keys.add(context.idempotencyKey());
    return behaviour.apply(context);
  }

  /**
   * What the step's fault says (no fault: success).
   *
   * @param context the call's context
   * @return success, or what the step's fault says
   */
  public CompletionStage<StepResult> byFault(AdapterContext context) {
    int attempt = attempts.merge(context.stepId(), 1, Integer::sum);
    return switch (faults.getOrDefault(context.stepId(), Fault.NONE)) {
      case NONE -> CompletableFuture.completedFuture(new StepResult(Map.of("done", context.stepId()),
          context.stepId() + " done"));
      case FAIL -> CompletableFuture.failedFuture(new IllegalStateException(context.stepId() + " broke"));
      case THROW -> throw new IllegalArgumentException(context.stepId() + " threw");
      case NEVER -> new CompletableFuture<>();
      case BLOCK -> {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        yield CompletableFuture.completedFuture(StepResult.of("blocked, then done"));
      }
      case SLOW -> CompletableFuture.supplyAsync(() -> StepResult.of("too late"),
          CompletableFuture.delayedExecutor(400, TimeUnit.MILLISECONDS));
      case FAIL_TWICE -> attempt <= 2 ? CompletableFuture.failedFuture(new IllegalStateException("flaky"))
          : CompletableFuture.completedFuture(StepResult.of("third time lucky"));
    };
  }

  /**
   * The registry's metadata call when a version is published: answered, not recorded.
   *
   * @param context the call's context
   * @return the answer
   */
  protected CompletionStage<StepResult> publication(AdapterContext context) {
    return CompletableFuture.completedFuture(StepResult.of("published"));
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
    return context.stage().isEmpty() ? publication(context) : call(context);
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
