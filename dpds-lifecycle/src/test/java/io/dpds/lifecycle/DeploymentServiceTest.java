package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.lifecycle.plan.PlanStep;
import io.dpds.lifecycle.store.FileStore;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.LifecycleEvent;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyService;
import io.dpds.spi.policy.PolicyViolation;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.test.RecordingAdapters;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Deployments: order, parallelism, retries, timeouts, gates, compensation, cancellation, idempotency, races, resume.
 */
class DeploymentServiceTest {

  static final String PRODUCT = RegistryServiceTest.PRODUCT;
  static final List<String> STEPS = List.of("build:ingest", "build:report", "provision:cluster", "provision:topics",
      "meta", "deploy:ingest", "deploy:report", "task:1", "task:2");

  LifecycleStore store = new InMemoryStore();
  final RecordingAdapters adapters = new RecordingAdapters();
  final List<LifecycleEvent> events = new CopyOnWriteArrayList<>();

  DeploymentService.Builder deployer(PolicyService policies) {
    RegistryService registry = RegistryService.builder().store(store).meta(adapters).build();
    if (registry.get(PRODUCT, "1.0.0").isEmpty()) {
      RegistryServiceTest.publish(registry, Descriptors.trips("1.0.0"));
    }
    DeploymentService.Builder b = DeploymentService.builder().store(store).registry(registry).build(adapters)
        .provision(adapters).meta(adapters).integration(adapters).task(adapters).listener(events::add)
        .stepTimeout(Duration.ofMillis(300)).retries(2, Duration.ofMillis(5));
    return policies == null ? b : b.policies(policies);
  }

  static DeployRequest request(String id) {
    return new DeployRequest(PRODUCT + ":1", "1.0.0", "dev", id, Secrets.of(java.util.Map.of("token",
        "s3cr3t-token-value")));
  }

  @Test
  void everyStepRunsAfterItsDependenciesAndTheDeploymentSucceeds() {
    PolicyService none = input -> CompletableFuture.completedFuture(List.of());
    DeploymentService service = deployer(none).build();

    DeploymentReport report = service.deploy(request("r1"));

    assertThat(report.state()).contains(DeploymentState.SUCCEEDED);
    assertThat(adapters.calls).containsExactlyInAnyOrderElementsOf(STEPS);
    for (PlanStep step : report.plan().orElseThrow().steps()) {
      step.dependsOn().forEach(dep -> assertThat(adapters.calls.indexOf(dep)).as(step.id() + " after " + dep)
          .isLessThan(adapters.calls.indexOf(step.id())));
    }
    assertThat(adapters.keys).allMatch(k -> k.startsWith(PRODUCT + "@1.0.0/dev/r1#"));
    assertThat(events).extracting(LifecycleEvent::type).contains(LifecycleEvent.Type.DEPLOYMENT_STARTED,
        LifecycleEvent.Type.DEPLOYMENT_SUCCEEDED);
    assertThat(service.audit(PRODUCT)).extracting(AuditEntry::subject).contains("gate:policies:stage-transition",
        "gate:policies:task-result:task:2", "gate:policies:deployment-result", "task:2");
    assertThat(service.deploy(request("r2")).succeeded()).as("the lock was released").isTrue();
  }

  @Test
  void theSameRequestAgainIsTheSameDeploymentNeverASecondRun() {
    DeploymentService service = deployer(null).build();
    DeploymentReport first = service.deploy(request("same"));
    int calls = adapters.calls.size();

    DeploymentReport again = service.deploy(request("same"));

    assertThat(again.deploymentId()).isEqualTo(first.deploymentId());
    assertThat(again.state()).contains(DeploymentState.SUCCEEDED);
    assertThat(adapters.calls).hasSize(calls);
  }

