package io.dpds.lifecycle;

import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.StepResult;
import io.dpds.test.RecordingAdapters;
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
final class MarkingAdapters extends RecordingAdapters {

  private final Path marks;
  private final String hangAt;

  MarkingAdapters(Path marks, String hangAt) {
    this.marks = marks;
    this.hangAt = hangAt;
  }

  @Override
  protected synchronized CompletionStage<StepResult> call(AdapterContext context) {
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
      return files.filter(f -> f.getFileName().toString().matches("\\d{3} .*")).sorted().map(f -> {
        try {
          return f.getFileName().toString().substring(4).replace('_', ':') + " " + Files.readString(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }
}
