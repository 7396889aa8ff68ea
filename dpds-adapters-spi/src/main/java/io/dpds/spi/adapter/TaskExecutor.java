package io.dpds.spi.adapter;

import io.dpds.model.LifecycleTask;
import java.util.concurrent.CompletionStage;

/**
 * Runs the {@code lifecycleInfo} tasks of a stage. A task names its executor in {@code service} (an {@code $href} such
 * as {@code {azure-devops}} or a URL); the orchestrator picks the first executor that {@link #accepts} it. Template and
 * configurations are handed over as written: DPDS does not interpret them.
 */
public interface TaskExecutor extends Adapter {

  /**
   * {@return whether this executor runs tasks whose {@code service} is {@code service} (the {@code $href} or reference
   * text; empty when the task names none)}
   *
   * @param service the task's {@code service}
   */
  boolean accepts(String service);

  /**
   * Runs {@code task}; see the package contracts.
   *
   * @param context the call's context
   * @param task the lifecycle task to run
   * @return the result of the task
   */
  CompletionStage<StepResult> execute(AdapterContext context, LifecycleTask task);
}