  @ParameterizedTest
  @EnumSource(value = RecordingAdapters.Fault.class, names = {"FAIL", "THROW", "NEVER", "SLOW", "BLOCK"})
  void aFaultAtAnyStepCompensatesTheCompletedStepsInReverseAndLosesNothing(RecordingAdapters.Fault fault) {
    for (String failing : STEPS) {
      store = new InMemoryStore();
      RecordingAdapters adapters = new RecordingAdapters().fail(failing, fault);
      RegistryService registry = RegistryService.builder().store(store).build();
      RegistryServiceTest.publish(registry, Descriptors.trips("1.0.0"));
      DeploymentService service = DeploymentService.builder().store(store).registry(registry).build(adapters)
          .provision(adapters).meta(adapters).integration(adapters).task(adapters).parallelism(1)
          .stepTimeout(Duration.ofMillis(100)).retries(2, Duration.ofMillis(1)).build();

      DeploymentReport report = service.deploy(request("fault"));

      assertThat(report.state()).as(failing + " " + fault).contains(DeploymentState.FAILED);
      assertThat(report.steps().get(failing)).isEqualTo(StepState.FAILED);
      List<String> completed = adapters.calls.stream().distinct().filter(s -> !s.equals(failing)).toList();
      List<String> reversed = new ArrayList<>(completed);
      Collections.reverse(reversed);
      assertThat(adapters.undone).as(failing).containsExactlyElementsOf(reversed);
      assertThat(report.steps().entrySet()).allSatisfy(e -> assertThat(e.getValue()).isIn(StepState.COMPENSATED,
          StepState.FAILED, StepState.PENDING));
      assertThat(adapters.calls.stream().filter(failing::equals)).as("retried once").hasSize(2);
      assertThat(report.problems()).extracting(Diagnostic::ruleId).containsExactly("lifecycle.adapter-failed");
      assertThat(service.deployment(report.deploymentId()).orElseThrow().steps()).isEqualTo(report.steps());
      List<AuditEntry> audit = service.audit(PRODUCT);
      assertThat(audit).filteredOn(e -> e.outcome().equals("compensated")).hasSize(completed.size());
      assertThat(audit).filteredOn(e -> e.subject().equals(failing) && e.outcome().equals("failed")).hasSize(1);
      assertThat(audit.get(audit.size() - 1).outcome()).isEqualTo("failed");
      assertThat(store.keys(Orchestration.ACTIVE)).as("lock released").isEmpty();
    }
  }

