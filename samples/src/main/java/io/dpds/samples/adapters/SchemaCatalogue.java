package io.dpds.samples.adapters;

import io.dpds.api.Api;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;

/**
 * Records a product version's metadata as a schema registry does: every Avro payload of its ports' AsyncAPI channels is
 * registered under the subject {@code <channel>-value}, as {@code <root>/<subject>/v<n>.avsc}. A new schema must be
 * BACKWARD compatible with the subject's latest one (consumers on the new schema read data written with the old), as
 * Confluent Schema Registry checks by default; an incompatible one fails the call and registers nothing. The same
 * schema again is not a new version. {@code undo} removes the versions the call registered.
 */
public final class SchemaCatalogue implements MetaService {

  private final Path root;

  /** Keeps the catalogue under {@code root}. */
  public SchemaCatalogue(Path root) {
    this.root = root;
  }

  @Override
  public String name() {
    return "schema-catalogue";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public CompletionStage<StepResult> register(AdapterContext context) {
    return LocalFiles.now(() -> {
      Map<String, Schema> payloads = payloads(context.descriptor());
      List<String> problems = new ArrayList<>();
      for (Map.Entry<String, Schema> payload : payloads.entrySet()) {
        latest(payload.getKey()).ifPresent(latest -> {
          var result = SchemaCompatibility.checkReaderWriterCompatibility(payload.getValue(), latest)
              .getResult();
          if (result.getCompatibility() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            problems.add(payload.getKey() + ": " + result.getIncompatibilities().stream()
                .map(i -> i.getMessage() + " at " + i.getLocation()).reduce((a, b) -> a + "; " + b).orElse(""));
          }
        });
      }
      if (!problems.isEmpty()) {
        throw new IllegalStateException("schemas not BACKWARD compatible with the registered ones: "
            + String.join(" | ", problems));
      }
      List<String> registered = new ArrayList<>();
      for (Map.Entry<String, Schema> payload : payloads.entrySet()) {
        String subject = payload.getKey();
        if (latest(subject).filter(payload.getValue()::equals).isPresent()) {
          continue; // registered already: the same schema is not a new version
        }
        Path file = folder(subject).resolve("v" + (versions(subject).size() + 1) + ".avsc");
        LocalFiles.write(file, payload.getValue().toString(true));
        LocalFiles.write(Path.of(file + ".by"), context.idempotencyKey());
        registered.add(root.relativize(file).toString());
      }
      return new StepResult(Map.of("registered", String.join(",", registered)), payloads.size() + " subject(s), "
          + registered.size() + " new schema version(s)" + (registered.isEmpty() ? "" : ": "
          + String.join(", ", registered)));
    });
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return LocalFiles.now(() -> {
      for (String file : done.outputs().getOrDefault("registered", "").split(",")) {
        Path version = root.resolve(file);
        if (!file.isEmpty() && Files.exists(Path.of(version + ".by"))
            && Files.readString(Path.of(version + ".by")).equals(context.idempotencyKey())) {
          Files.deleteIfExists(version);
          Files.deleteIfExists(Path.of(version + ".by"));
        }
      }
      return null;
    });
  }

  /** The registered versions of {@code subject}, oldest first. */
  public List<Path> versions(String subject) throws IOException {
    Path folder = folder(subject);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().matches("v\\d+\\.avsc"))
          .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString()
              .replaceAll("\\D", "")))).toList();
    }
  }

  private Optional<Schema> latest(String subject) {
    try {
      List<Path> versions = versions(subject);
      return versions.isEmpty() ? Optional.empty()
          : Optional.of(new Schema.Parser().parse(versions.get(versions.size() - 1).toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path folder(String subject) {
    return root.resolve(LocalFiles.safeName(subject));
  }

  /** The Avro payloads of the descriptor's ports by subject ({@code <channel>-value}). */
  private static Map<String, Schema> payloads(ResolvedDescriptor descriptor) {
    Map<String, Schema> out = new TreeMap<>();
    for (var kind : List.of("inputPorts", "outputPorts")) {
      int count = descriptor.tree().path("interfaceComponents").path(kind).size();
      for (int i = 0; i < count; i++) {
        Api.of(descriptor, "/interfaceComponents/" + kind + "/" + i)
            .ifPresent(api -> api.payloads().stream().filter(p -> p.format().toLowerCase().contains("avro"))
                .forEach(p -> out.put(channel(p.pointer()) + "-value", new Schema.Parser().parse(p.schema()
                    .node().toString()))));
      }
    }
    return out;
  }

  /** The channel a payload's pointer runs through ({@code .../channels/<name>/...}). */
  private static String channel(String pointer) {
    List<String> tokens = Pointers.tokens(pointer);
    int channels = tokens.indexOf("channels");
    return channels >= 0 && channels + 1 < tokens.size() ? tokens.get(channels + 1) : "payload";
  }
}
