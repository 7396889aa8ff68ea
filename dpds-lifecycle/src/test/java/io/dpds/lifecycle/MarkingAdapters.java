package io.dpds.lifecycle;

import io.dpds.model.ApplicationComponent;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.LifecycleTask;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.BuildService;
import io.dpds.spi.adapter.IntegrationService;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.StepResult;
import io.dpds.spi.adapter.TaskExecutor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * Adapters that leave a file per call (step and idempotency key) in a folder, so that calls made by a process that was
 * killed can be counted by another; the step {@code hangAt} never completes.
 */
final class MarkingAdapters implements BuildService, ProvisionService, MetaService, IntegrationService,
    TaskExecutor {

  private final Path marks;
  private final String hangAt;

  MarkingAdapters(Path marks, String hangAt) {
    this.marks = marks;
    this.hangAt = hangAt;
  }

  private synchronized CompletionStage<StepResult> call(AdapterContext context) {
    try {
      Files.createDirectories(marks);
      long n;
      try (Stream<Path> files = Files.list(marks)) {
        n = files.count();
      }
      Files.writeString(marks.resolve(String.format("%03d %s", n, context.stepId().replace(':', '_'))),
          context.idempotencyKey());
      if (context.stepId().equals(hangAt)) {
        Files.writeString(marks.resolve("reached"), "");
        return new CompletableFuture<>();
      }
      return CompletableFuture.completedFuture(StepResult.of(context.stepId() + " done"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The calls recorded, in order: "step key". */
  static List<String> calls(Path marks) throws IOException {
    try (Stream<Path> files = Files.list(marks)) {
      return files.filter(f -> !f.getFileName().toString().equals("reached")).sorted().map(f -> {
        try {
          return f.getFileName().toString().substring(4).replace('_', ':') + " " + Files.readString(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
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
    return context.stage().isEmpty() ? CompletableFuture.completedFuture(StepResult.of("published"))
        : call(context);
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
