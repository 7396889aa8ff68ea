package io.dpds.samples.adapters;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.model.ExternalResource;
import io.dpds.model.LifecycleTask;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.StepResult;
import io.dpds.spi.adapter.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Runs the {@code lifecycleInfo} tasks of a stage the way a local CI runner queues them: each run becomes a job file
 * {@code <root>/<stage>/<step>-<task>.json} with the executor, the template and the configurations as written
 * (references to environment variables stay references: secrets never reach the file). {@code undo} removes the job.
 */
public final class TaskRecorder implements TaskExecutor {

  private final Path root;

  /** Queues jobs under {@code root}. */
  public TaskRecorder(Path root) {
    this.root = root;
  }

  @Override
  public String name() {
    return "task-recorder";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public boolean accepts(String service) {
    return true;
  }

  @Override
  public CompletionStage<StepResult> execute(AdapterContext context, LifecycleTask task) {
    return LocalFiles.now(() -> {
      ObjectNode job = JsonNodeFactory.instance.objectNode();
      job.put("task", task.name().orElse(""));
      job.put("service", task.service().flatMap(ExternalResource::href).orElse(""));
      task.template().ifPresent(t -> job.set("template", t.toJson()));
      task.configurations().ifPresent(c -> job.set("configurations", c));
      job.put("idempotencyKey", context.idempotencyKey());
      Path file = job(context, task);
      LocalFiles.write(file, job.toPrettyString() + "\n");
      return new StepResult(Map.of("job", file.toString()), "queued " + task.name().orElse("a task") + " on "
          + job.get("service").asText());
    });
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return LocalFiles.now(() -> {
      String job = done.outputs().get("job");
      if (job != null) {
        Files.deleteIfExists(Path.of(job));
      }
      return null;
    });
  }

  private Path job(AdapterContext context, LifecycleTask task) {
    return root.resolve(LocalFiles.safeName(context.stage().orElse("none")))
        .resolve(LocalFiles.safeName(context.stepId() + "-" + task.name().orElse("task")) + ".json");
  }
}
