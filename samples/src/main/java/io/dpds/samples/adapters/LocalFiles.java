package io.dpds.samples.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/** File operations the sample adapters share: atomic writes, tree deletion, and work run as a completed stage. */
final class LocalFiles {

  private LocalFiles() {}

  /** Writes {@code text} to {@code file} whole (temporary file, then an atomic move). */
  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), ".write-", ".tmp");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes {@code root} and everything under it; nothing there is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** A file or folder name for {@code text} (letters, digits, dot, dash, underscore). */
  static String safeName(String text) {
    return text.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Runs {@code work} now and returns its outcome as a completed stage (failures as exceptional completion). */
  static <T> CompletionStage<T> now(IoWork<T> work) {
    try {
      return CompletableFuture.completedFuture(work.run());
    } catch (IOException e) {
      return CompletableFuture.failedFuture(new UncheckedIOException(e));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Work on files. */
  @FunctionalInterface
  interface IoWork<T> {
    T run() throws IOException;
  }

}
