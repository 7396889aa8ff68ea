package io.dpds.lifecycle;

import io.dpds.lifecycle.plan.DeploymentPlan;
import io.dpds.lifecycle.plan.PlanStep;
import io.dpds.lifecycle.plan.StepKind;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.ExternalResource;
import io.dpds.model.LifecycleTask;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.Adapter;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.LifecycleEvent;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs one deployment: the only writer of its record. Adapter calls complete on other threads and report to the
 * coordinator through a queue; the coordinator alone changes state, asks the gates, persists and compensates.
 */
final class Coordinator {

  /**
   * Where adapters are called: never on the coordinator's thread, so that an adapter that blocks before returning its
   * stage is still bounded by its deadline and does not hold up other steps.
   */
  private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "dpds-adapter-call");
    t.setDaemon(true);
    return t;
  });

  /** An attempt's end, as reported to the coordinator. */
  private record Done(String stepId, StepResult result, Throwable error, int attempts) {}

  private final Orchestration setup;
  private final DeploymentRecord record;
  private long revision;
  private final DeploymentPlan plan;
  private final ResolvedDescriptor descriptor;
  private final Secrets secrets;
  private final Journal.Run run;
  private final BlockingQueue<Done> done = new LinkedBlockingQueue<>();
  private final Map<String, CompletableFuture<Void>> cancels = new ConcurrentHashMap<>();
  private final CompletableFuture<DeploymentReport> finished = new CompletableFuture<>();
  private final List<GateResult> gates = new ArrayList<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  private volatile boolean cancelRequested;
  private boolean failed;

  private Coordinator(Orchestration setup, DeploymentRecord record, long revision, DeploymentPlan plan,
      ResolvedDescriptor descriptor, Secrets secrets) {
    this.setup = setup;
    this.record = record;
    this.revision = revision;
    this.plan = plan;
    this.descriptor = descriptor;
    this.secrets = secrets;
    this.run = new Journal.Run(record.correlationId, record.product, record.fqn, record.version, record.stage,
        secrets, true);
  }

  /** Starts the deployment {@code request} stands for, or returns the one it already stands for. */
  static DeploymentReport start(Orchestration setup, DeployRequest request) {
    String id = request.deploymentId();
    Optional<DeploymentReport> known = existing(setup, id);
    if (known.isPresent()) {
      if (known.get().state().map(DeploymentState::ended).orElse(false)) { // a crash may have left its lock
        recoverOrphan(setup, RegistryService.productKey(request.product()) + "@" + request.version());
      }
      return known.get();
    }
    Optional<StoredVersions.Published> published = setup.registry().published(request.product(), request.version())
        .filter(p -> p.record().status() == VersionRecord.Status.PUBLISHED
            || p.record().status() == VersionRecord.Status.DEPRECATED);
    if (published.isEmpty()) {
      return DeploymentService.refused(id, LifecycleRules.NOT_PUBLISHED.at("").message("No published version "
          + request.version() + " of " + request.product() + " to deploy").build());
    }
    VersionRecord version = published.get().record();
    ResolvedDescriptor descriptor = published.get().descriptor();
    DeploymentPlan.Result planned = DeploymentPlan.of(descriptor, request.stage());
    if (planned.plan().isEmpty()) {
      return DeploymentService.refused(id, planned.diagnostics().toArray(Diagnostic[]::new));
    }
    DeploymentPlan plan = planned.plan().get();
    List<Diagnostic> missing = missing(setup, plan, descriptor);
    if (!missing.isEmpty()) {
      return DeploymentService.refused(id, missing.toArray(Diagnostic[]::new));
    }
    String lock = version.product() + "@" + version.version();
    byte[] mine = new Lock(id, setup.journal().clock().millis()).bytes();
    if (!setup.store().create(Orchestration.ACTIVE, lock, mine)
        && !(recoverOrphan(setup, lock) && setup.store().create(Orchestration.ACTIVE, lock, mine))) {
      String holder = setup.store().get(Orchestration.ACTIVE, lock).map(e -> Lock.read(e.value()).holder())
          .orElse("another deployment");
      return existing(setup, id).orElseGet(() -> DeploymentService.refused(id, LifecycleRules.BUSY.at("")
          .message("The deployment " + holder + " of " + lock + " is active; one deployment of a version runs at a"
              + " time").build()));
    }
    DeploymentRecord record = new DeploymentRecord();
    record.id = id;
    record.product = version.product();
    record.fqn = version.fqn();
    record.version = version.version();
    record.stage = request.stage();
    record.correlationId = UUID.randomUUID().toString();
    plan.steps().forEach(step -> record.steps.put(step.id(), new DeploymentRecord.Step()));
    record.owner = setup.instance(); // leased from the first write: no other instance resumes it meanwhile
    record.leaseUntil = setup.journal().clock().millis() + setup.lease().toMillis();
    Coordinator coordinator = new Coordinator(setup, record, 1, plan, descriptor, request.secrets());
    if (setup.running().putIfAbsent(id, coordinator) != null) { // the same request, twice at once in this process
      return existing(setup, id).orElseThrow();
    }
    if (!setup.store().create(Orchestration.DEPLOYMENTS, id, record.bytes())) {
      setup.running().remove(id, coordinator);
      return existing(setup, id).orElseThrow();
    }
    setup.journal().tell(coordinator.run, LifecycleEvent.Type.DEPLOYMENT_STARTED, null, "deployment", "started",
        plan.steps().size() + " steps", 0);
    return coordinator.run();
  }

  /**
   * Removes the lock of {@code lock} when a crash left it: its holder has no record and it is older than a lease (a
   * crash between taking the lock and writing the record), or its holder's deployment has ended (a crash before the
   * release). True when it was removed.
   */
  private static boolean recoverOrphan(Orchestration setup, String lock) {
    Optional<LifecycleStore.Entry> entry = setup.store().get(Orchestration.ACTIVE, lock);
    if (entry.isEmpty()) {
      return true; // released meanwhile
    }
    Lock held = Lock.read(entry.get().value());
    Optional<LifecycleStore.Entry> holder = setup.store().get(Orchestration.DEPLOYMENTS, held.holder());
    boolean orphan = holder.isEmpty()
        ? held.takenAt() + setup.lease().toMillis() < setup.journal().clock().millis()
        : DeploymentRecord.read(holder.get().value(), held.holder()).state.ended();
    return orphan && setup.store().delete(Orchestration.ACTIVE, lock, entry.get().revision());
  }

  /**
   * Resumes the stored deployment {@code id} where it stopped, when it is {@linkplain Orchestration#resumable
   * resumable}: empty when it is not, or when another coordinator of this process claimed it or wrote it meanwhile.
   */
  static Optional<DeploymentReport> resume(Orchestration setup, String id, Secrets secrets) {
    Optional<LifecycleStore.Entry> entry = setup.store().get(Orchestration.DEPLOYMENTS, id);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    DeploymentRecord record = DeploymentRecord.read(entry.get().value(), id);
    if (!setup.resumable(record)) {
      return Optional.empty();
    }
    ResolvedDescriptor descriptor = setup.registry().descriptor(record.product, record.version).orElseThrow(() ->
        new StoreException("The version of deployment " + id + " is no longer in the registry", null));
    DeploymentPlan plan = DeploymentPlan.of(descriptor, record.stage).plan().orElseThrow();
    Coordinator coordinator = new Coordinator(setup, record, entry.get().revision(), plan, descriptor, secrets);
    if (setup.running().putIfAbsent(id, coordinator) != null) {
      return Optional.empty();
    }
    // claimed here; a coordinator of this process that ended between the read and the claim wrote a later revision
    if (setup.store().get(Orchestration.DEPLOYMENTS, id).map(LifecycleStore.Entry::revision).orElse(-1L)
        != entry.get().revision()) {
      setup.running().remove(id, coordinator);
      return Optional.empty();
    }
    setup.journal().tell(coordinator.run, LifecycleEvent.Type.DEPLOYMENT_STARTED, null, "deployment", "resumed",
        record.completed.size() + " of " + plan.steps().size() + " steps done before", 0);
    return Optional.of(coordinator.run());
  }

  /**
   * The deployment {@code id} if its request was made before: waited for when it runs in this process; as stored when
   * it ended; and when another instance runs it, as stored with a {@code lifecycle.busy} problem saying so.
   */
  private static Optional<DeploymentReport> existing(Orchestration setup, String id) {
    Coordinator active = setup.running().get(id);
    DeploymentReport known = active != null ? active.finished.join() : setup.deployment(id).orElse(null);
    if (known == null) {
      return Optional.empty();
    }
    List<Diagnostic> problems = new ArrayList<>(known.problems());
    if (known.state().map(s -> !s.ended()).orElse(false)) {
      problems.add(LifecycleRules.BUSY.at("").message("The deployment " + id + " is running in another process;"
          + " wait for it to end, or resume it once that process has stopped (dpds deploy --resume)").build());
    }
    return Optional.of(new DeploymentReport(known.deploymentId(), known.state(), known.plan(), known.steps(),
        known.gates(), problems, true));
  }

  private static List<Diagnostic> missing(Orchestration setup, DeploymentPlan plan, ResolvedDescriptor d) {
    List<Diagnostic> out = new ArrayList<>();
    for (String adapter : setup.missingAdapters(plan)) {
      out.add(LifecycleRules.ADAPTER_MISSING.at("").message("No " + adapter + " is registered for the plan's "
          + "steps").build());
    }
    for (PlanStep step : plan.steps()) {
      String service = step.kind() == StepKind.TASK ? service(step.task().orElseThrow()) : "";
      if (step.kind() == StepKind.TASK && setup.executor(service).isEmpty()) {
        String task = "task " + step.componentName().orElse(step.id());
        out.add(LifecycleRules.ADAPTER_MISSING.at(step.pointer()).message(service.isEmpty()
                ? "No task executor accepts " + task + ", which names no service"
                : "No task executor accepts the service '" + service + "' of " + task)
            .location(d.locate(step.pointer()).orElse(null)).build());
      }
    }
    return out;
  }

  boolean cancel() {
    cancelRequested = true;
    cancels.values().forEach(c -> c.complete(null));
    done.add(new Done("", null, null, 0)); // wakes the coordinator
    return true;
  }

  /** Runs the deployment this coordinator has claimed in {@link Orchestration#running}, and gives up the claim. */
  private DeploymentReport run() {
    DeploymentReport report;
    try {
      if (record.state == DeploymentState.RUNNING) {
        if (!record.admitted) {
          record.admitted = gate(PolicyEvent.STAGE_TRANSITION, "stage", Map.of("toStage", record.stage));
          persist();
        }
        if (record.admitted) {
          execute();
          if (!failed && !cancelRequested) {
            failed = !gate(PolicyEvent.DEPLOYMENT_RESULT, "result", Map.of("stage", record.stage, "result",
                "succeeded"));
          }
        } else {
          failed = true;
        }
        if (failed || cancelRequested) {
          record.state = record.state.to(DeploymentState.COMPENSATING);
          record.reason = cancelRequested ? "cancelled" : problems.isEmpty() ? "refused" : problems.get(0).message();
          persist();
        } else {
          record.state = record.state.to(DeploymentState.SUCCEEDED);
          persist();
        }
      }
      if (record.state == DeploymentState.COMPENSATING) {
        compensate();
        record.state = record.state.to(cancelRequested || "cancelled".equals(record.reason)
            ? DeploymentState.CANCELLED : DeploymentState.FAILED);
        persist();
      }
      release();
      LifecycleEvent.Type type = switch (record.state) {
        case SUCCEEDED -> LifecycleEvent.Type.DEPLOYMENT_SUCCEEDED;
        case CANCELLED -> LifecycleEvent.Type.DEPLOYMENT_CANCELLED;
        default -> LifecycleEvent.Type.DEPLOYMENT_FAILED;
      };
      setup.journal().tell(run, type, null, "deployment", record.state.name().toLowerCase(), record.reason, 0);
      report = report();
    } catch (StoreException e) {
      problems.add(LifecycleRules.STORE_FAILED.at("").message(e.getMessage()).build());
      report = report();
    } catch (RuntimeException e) {
      problems.add(LifecycleRules.INTERNAL.at("").message("The deployment stopped on an unexpected error, as stored: "
          + secrets.redact(e.toString())).build());
      report = report();
    } finally {
      setup.running().remove(record.id, this);
    }
    finished.complete(report);
    return report;
  }

  /** Runs the steps, ready ones in plan order, at most {@code parallelism} at once, until all ended or one failed. */
  private void execute() {
    Set<String> inFlight = new HashSet<>();
    while (true) {
      if (!failed && !cancelRequested) {
        List<PlanStep> launched = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
          DeploymentRecord.Step state = record.steps.get(step.id());
          boolean runnable = state.state == StepState.PENDING || state.state == StepState.RUNNING;
          if (inFlight.size() < setup.parallelism() && runnable && !inFlight.contains(step.id())
              && step.dependsOn().stream().allMatch(dep -> record.steps.get(dep).state == StepState.SUCCEEDED)) {
            state.state = StepState.RUNNING;
            inFlight.add(step.id());
            launched.add(step);
          }
        }
        if (!launched.isEmpty()) {
          persist(); // the steps launched together are recorded running together, before any adapter is called
          for (PlanStep step : launched) {
            setup.journal().tell(run, LifecycleEvent.Type.STEP_STARTED, step.id(), step.id(), "started", "", 0);
            attempt(step, record.steps.get(step.id()).attempts + 1, System.nanoTime());
          }
        }
      }
      if (inFlight.isEmpty()) {
        return;
      }
      List<Done> ends = new ArrayList<>();
      try {
        Done next = done.poll(setup.lease().toMillis() / 3, TimeUnit.MILLISECONDS);
        if (next == null) {
          persist(); // nothing ended for a while: renew the lease
          continue;
        }
        ends.add(next);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        cancel();
        continue;
      }
      done.drainTo(ends); // steps that ended together are recorded together
      List<PlanStep> succeeded = new ArrayList<>();
      for (Done d : ends) {
        if (inFlight.remove(d.stepId())) {
          ended(plan.step(d.stepId()).orElseThrow(), d).ifPresent(succeeded::add);
        }
      }
      persist();
      for (PlanStep step : succeeded) {
        if (!failed && !gate(PolicyEvent.TASK_RESULT, step.id(), Map.of("step", step.id(), "result", "succeeded"))) {
          failed = true;
        }
      }
    }
  }

  /** One attempt of {@code step}; a failure is retried after a growing wait, until the attempts are used up. */
  private void attempt(PlanStep step, int attempt, long started) {
    CompletableFuture<Void> cancellation = new CompletableFuture<>();
    cancels.put(step.id(), cancellation);
    AdapterContext context = context(step, attempt, cancellation);
    CompletableFuture.supplyAsync(() -> Objects.requireNonNull(invoke(step, context), "the adapter returned no stage"),
        CALLS).thenCompose(stage -> stage).orTimeout(setup.stepTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((result, error) -> {
          if (error == null && result != null) {
            done.add(new Done(step.id(), result, null, attempt));
            return;
          }
          cancellation.complete(null);
          Throwable why = error != null ? error : new IllegalStateException("the adapter completed without a result");
          if (attempt < setup.attempts() && !cancelRequested) {
            long wait = setup.backoff().toMillis() << (attempt - 1);
            setup.journal().tell(run, LifecycleEvent.Type.STEP_RETRIED, step.id(), step.id(), "retried",
                "attempt " + attempt + " failed (" + Gates.cause(why) + "); next in " + wait + " ms",
                Gates.since(started).toMillis());
            CompletableFuture.runAsync(() -> attempt(step, attempt + 1, started),
                CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS, CALLS));
          } else {
            done.add(new Done(step.id(), null, why, attempt));
          }
        });
  }

  /** Records the end of a step (persisted by the caller); the step when it succeeded. */
  private Optional<PlanStep> ended(PlanStep step, Done d) {
    DeploymentRecord.Step state = record.steps.get(step.id());
    state.attempts = d.attempts();
    if (d.error() == null) {
      state.state = StepState.SUCCEEDED;
      state.message = secrets.redact(d.result().message());
      d.result().outputs().forEach((k, v) -> state.outputs.put(k, secrets.redact(v)));
      record.completed.add(step.id());
      setup.journal().tell(run, LifecycleEvent.Type.STEP_SUCCEEDED, step.id(), step.id(), "succeeded", state.message, 0);
      return Optional.of(step);
    }
    state.state = StepState.FAILED;
    state.message = secrets.redact(Gates.cause(d.error()));
    setup.journal().tell(run, LifecycleEvent.Type.STEP_FAILED, step.id(), step.id(), "failed",
        state.message + " (after " + d.attempts() + " attempt(s))", 0);
    problems.add(LifecycleRules.ADAPTER_FAILED.at(step.pointer()).message("Step " + step.id() + " failed after "
        + d.attempts() + " attempt(s): " + state.message).build());
    failed = true;
    return Optional.empty();
  }

  /** Undoes the completed steps, last completed first; steps whose adapter cannot undo are left and told. */
  private void compensate() {
    List<String> completed = new ArrayList<>(record.completed);
    Collections.reverse(completed);
    for (String id : completed) {
      DeploymentRecord.Step state = record.steps.get(id);
      if (state.state != StepState.SUCCEEDED) {
        continue;
      }
      PlanStep step = plan.step(id).orElseThrow();
      long start = System.nanoTime();
      String why = null;
      try {
        Adapter adapter = adapter(step);
        if (!adapter.capabilities().contains(Capability.UNDO)) {
          why = adapter.name() + " cannot undo";
        } else {
          persist(setup.stepTimeout()); // the undo may take up to a step's timeout
          AdapterContext context = context(step, Math.max(1, state.attempts), new CompletableFuture<>());
          StepResult done = new StepResult(state.outputs, state.message);
          CompletableFuture.supplyAsync(() -> adapter.undo(context, done), CALLS).thenCompose(stage -> stage)
              .get(setup.stepTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        why = "interrupted";
      } catch (Exception e) {
        why = secrets.redact(Gates.cause(e));
      }
      state.state = why == null ? StepState.COMPENSATED : StepState.NOT_COMPENSATED;
      persist();
      setup.journal().tell(run, why == null ? LifecycleEvent.Type.STEP_COMPENSATED : LifecycleEvent.Type.COMPENSATION_FAILED,
          id, id, why == null ? "compensated" : "not compensated", why == null ? "" : why,
          Gates.since(start).toMillis());
    }
  }

  /**
   * Asks the policies about {@code event}; true when no blocking policy failed. Without a policy service there is no
   * decision to record: the gate passes silently.
   */
  private boolean gate(PolicyEvent event, String subject, Map<String, String> context) {
    if (setup.policies() == null) {
      return true;
    }
    persist(setup.policyTimeout()); // the gate may wait up to the policy timeout
    PolicyInput.Builder input = PolicyInput.builder(event).after(descriptor);
    context.forEach(input::context);
    GateResult gate = Gates.redact(Gates.policies(setup.policies(), setup.policyTimeout(), input.build()).gate(),
        secrets);
    GateResult named = new GateResult("policies:" + event.label()
        + (event == PolicyEvent.TASK_RESULT ? ":" + subject : ""),
        gate.passed(), gate.findings(), gate.took());
    gates.add(named);
    setup.journal().tell(run, gate.passed() ? LifecycleEvent.Type.GATE_PASSED : LifecycleEvent.Type.GATE_FAILED, null,
        "gate:" + named.gate(), gate.passed() ? "passed" : "refused", Gates.summary(gate), gate.took().toMillis());
    if (!gate.passed()) {
      problems.addAll(gate.findings().stream().filter(Diagnostic::isError).toList());
    }
    return gate.passed();
  }

  private AdapterContext context(PlanStep step, int attempt, CompletableFuture<Void> cancellation) {
    return AdapterContext.builder().correlationId(record.correlationId).product(record.fqn, record.version)
        .stage(record.stage).step(step.id(), record.id + "#" + step.id()).attempt(attempt)
        .deadline(setup.journal().clock().instant().plus(setup.stepTimeout())).secrets(secrets).descriptor(descriptor)
        .cancellation(cancellation).build();
  }

  private CompletionStage<StepResult> invoke(PlanStep step, AdapterContext context) {
    return switch (step.kind()) {
      case BUILD -> setup.build().build(context, step.application().orElseThrow());
      case PROVISION -> setup.provision().provision(context, step.infrastructure().orElseThrow());
      case META -> setup.meta().register(context);
      case DEPLOY -> {
        DeploymentRecord.Step built = record.steps.get("build:" + step.component());
        yield setup.integration().deploy(context, step.application().orElseThrow(),
            new StepResult(built.outputs, built.message));
      }
      case TASK -> setup.executor(service(step.task().orElseThrow())).orElseThrow().execute(context,
          step.task().orElseThrow());
    };
  }

  private Adapter adapter(PlanStep step) {
    return switch (step.kind()) {
      case BUILD -> setup.build();
      case PROVISION -> setup.provision();
      case META -> setup.meta();
      case DEPLOY -> setup.integration();
      case TASK -> setup.executor(service(step.task().orElseThrow())).orElseThrow();
    };
  }

  private static String service(LifecycleTask task) {
    return task.service().flatMap(ExternalResource::href).orElse("");
  }

  private void persist() {
    persist(Duration.ZERO);
  }

  /**
   * Writes the record, renewing this instance's lease for the lease period plus {@code wait} (a blocking wait ahead:
   * a policy gate, an undo). The write is a compare-and-set on the revision this coordinator last wrote: the
   * revision is its fencing token, so once another instance has taken the deployment over, nothing more is written
   * here and the coordinator stops.
   */
  private void persist(Duration wait) {
    record.owner = setup.instance();
    record.leaseUntil = setup.journal().clock().millis() + setup.lease().plus(wait).toMillis();
    if (!setup.store().replace(Orchestration.DEPLOYMENTS, record.id, revision, record.bytes())) {
      throw new StoreException("The deployment " + record.id + " was taken over by another instance (its lease ran"
          + " out); this one stops", null);
    }
    revision++;
  }

  private void release() {
    String lock = record.product + "@" + record.version;
    setup.store().get(Orchestration.ACTIVE, lock).filter(e -> Lock.read(e.value()).holder().equals(record.id))
        .ifPresent(e -> setup.store().delete(Orchestration.ACTIVE, lock, e.revision()));
  }

  /**
   * The lock of one version's active deployment: its holder and when it was taken. A lock whose holder has no record
   * and that is older than a lease was left by a crash between taking the lock and writing the record.
   */
  record Lock(String holder, long takenAt) {

    byte[] bytes() {
      return (holder + "\n" + takenAt).getBytes(StandardCharsets.UTF_8);
    }

    static Lock read(byte[] bytes) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int newline = text.lastIndexOf('\n');
      if (newline < 0) {
        return new Lock(text, 0); // written before locks kept their time
      }
      try {
        return new Lock(text.substring(0, newline), Long.parseLong(text.substring(newline + 1)));
      } catch (NumberFormatException e) {
        return new Lock(text, 0);
      }
    }
  }

  private DeploymentReport report() {
    Map<String, StepState> steps = new LinkedHashMap<>();
    plan.steps().forEach(step -> steps.put(step.id(), record.steps.get(step.id()).state));
    return new DeploymentReport(record.id, Optional.of(record.state), Optional.of(plan), steps, gates, problems);
  }
}