  @Test
  void aFlakyStepIsRetriedUnderTheSameIdempotencyKey() {
    adapters.fail("provision:topics", RecordingAdapters.Fault.FAIL_TWICE);
    DeploymentService service = deployer(null).retries(3, Duration.ofMillis(1)).build();

    DeploymentReport report = service.deploy(request("flaky"));

    assertThat(report.succeeded()).isTrue();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < adapters.calls.size(); i++) {
      if (adapters.calls.get(i).equals("provision:topics")) {
        keys.add(adapters.keys.get(i));
      }
    }
    assertThat(keys).hasSize(3).containsOnly(PRODUCT + "@1.0.0/dev/flaky#provision:topics");
    assertThat(service.audit(PRODUCT)).filteredOn(e -> e.outcome().equals("retried")).hasSize(2);
  }

  @Test
  void policiesGateTheStageTheStepsAndTheResult() {
    PolicyService noProd = input -> CompletableFuture.completedFuture(List.of(new PolicyResult("acme.no-meta-step",
        true, input.event() == PolicyEvent.TASK_RESULT && "meta".equals(input.context().get("step"))
            ? List.of(new PolicyViolation("", "metadata must be approved", null)) : List.of())));
    PolicyService closed = input -> CompletableFuture.completedFuture(List.of(new PolicyResult("acme.freeze", true,
        input.event() == PolicyEvent.STAGE_TRANSITION ? List.of(new PolicyViolation("", "frozen", null))
            : List.of())));

    DeploymentReport stepRefused = deployer(noProd).build().deploy(request("p1"));
    int callsAfterFirst = adapters.calls.size();
    DeploymentReport stageRefused = deployer(closed).build().deploy(request("p2"));

    assertThat(stepRefused.state()).contains(DeploymentState.FAILED);
    assertThat(stepRefused.steps().get("meta")).isEqualTo(StepState.COMPENSATED);
    assertThat(stepRefused.problems()).extracting(Diagnostic::ruleId).containsExactly("acme.no-meta-step");
    assertThat(stageRefused.state()).contains(DeploymentState.FAILED);
    assertThat(adapters.calls).as("nothing ran past a closed stage").hasSize(callsAfterFirst);
  }

  @Test
  void aCancelledDeploymentStopsAndCompensates() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    adapters.behave(context -> {
      if (context.stepId().equals("meta")) {
        waiting.countDown();
        CompletableFuture<StepResult> never = new CompletableFuture<>();
        context.cancellation().thenRun(() -> never.cancel(false));
        return never;
      }
      return adapters.byFault(context);
    });
    DeploymentService service = deployer(null).stepTimeout(Duration.ofSeconds(30)).build();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<DeploymentReport> running = pool.submit(() -> service.deploy(request("c")));

    assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(service.cancel(request("c").deploymentId())).isTrue();
    DeploymentReport report = running.get(10, TimeUnit.SECONDS);
    pool.shutdown();

    assertThat(report.state()).contains(DeploymentState.CANCELLED);
    assertThat(report.steps().get("deploy:ingest")).isEqualTo(StepState.PENDING);
    assertThat(adapters.undone).containsExactlyInAnyOrder("build:ingest", "build:report", "provision:cluster",
        "provision:topics");
  }

  @Test
  void ofAHundredConcurrentDeploymentsOfOneVersionExactlyOneRuns() throws Exception {
    CountDownLatch allSubmitted = new CountDownLatch(1);
    adapters.behave(context -> CompletableFuture.supplyAsync(() -> {
      try {
        allSubmitted.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return StepResult.of("ok");
    }));
    DeploymentService service = deployer(null).stepTimeout(Duration.ofSeconds(20)).build();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<DeploymentReport>> futures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String id = "race-" + i;
      futures.add(pool.submit(() -> service.deploy(request(id))));
    }
    Thread.sleep(500);
    allSubmitted.countDown();
    List<DeploymentReport> reports = new ArrayList<>();
    for (Future<DeploymentReport> f : futures) {
      reports.add(f.get(30, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(reports.stream().filter(DeploymentReport::succeeded)).hasSize(1);
    assertThat(reports.stream().filter(r -> !r.succeeded())).hasSize(99).allSatisfy(r ->
        assertThat(r.problems()).extracting(Diagnostic::ruleId).containsExactly("lifecycle.busy"));
    assertThat(store.keys(Orchestration.DEPLOYMENTS)).hasSize(1);
  }

  @Test
  void aResumeBesideTheDeploymentsOfItsOwnProcessNeverRunsOneOfThemASecondTime() throws Exception {
    DeploymentService service = deployer(null).build();
    List<DeploymentReport> resumed = new CopyOnWriteArrayList<>();
    AtomicBoolean deploying = new AtomicBoolean(true);
    Thread resumer = new Thread(() -> {
      while (deploying.get()) {
        resumed.addAll(service.resume(Secrets.none())); // as a host's periodic resume, here without a pause
      }
    });
    resumer.start();
    List<DeploymentReport> reports = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      reports.add(service.deploy(request("beside-" + i)));
    }
    deploying.set(false);
    resumer.join(10_000);

    assertThat(reports).allMatch(DeploymentReport::succeeded);
    assertThat(resumed).as("nothing was left to resume").isEmpty();
    assertThat(adapters.keys).as("each step of each deployment called once").hasSize(60 * STEPS.size())
        .doesNotHaveDuplicates();
  }

  @Test
  void aDeploymentLeftByADeadProcessResumesWithoutRedoingCompletedSteps(@TempDir Path dir) throws Exception {
    store = FileStore.open(dir, FileStore.Durability.PROCESS);
    CountDownLatch stuck = new CountDownLatch(1);
    adapters.behave(context -> {
      if (context.stepId().equals("deploy:ingest")) {
        stuck.countDown();
        return new CompletableFuture<>(); // the process dies here
      }
      return adapters.byFault(context);
    });
    DeploymentService dying = deployer(null).stepTimeout(Duration.ofMinutes(5)).build();
    Thread process = new Thread(() -> dying.deploy(request("crash")));
    process.setDaemon(true);
    process.start();
    assertThat(stuck.await(10, TimeUnit.SECONDS)).isTrue();
    List<String> before = List.copyOf(adapters.calls);

    adapters.behave(adapters::byFault);
    store = FileStore.open(dir, FileStore.Durability.PROCESS);
    DeploymentService restarted = deployer(null).clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)))
        .build(); // ten minutes later: the dead process's lease has run out
    List<DeploymentReport> resumed = restarted.resume(Secrets.none());

    assertThat(resumed).singleElement().satisfies(r -> assertThat(r.state()).contains(DeploymentState.SUCCEEDED));
    List<String> after = adapters.calls.subList(before.size(), adapters.calls.size());
    assertThat(after).as("only what had not completed").containsExactlyInAnyOrder("deploy:ingest",
        "deploy:report", "task:1", "task:2");
    assertThat(adapters.keys.get(adapters.calls.lastIndexOf("deploy:ingest")))
        .isEqualTo(PRODUCT + "@1.0.0/dev/crash#deploy:ingest");
  }

  @Test
  void noSecretReachesTheLogTheAuditEventsStoredStateOrReports() throws java.io.IOException {
    adapters.behave(context -> context.stepId().equals("task:1")
        ? CompletableFuture.failedFuture(new IllegalStateException("login with s3cr3t-token-value refused"))
        : CompletableFuture.completedFuture(StepResult.of("used s3cr3t-token-value")));
    DeploymentService service = deployer(null).build();

    DeploymentReport report = service.deploy(request("secret"));

    assertThat(report.toString()).doesNotContain("s3cr3t-token-value");
    assertThat(service.audit(PRODUCT).toString()).doesNotContain("s3cr3t-token-value").contains("***");
    assertThat(events.toString()).doesNotContain("s3cr3t-token-value");
    assertThat(new String(store.get(Orchestration.DEPLOYMENTS, report.deploymentId()).orElseThrow().value(),
        java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("s3cr3t-token-value");
    Path log = Path.of("target/lifecycle-test.log");
    assertThat(log).as("the tests log through slf4j-simple into this file").exists();
    assertThat(java.nio.file.Files.readString(log)).as("the log of every deployment of these tests, all given the"
        + " secret").contains("task:1 failed: IllegalStateException: login with *** refused")
        .doesNotContain("s3cr3t-token-value");
  }

  @Test
  void anUnpublishedVersionAnUnknownStageOrAMissingAdapterIsRefusedBeforeAnythingRuns() {
    DeploymentService service = deployer(null).build();
    DeploymentService noTasks = DeploymentService.builder().store(store).registry(RegistryService.builder()
        .store(store).build()).build(adapters).provision(adapters).meta(adapters).integration(adapters).build();

    DeploymentReport unpublished = service.deploy(new DeployRequest(PRODUCT, "9.0.0", "dev", "x", Secrets.none()));
    DeploymentReport unknownStage = service.deploy(new DeployRequest(PRODUCT, "1.0.0", "qa", "x", Secrets.none()));
    DeploymentReport noExecutor = noTasks.deploy(request("x"));

    assertThat(unpublished.problems()).extracting(Diagnostic::ruleId).containsExactly("lifecycle.not-published");
    assertThat(unknownStage.problems()).extracting(Diagnostic::ruleId).containsExactly("plan.stage-unknown");
    assertThat(noExecutor.problems()).extracting(Diagnostic::ruleId).containsOnly("lifecycle.adapter-missing");
    assertThat(List.of(unpublished, unknownStage, noExecutor)).allSatisfy(r -> assertThat(r.state()).isEmpty());
    assertThat(adapters.calls).isEmpty();
  }

  @Test
  void aTaskNoExecutorAcceptsIsNamedWithItsServiceOrAsNamingNone() {
    deployer(null);
    RegistryService registry = RegistryService.builder().store(store).meta(adapters).build();
    RegistryServiceTest.publish(registry, Descriptors.trips("1.1.0").replaceFirst("(name: smokeTest\n)\\s*service: "
        + "\\{\\$href: \"\\{ci\\}\"}\n", "$1"));
    DeploymentService noTasks = DeploymentService.builder().store(store).registry(registry).build(adapters)
        .provision(adapters).meta(adapters).integration(adapters).build();

    DeploymentReport report = noTasks.deploy(new DeployRequest(PRODUCT + ":1", "1.1.0", "dev", "x", Secrets.none()));

    assertThat(report.problems()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
        "No task executor accepts task smokeTest, which names no service",
        "No task executor accepts the service '{ci}' of task migrate");
  }

  @Test
  void aDeploymentALiveInstanceRunsIsNotTakenOverAndOneWhoseLeaseRanOutIsFencedOff() throws Exception {
    CountDownLatch stuck = new CountDownLatch(1);
    adapters.behave(context -> {
      if (context.stepId().equals("deploy:ingest") && stuck.getCount() > 0) {
        stuck.countDown();
        return new CompletableFuture<>(); // the first instance waits here, alive, renewing its lease
      }
      return adapters.byFault(context);
    });
    DeploymentService first = deployer(null).stepTimeout(Duration.ofMinutes(5)).lease(Duration.ofSeconds(2))
        .build();
    CompletableFuture<DeploymentReport> running = CompletableFuture.supplyAsync(() -> first.deploy(request("r")));
    assertThat(stuck.await(10, TimeUnit.SECONDS)).isTrue();

    DeploymentService second = deployer(null).build();
    assertThat(second.resume(Secrets.none())).as("a live owner keeps its deployment").isEmpty();
    assertThat(second.resume("urn:dpds:com.acme:dataproducts:other", "1.0.0", Secrets.none())).isEmpty();
    DeploymentReport sameRequest = second.deploy(request("r"));
    assertThat(sameRequest.repeated()).isTrue();
    assertThat(sameRequest.state()).contains(DeploymentState.RUNNING);
    assertThat(sameRequest.problems()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("is running in another process"));

    DeploymentService later = deployer(null).clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10))).build();
    List<DeploymentReport> takenOver = later.resume(PRODUCT, "1.0.0", Secrets.none());
    DeploymentReport fenced = running.get(10, TimeUnit.SECONDS);

    assertThat(takenOver).singleElement().satisfies(r -> assertThat(r.state()).contains(DeploymentState.SUCCEEDED));
    assertThat(fenced.problems()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("taken over by another instance"));
    assertThat(store.keys(Orchestration.ACTIVE)).isEmpty();
  }

  @Test
  void aLockLeftWithoutItsRecordIsRecoveredOnceItIsOlderThanALease() {
    DeploymentService service = deployer(null).lease(Duration.ofSeconds(30)).build();
    String lock = PRODUCT + "@1.0.0";
    long now = System.currentTimeMillis();
    store.create(Orchestration.ACTIVE, lock, new Coordinator.Lock("crashed-before-its-record", now).bytes());

    DeploymentReport fresh = service.deploy(request("fresh"));
    store.delete(Orchestration.ACTIVE, lock, store.get(Orchestration.ACTIVE, lock).orElseThrow().revision());
    store.create(Orchestration.ACTIVE, lock, new Coordinator.Lock("crashed-before-its-record", now - 60_000).bytes());
    DeploymentReport recovered = service.deploy(request("recovered"));

    assertThat(fresh.problems()).extracting(Diagnostic::ruleId).containsExactly("lifecycle.busy");
    assertThat(recovered.state()).contains(DeploymentState.SUCCEEDED);
    assertThat(store.keys(Orchestration.ACTIVE)).isEmpty();

    // a crash after the deployment ended but before its lock was released
    store.create(Orchestration.ACTIVE, lock, new Coordinator.Lock(recovered.deploymentId(), now).bytes());
    assertThat(service.deploy(request("recovered")).repeated()).isTrue();
    assertThat(store.keys(Orchestration.ACTIVE)).as("the lock of an ended deployment is released").isEmpty();
    store.create(Orchestration.ACTIVE, lock, new Coordinator.Lock(recovered.deploymentId(), now).bytes());
    assertThat(service.deploy(request("another")).state()).contains(DeploymentState.SUCCEEDED);
  }
}
