package io.dpds.samples.adapters;

import io.dpds.model.ApplicationComponent;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.IntegrationService;
import io.dpds.spi.adapter.StepResult;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Deploys a packaged application into a local folder, {@code <root>/<stage>/<app>/}: the archive the build made is
 * unpacked there (replacing what was there). {@code undo} removes the deployment.
 */
public final class LocalDeployer implements IntegrationService {

  private final Path root;

  /** Deploys under {@code root}. */
  public LocalDeployer(Path root) {
    this.root = root;
  }

  @Override
  public String name() {
    return "local-deployer";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public CompletionStage<StepResult> deploy(AdapterContext context, ApplicationComponent application,
      StepResult build) {
    return LocalFiles.now(() -> {
      String artifact = build.outputs().get("artifact");
      if (artifact == null || !Files.isRegularFile(Path.of(artifact))) {
        throw new IllegalArgumentException("the build of " + application.name().orElse("?") + " left no artifact");
      }
      Path target = target(context, application);
      LocalFiles.deleteTree(target);
      Files.createDirectories(target);
      int files = 0;
      try (InputStream in = Files.newInputStream(Path.of(artifact)); ZipInputStream zip = new ZipInputStream(in)) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          Path file = target.resolve(entry.getName()).normalize();
          if (!file.startsWith(target)) {
            throw new IllegalArgumentException("the archive entry " + entry.getName() + " points outside " + target);
          }
          Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
          files++;
        }
      }
      return new StepResult(Map.of("deployment", target.toString()), "deployed " + files + " file(s) to " + target);
    });
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return LocalFiles.now(() -> {
      String deployment = done.outputs().get("deployment");
      if (deployment != null) {
        LocalFiles.deleteTree(Path.of(deployment));
      }
      return null;
    });
  }

  private Path target(AdapterContext context, ApplicationComponent application) {
    return root.resolve(LocalFiles.safeName(context.stage().orElse("none")))
        .resolve(LocalFiles.safeName(application.name().orElseThrow()));
  }
}
