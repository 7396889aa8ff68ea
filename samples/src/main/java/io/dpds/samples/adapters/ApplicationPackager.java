package io.dpds.samples.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.ApplicationComponent;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.BuildService;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.StepResult;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds an application component the way a CI job packages one from its repository: the files its {@code x-sources}
 * list (relative to the sources folder) go into {@code <builds>/<app>-<version>.zip}. The archive is the same for the
 * same sources (fixed entry times), so building again has the effect of building once. {@code undo} deletes it.
 */
public final class ApplicationPackager implements BuildService {

  private final Path sourceRoot;
  private final Path root;

  /** Reads sources under {@code sources}; writes archives under {@code builds}. */
  public ApplicationPackager(Path sources, Path builds) {
    this.sourceRoot = sources.toAbsolutePath().normalize();
    this.root = builds;
  }

  @Override
  public String name() {
    return "packager";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public CompletionStage<StepResult> build(AdapterContext context, ApplicationComponent application) {
    return LocalFiles.now(() -> {
      String name = application.name().orElseThrow();
      List<Path> sources = new ArrayList<>();
      JsonNode listed = application.extensions().get("x-sources");
      if (listed != null) {
        for (JsonNode source : listed) {
          Path file = sourceRoot.resolve(source.asText()).normalize();
          if (!file.startsWith(sourceRoot) || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + " lists the source " + source.asText() + ", which is not at "
                + file);
          }
          sources.add(file);
        }
      }
      Path archive = root.resolve(LocalFiles.safeName(name + "-" + application.version().orElse("0") + ".zip"));
      Files.createDirectories(root);
      Path temp = Files.createTempFile(root, ".build-", ".zip");
      try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Path source : sources) {
          ZipEntry entry = new ZipEntry(source.getFileName().toString());
          entry.setTime(0);
          zip.putNextEntry(entry);
          Files.copy(source, zip);
          zip.closeEntry();
        }
      }
      Files.move(temp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new StepResult(Map.of("artifact", archive.toString()), "packaged " + sources.size() + " file(s) into "
          + archive.getFileName());
    });
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return LocalFiles.now(() -> {
      String artifact = done.outputs().get("artifact");
      if (artifact != null) {
        Files.deleteIfExists(Path.of(artifact));
      }
      return null;
    });
  }
}
