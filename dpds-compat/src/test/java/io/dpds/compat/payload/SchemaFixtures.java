package io.dpds.compat.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dpds.compat.spi.PayloadChanges;
import io.dpds.compat.spi.PayloadEngine;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.report.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payload schemas written in tests, and what an engine reports about two of them. */
final class SchemaFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A change as reported: rule, severity for old readers (OUT) and for old writers (IN), message, paths. */
  record Found(String rule, Severity oldReaders, Severity oldWriters, String message, String oldPath,
      String newPath) {
    @Override
    public String toString() {
      return rule + " " + oldReaders + "/" + oldWriters + " " + message + " (" + oldPath + ", " + newPath + ")";
    }
  }

  /** A schema in a document ({@code root}); other documents, by name, are what external {@code $ref}s may name. */
  record Schema(JsonNode root, JsonNode node, String format, Map<String, JsonNode> documents)
      implements PayloadSchema {
    @Override
    public PayloadSchema child(String path) {
      return new Schema(root, node.at(path), format, documents);
    }

    @Override
    public Optional<PayloadSchema> resolve(String ref) {
      String document = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
      String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
      JsonNode target = document.isEmpty() ? root : documents.getOrDefault(document, JSON.missingNode());
      JsonNode found = target.at(fragment);
      return found.isMissingNode() ? Optional.empty() : Optional.of(new Schema(target, found, format, documents));
    }

    @Override
    public Optional<SourceLocation> locate(String path) {
      return Optional.empty();
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Found> compare(PayloadEngine engine, String old, String now) {
    return compare(engine, old, now, Map.of());
  }

  static List<Found> compare(PayloadEngine engine, String old, String now, Map<String, JsonNode> documents) {
    List<Found> found = new ArrayList<>();
    PayloadChanges sink = (Rule rule, Severity readers, Severity writers, String message, String pa, String pb) ->
        found.add(new Found(rule.id(), readers, writers, message, pa, pb));
    JsonNode a = json(old);
    JsonNode b = json(now);
    engine.compare(new Schema(a, a, "", documents), new Schema(b, b, "", documents), sink);
    return found;
  }

  private SchemaFixtures() {}
}
