package org.example.host;

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

/** The README's example adapter: provisions an infrastructural component as a folder, and undoes it. */
public final class FolderProvisioner implements ProvisionService {

  private final Path root;

  public FolderProvisioner(Path root) {
    this.root = root;
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure) {
    return CompletableFuture.supplyAsync(() -> {
      Path folder = root.resolve(infrastructure.name().orElse("unnamed"));
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new StepResult(Map.of("folder", folder.toString()), "provisioned " + folder.getFileName());
    });
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return CompletableFuture.runAsync(() -> {
      try {
        Files.deleteIfExists(Path.of(done.outputs().get("folder")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
