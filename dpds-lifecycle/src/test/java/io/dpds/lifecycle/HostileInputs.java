package io.dpds.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.compat.payload.AvroPayloadEngine;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.lifecycle.store.FileStore;
import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.policy.PolicyEngine;
import io.dpds.report.SourceLocation;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Run in a child JVM with a small heap by {@link HostileInputsInSmallHeapTest}: each attack of issue 16 that once
 * exhausted memory or time, one after the other, writing its files in the directory given as the only argument (which
 * the caller deletes); prints {@code ok NAME MILLIS MB} per attack (the heap used after it) and exits 0, or exits 1 on
 * the first that fails.
 */
public final class HostileInputs {

  private HostileInputs() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    attack("self-contained copy of a schema used 3 times a level, 30 levels", () -> {
      Files.writeString(dir.resolve("bomb.json"), Descriptors.reusingSchema(30));
      Files.writeString(dir.resolve("api.yaml"), "asyncapi: 2.6.0\ninfo: {title: s, version: 1.0.0}\nchannels:\n"
          + "  s:\n    subscribe:\n      message:\n        schemaFormat: application/schema+json;version=draft-07\n"
          + "        payload: {$ref: bomb.json}\n");
      Path root = Files.writeString(dir.resolve("descriptor.yaml"), Descriptors.trips("1.0.0")
          .replaceAll("(?s)definition:\n\\s+asyncapi: 2.6.0.*?payload: [^\n]*", "definition: {\\$ref: api.yaml}"));
      return RegistryService.builder().store(new InMemoryStore()).build().publish(root, true).outcome()
          == PublishReport.Outcome.REFUSED;
    });
    attack("Avro named types reused 40 levels deep", () -> {
      JsonNode a = avro(nested(0, 40, "string"));
      JsonNode b = avro(nested(0, 40, "int"));
      boolean[] unprovable = new boolean[1];
      new AvroPayloadEngine().compare(schema(a), schema(b), (rule, r, w, message, pa, pb) ->
          unprovable[0] |= rule.id().equals("compat.avro.unprovable"));
      return unprovable[0];
    });
    attack("a 15 MB YAML scalar on one line", () -> {
      Path yaml = Files.writeString(dir.resolve("long.yaml"), "dataProductDescriptor: 1.0.0\ninfo:\n  description: "
          + "x".repeat(15_000_000) + "\n");
      LoadResult r = DescriptorLoader.defaults().load(yaml);
      return r.diagnostics().stream().anyMatch(d -> d.ruleId().equals("load.limit"));
    });
    attack("a 3 GB file in the store", () -> {
      LifecycleStore store = FileStore.open(dir.resolve("store"), FileStore.Durability.PROCESS);
      store.create("versions", "1.0.0", new byte[] {1});
      try (var files = Files.walk(dir.resolve("store"))) {
        Path record = files.filter(f -> f.toString().endsWith(".rec")).findFirst().orElseThrow();
        try (RandomAccessFile sparse = new RandomAccessFile(record.toFile(), "rw")) {
          sparse.setLength(3L << 30);
        }
      }
      try {
        store.get("versions", "1.0.0");
        return false;
      } catch (StoreException e) {
        return e.getMessage().contains("3221225472 bytes");
      }
    });
    attack("a configuration value of 100,000 '{' under the secrets policy", () -> {
      Path root = Files.writeString(dir.resolve("secrets.yaml"), Descriptors.trips("1.0.0")
          + "x-config: '" + "{".repeat(100_000) + "'\n");
      var resolved = DescriptorLoader.defaults().load(root).resolved().orElseThrow();
      return PolicyEngine.builder().builtin().build().check(PolicyInput.of(PolicyEvent.VERSION_PUBLICATION,
          resolved)).results().size() > 0;
    });
    System.exit(0);
  }

  private static void attack(String name, Callable<Boolean> attack) throws Exception {
    System.gc();
    long start = System.nanoTime();
    boolean ok = attack.call();
    long millis = (System.nanoTime() - start) / 1_000_000;
    Runtime runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    System.out.println((ok ? "ok " : "FAILED ") + name + " | " + millis + " ms | " + usedMb + " MB used after");
    if (!ok) {
      System.exit(1);
    }
  }

  private static JsonNode avro(String text) throws Exception {
    return new ObjectMapper().readTree(text.replace('\'', '"'));
  }

  private static String nested(int level, int depth, String leaf) {
    if (level == depth) {
      return "{'type':'record','name':'L" + level + "','fields':[{'name':'v','type':'" + leaf + "'}]}";
    }
    return "{'type':'record','name':'L" + level + "','fields':[{'name':'a','type':" + nested(level + 1, depth, leaf)
        + "},{'name':'b','type':'L" + (level + 1) + "'}]}";
  }

  private static PayloadSchema schema(JsonNode node) {
    return new PayloadSchema() {
      @Override
      public JsonNode node() {
        return node;
      }

      @Override
      public String format() {
        return "avro";
      }

      @Override
      public PayloadSchema child(String path) {
        return schema(node.at(path));
      }

      @Override
      public Optional<PayloadSchema> resolve(String ref) {
        return Optional.empty();
      }

      @Override
      public Optional<SourceLocation> locate(String path) {
        return Optional.empty();
      }
    };
  }
}
