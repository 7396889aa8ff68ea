package io.dpds.test;

import io.dpds.model.InfrastructuralComponent;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A provisioner that makes a folder per component: what the kit's own tests check, honest and broken variants. */
class FolderProvisioner implements ProvisionService {

  final Path root;
  final boolean idempotent;

  FolderProvisioner(Path root, boolean idempotent) {
    this.root = root;
    this.idempotent = idempotent;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO, Capability.CANCEL);
  }

  @Override
  public CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure) {
    try {
      Path folder = root.resolve(infrastructure.name().orElseThrow());
      Files.createDirectories(folder);
      String marker = idempotent ? context.idempotencyKey() : context.idempotencyKey() + "-" + context.attempt();
      Files.writeString(folder.resolve(marker.replaceAll("[^A-Za-z0-9-]", "_")), "created");
      return CompletableFuture.completedFuture(new StepResult(Map.of("folder", folder.toString()), "created"));
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    try (var files = Files.walk(Path.of(done.outputs().get("folder")))) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
      return CompletableFuture.completedFuture(null);
    } catch (java.nio.file.NoSuchFileException e) {
      return CompletableFuture.completedFuture(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
