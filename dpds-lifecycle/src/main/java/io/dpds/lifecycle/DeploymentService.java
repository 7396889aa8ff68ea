package io.dpds.lifecycle;

import io.dpds.lifecycle.plan.DeploymentPlan;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.BuildService;
import io.dpds.spi.adapter.IntegrationService;
import io.dpds.spi.adapter.LifecycleListener;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.TaskExecutor;
import io.dpds.spi.policy.PolicyService;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Deployment Service: deploys a published version to a stage by its {@link DeploymentPlan}, through the adapters
 * of the host. Independent steps run in parallel (bounded); each step has a deadline and bounded retries with
 * exponential backoff, under one idempotency key; the policies are asked at the stage transition, after every step
 * and about the result; on a failure, a refusal or a cancellation the completed steps are compensated in reverse order.
 * One deployment of a product version is active at a time: a second is refused, never raced; the same request again
 * returns (or resumes) the same deployment. All state is in the store, so {@link #resume} continues what a crashed
 * process left. Built once; thread-safe.
 *
 * <pre>{@code
 * DeploymentService deployer = DeploymentService.builder().store(store).registry(registry)
 *     .discoverAdapters().policies(engine).build();
 * DeploymentReport report = deployer.deploy(new DeployRequest(fqn, "1.2.0", "dev", "ci-4711", Secrets.none()));
 * }</pre>
 */
public final class DeploymentService {

  private final Orchestration setup;

  private DeploymentService(Builder b) {
    LifecycleStore store = Objects.requireNonNull(b.store, "store");
    this.setup = new Orchestration(store, Objects.requireNonNull(b.registry, "registry"), b.policies, b.build,
        b.provision, b.meta, b.integration, List.copyOf(b.executors), b.parallelism, b.stepTimeout, b.policyTimeout,
        b.attempts, b.backoff, new Journal(store, b.clock, b.listeners), new ConcurrentHashMap<>(),
        UUID.randomUUID().toString(), b.lease);
  }

  /** {@return a builder; the store and the registry are required, adapters are set or discovered} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Deploys as {@code request} asks and returns when the deployment has ended (or was refused). Never throws for bad
   * input or failing adapters: see the report.
   *
   * @param request what to deploy, where, and with which secrets
   * @return what the deployment did
   */
  public DeploymentReport deploy(DeployRequest request) {
    try {
      return Coordinator.start(setup, request);
    } catch (StoreException e) {
      return refused(request.deploymentId(), LifecycleRules.STORE_FAILED.at("").message(e.getMessage()).build());
    }
  }

  /**
   * {@return the plan {@code request} would run, or why there is none (same checks as {@link #deploy}, nothing run)}
   *
   * @param request what to deploy and where
   */
  public DeploymentPlan.Result plan(DeployRequest request) {
    Optional<ResolvedDescriptor> descriptor = setup.registry().descriptor(request.product(), request.version());
    if (descriptor.isEmpty()) {
      return new DeploymentPlan.Result(Optional.empty(), List.of(LifecycleRules.NOT_PUBLISHED.at("")
          .message("No published version " + request.version() + " of " + request.product()).build()));
    }
    return DeploymentPlan.of(descriptor.get(), request.stage());
  }

  /**
   * Continues every deployment a stopped process left running or compensating: those whose owner's lease has run
   * out, never one another live instance is running; {@code secrets} are handed to the adapters again (they are
   * never stored).
   *
   * @param secrets the secrets of the adapters
   * @return one report per deployment resumed
   */
  public List<DeploymentReport> resume(Secrets secrets) {
    return resumeWhere(null, null, secrets);
  }

  /**
   * As {@link #resume(Secrets)}, for the deployments of one version of one product only.
   *
   * @param product the product's FQN
   * @param version the product version
   * @param secrets the secrets of the adapters
   * @return one report per deployment resumed
   */
  public List<DeploymentReport> resume(String product, String version, Secrets secrets) {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    return resumeWhere(product, version, secrets);
  }

  private List<DeploymentReport> resumeWhere(String product, String version, Secrets secrets) {
    List<DeploymentReport> reports = new ArrayList<>();
    for (String id : setup.store().keys(Orchestration.DEPLOYMENTS)) {
      if (product == null || id.startsWith(RegistryService.productKey(product) + "@" + version + "/")) {
        Coordinator.resume(setup, id, secrets).ifPresent(reports::add);
      }
    }
    return reports;
  }

  /**
   * Asks the running deployment {@code deploymentId} to stop and compensate; false when it is not running here.
   *
   * @param deploymentId the deployment
   * @return whether it was running here and was asked to stop
   */
  public boolean cancel(String deploymentId) {
    Coordinator coordinator = setup.running().get(deploymentId);
    return coordinator != null && coordinator.cancel();
  }

  /**
   * {@return the state of the deployment and of each of its steps, as stored}
   *
   * @param deploymentId the deployment
   */
  public Optional<DeploymentReport> deployment(String deploymentId) {
    return setup.deployment(deploymentId);
  }

  /**
   * {@return the audit trail of {@code product}: publications and deployments, oldest first}
   *
   * @param product the product's FQN
   */
  public List<AuditEntry> audit(String product) {
    return setup.journal().audit(RegistryService.productKey(product));
  }

  static DeploymentReport refused(String id, Diagnostic... problems) {
    return new DeploymentReport(id, Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of(problems));
  }

  /** Configures a {@link DeploymentService}. Not thread-safe; the service it builds is. */
  public static final class Builder {
    private LifecycleStore store;
    private RegistryService registry;
    private PolicyService policies;
    private BuildService build;
    private ProvisionService provision;
    private MetaService meta;
    private IntegrationService integration;
    private final List<TaskExecutor> executors = new ArrayList<>();
    private final List<LifecycleListener> listeners = new ArrayList<>();
    private int parallelism = 4;
    private Duration stepTimeout = Duration.ofMinutes(30);
    private Duration lease = Duration.ofMinutes(1);
    private Duration policyTimeout = Duration.ofMinutes(5);
    private int attempts = 3;
    private Duration backoff = Duration.ofSeconds(1);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Where deployments, locks and the audit are kept (required).
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(LifecycleStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Where published versions are read from (required).
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(RegistryService registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * The policies asked at every change of state; none by default (the gates pass).
     *
     * @param policies the policy service
     * @return this builder
     */
    public Builder policies(PolicyService policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /**
     * The adapter that builds application components.
     *
     * @param adapter the adapter
     * @return this builder
     */
    public Builder build(BuildService adapter) {
      this.build = Objects.requireNonNull(adapter, "adapter");
      return this;
    }

    /**
     * The adapter that provisions infrastructural components.
     *
     * @param adapter the adapter
     * @return this builder
     */
    public Builder provision(ProvisionService adapter) {
      this.provision = Objects.requireNonNull(adapter, "adapter");
      return this;
    }

    /**
     * The adapter that records the version's metadata in the catalogue.
     *
     * @param adapter the adapter
     * @return this builder
     */
    public Builder meta(MetaService adapter) {
      this.meta = Objects.requireNonNull(adapter, "adapter");
      return this;
    }

    /**
     * The adapter that deploys built application components.
     *
     * @param adapter the adapter
     * @return this builder
     */
    public Builder integration(IntegrationService adapter) {
      this.integration = Objects.requireNonNull(adapter, "adapter");
      return this;
    }

    /**
     * Adds a task executor; the first that accepts a task's service runs it.
     *
     * @param adapter the executor
     * @return this builder
     */
    public Builder task(TaskExecutor adapter) {
      executors.add(Objects.requireNonNull(adapter, "adapter"));
      return this;
    }

    /**
     * Adds a listener of every lifecycle event.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(LifecycleListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Adds the adapters listed for {@link ServiceLoader} (the first of each service, every task executor and listener);
     * adapters set on the builder win.
     *
     * @return this builder
     */
    public Builder discoverAdapters() {
      ClassLoader loader = DeploymentService.class.getClassLoader();
      if (build == null) {
        ServiceLoader.load(BuildService.class, loader).findFirst().ifPresent(this::build);
      }
      if (provision == null) {
        ServiceLoader.load(ProvisionService.class, loader).findFirst().ifPresent(this::provision);
      }
      if (meta == null) {
        ServiceLoader.load(MetaService.class, loader).findFirst().ifPresent(this::meta);
      }
      if (integration == null) {
        ServiceLoader.load(IntegrationService.class, loader).findFirst().ifPresent(this::integration);
      }
      ServiceLoader.load(TaskExecutor.class, loader).forEach(executors::add);
      ServiceLoader.load(LifecycleListener.class, loader).forEach(listeners::add);
      return this;
    }

    /**
     * How many steps run at once; 4 by default.
     *
     * @param steps the number of steps, at least 1
     * @return this builder
     */
    public Builder parallelism(int steps) {
      if (steps < 1) {
        throw new IllegalArgumentException("parallelism is at least 1: " + steps);
      }
      this.parallelism = steps;
      return this;
    }

    /**
     * How long a running deployment's lease lasts without renewal (1 minute by default; renewed at a third of it):
     * another instance resumes a deployment only once its owner's lease has run out.
     *
     * @param lease the lease's length
     * @return this builder
     */
    public Builder lease(Duration lease) {
      if (lease.isNegative() || lease.isZero()) {
        throw new IllegalArgumentException("a lease is positive: " + lease);
      }
      this.lease = lease;
      return this;
    }

    /**
     * How long one attempt of a step may take; 30 minutes by default.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder stepTimeout(Duration timeout) {
      this.stepTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How long a gate waits for the policy service's answer (5 minutes by default); a service that does not answer in
     * time fails the gate with a {@code policy.failed} finding.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder policyTimeout(Duration timeout) {
      this.policyTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How often a failing step is tried (3 by default) and the wait before the first retry (1 s by default, doubled at
     * each retry).
     *
     * @param attempts the number of attempts, at least 1
     * @param backoff the wait before the first retry
     * @return this builder
     */
    public Builder retries(int attempts, Duration backoff) {
      if (attempts < 1) {
        throw new IllegalArgumentException("a step is tried at least once: " + attempts);
      }
      this.attempts = attempts;
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * The clock of leases, deadlines and events (default: the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException when the store or the registry is missing
     */
    public DeploymentService build() {
      return new DeploymentService(this);
    }
  }
}
