package io.dpds.samples.adapters;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.StepResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Provisions an infrastructural component on the local file system, as Terraform would on Confluent Cloud: each topic
 * of its {@code x-topics} list becomes a folder {@code <root>/<stage>/topics/<topic>/} with a {@code topic.json}
 * (partitions, cleanup policy, who created it). Idempotent: a topic created under the same idempotency key is left as
 * it is. {@code undo} deletes the topics this call created, and only those.
 */
public final class LocalTopicProvisioner implements ProvisionService {

  private final Path root;

  /** Provisions under {@code root}. */
  public LocalTopicProvisioner(Path root) {
    this.root = root;
  }

  @Override
  public String name() {
    return "local-topics";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.UNDO);
  }

  @Override
  public CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure) {
    return LocalFiles.now(() -> {
      JsonNode topics = infrastructure.extensions().get("x-topics");
      if (topics == null || !topics.isArray() || topics.isEmpty()) {
        throw new IllegalArgumentException(infrastructure.name().orElse("?") + " lists no x-topics to create");
      }
      List<String> created = new ArrayList<>();
      for (JsonNode topic : topics) {
        String name = topic.path("name").asText();
        Path folder = stageFolder(context).resolve("topics").resolve(LocalFiles.safeName(name));
        Path spec = folder.resolve("topic.json");
        if (Files.exists(spec) && !Files.readString(spec).contains("\"createdBy\": \"" + context.idempotencyKey())) {
          continue; // there before this call: not ours to create, nor to undo
        }
        LocalFiles.write(spec, "{\n  \"topic\": \"" + name + "\",\n  \"partitions\": " + topic.path("partitions")
            .asInt(1) + ",\n  \"cleanupPolicy\": \"" + topic.path("cleanupPolicy").asText("delete")
            + "\",\n  \"createdBy\": \"" + context.idempotencyKey() + "\"\n}\n");
        created.add(name);
      }
      return new StepResult(Map.of("topics", String.join(",", created)), created.size() + " topic(s) ready in "
          + stageFolder(context).resolve("topics") + (created.isEmpty() ? "" : ": " + String.join(", ", created)));
    });
  }

  @Override
  public CompletionStage<Void> undo(AdapterContext context, StepResult done) {
    return LocalFiles.now(() -> {
      for (String name : done.outputs().getOrDefault("topics", "").split(",")) {
        if (!name.isEmpty()) {
          LocalFiles.deleteTree(stageFolder(context).resolve("topics").resolve(LocalFiles.safeName(name)));
        }
      }
      return null;
    });
  }

  private Path stageFolder(AdapterContext context) {
    return root.resolve(LocalFiles.safeName(context.stage().orElse("registry")));
  }
}
