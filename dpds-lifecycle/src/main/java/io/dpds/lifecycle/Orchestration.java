package io.dpds.lifecycle;

import io.dpds.lifecycle.plan.DeploymentPlan;
import io.dpds.lifecycle.plan.StepKind;
import io.dpds.spi.adapter.BuildService;
import io.dpds.spi.adapter.IntegrationService;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.TaskExecutor;
import io.dpds.spi.policy.PolicyService;
import io.dpds.spi.store.LifecycleStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What deployments run with, as {@link DeploymentService.Builder} set it: the store, the registry, the host's policies
 * and adapters (null where none is registered), the limits, the journal, and the deployments running in this process.
 * Shared by every {@link Coordinator} of one service.
 */
record Orchestration(
    LifecycleStore store,
    RegistryService registry,
    @Nullable PolicyService policies,
    @Nullable BuildService build,
    @Nullable ProvisionService provision,
    @Nullable MetaService meta,
    @Nullable IntegrationService integration,
    List<TaskExecutor> executors,
    int parallelism,
    Duration stepTimeout,
    Duration policyTimeout,
    int attempts,
    Duration backoff,
    Journal journal,
    Map<String, Coordinator> running,
    String instance,
    Duration lease) {

  /** The store's collection of deployment records, by deployment id. */
  static final String DEPLOYMENTS = "deployments";
  /** The store's collection of locks: one active deployment per {@code product@version}. */
  static final String ACTIVE = "active";

  /**
   * Whether {@code record} may be resumed here: it has not ended, it is not running in this process, and no other
   * live instance holds its lease.
   */
  boolean resumable(DeploymentRecord record) {
    return !record.state.ended() && !running.containsKey(record.id) && (record.owner == null
        || record.owner.equals(instance) || record.leaseUntil < journal.clock().millis());
  }

  /** Which adapter kinds are missing for the steps of {@code plan}. */
  List<String> missingAdapters(DeploymentPlan plan) {
    Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
    plan.steps().forEach(step -> kinds.add(step.kind()));
    List<String> missing = new ArrayList<>();
    if (kinds.contains(StepKind.BUILD) && build == null) {
      missing.add("BuildService");
    }
    if (kinds.contains(StepKind.PROVISION) && provision == null) {
      missing.add("ProvisionService");
    }
    if (kinds.contains(StepKind.META) && meta == null) {
      missing.add("MetaService");
    }
    if (kinds.contains(StepKind.DEPLOY) && integration == null) {
      missing.add("IntegrationService");
    }
    return missing;
  }

  /** The executor of a task step, if one accepts its service. */
  Optional<TaskExecutor> executor(String service) {
    return executors.stream().filter(e -> e.accepts(service)).findFirst();
  }

  /** The state of the deployment and of each of its steps, as stored. */
  Optional<DeploymentReport> deployment(String deploymentId) {
    return store.get(DEPLOYMENTS, deploymentId).map(e -> {
      DeploymentRecord r = DeploymentRecord.read(e.value(), deploymentId);
      Map<String, StepState> steps = new LinkedHashMap<>();
      r.steps.forEach((id, step) -> steps.put(id, step.state));
      return new DeploymentReport(r.id, Optional.of(r.state), Optional.empty(), steps, List.of(), List.of());
    });
  }
}
