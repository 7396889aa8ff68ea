package io.dpds.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.load.LoadRules;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceException;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved descriptor made self-contained, for the registry and for bundles: the documents its API definitions refer to by their own
 * {@code $ref}s (an AsyncAPI payload in an Avro {@code .avsc} file, an OpenAPI schema in another file) are copied in
 * place of the references, so that a stored version can be compared and deployed without the files it was published
 * from. References inside a definition to the definition itself ({@code #/components/...}) stay; references inside a
 * copied document are copied too. A reference that cannot be read, or that loops, stays as it is. Documents are read
 * through {@link ResolvedDescriptor#read}, so those the judges read already are not read again.
 *
 * <p>Each reference is expanded once and its copy shared wherever it is used again, and the copy, counted as the tree
 * it is written out as, may not exceed the load's node limit: a small schema whose definitions each use the next
 * level twice would otherwise grow exponentially.
 */
public final class SelfContained {

  private static final List<String> PORTS = List.of("inputPorts", "outputPorts", "discoveryPorts",
      "observabilityPorts", "controlPorts");
  private static final int DEEPEST = 64;

  /**
   * The self-contained tree, or the finding that it would be larger than the load's limit.
   *
   * @param tree the copy, when it could be made
   * @param problem why it could not
   */
  public record Result(Optional<JsonNode> tree, Optional<Diagnostic> problem) {}

  /** The expansion stopped: the copy would have more nodes than the budget. */
  private static final class OverBudget extends RuntimeException {
    OverBudget() {
      super(null, null, false, false);
    }
  }

  private final ResolvedDescriptor descriptor;
  private final long budget;
  private final Map<String, JsonNode> expanded = new HashMap<>();
  private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
  private final Set<String> visiting = new HashSet<>();

  private SelfContained(ResolvedDescriptor descriptor) {
    this.descriptor = descriptor;
    this.budget = descriptor.limits().maxNodes();
  }

  /**
   * {@return the self-contained copy of {@code descriptor} (also what the registry stores and the Maven plugin
   * bundles)}
   *
   * @param descriptor the resolved descriptor
   */
  public static Result of(ResolvedDescriptor descriptor) {
    SelfContained copier = new SelfContained(descriptor);
    ObjectNode copy = descriptor.tree().deepCopy();
    for (String kind : PORTS) {
      JsonNode ports = copy.path("interfaceComponents").path(kind);
      for (int i = 0; i < ports.size(); i++) {
        String pointer = "/interfaceComponents/" + kind + "/" + i + "/promises/api";
        JsonNode api = copy.at(pointer);
        JsonNode definition = api.path("definition");
        if (api.isObject() && definition.isContainerNode()) {
          URI base = descriptor.locate(pointer + "/definition").map(SourceLocation::uri).orElse(descriptor.uri());
          try {
            ((ObjectNode) api).set("definition", copier.expand(definition, base, null, 0));
          } catch (OverBudget e) {
            return new Result(Optional.empty(), Optional.of(LoadRules.LIMIT.at(pointer + "/definition")
                .message("The API definition of " + kind.replace("Ports", " port ") + ports.get(i).path("name")
                    .asText("#" + i) + ", with the documents its references name copied in for the registry, would"
                    + " have more than " + copier.budget + " nodes (the load's limit): its schemas use each other many"
                    + " times over")
                .location(descriptor.locate(pointer + "/definition").orElse(null)).build()));
          }
        }
      }
    }
    return new Result(Optional.of(copy), Optional.empty());
  }

  /**
   * {@code node} with its references replaced by what they name; {@code document} is the root of the document the
   * node is in, or null inside the definition itself (whose {@code #} references stay).
   */
  private JsonNode expand(JsonNode node, URI base, JsonNode document, int depth) {
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      long size = 1;
      for (JsonNode item : node) {
        JsonNode copy = expand(item, base, document, depth);
        size = count(size, copy);
        out.add(copy);
      }
      return sized(out, size);
    }
    if (!node.isObject()) {
      return node;
    }
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual() && (document != null || !ref.textValue().startsWith("#"))) {
      JsonNode target = follow(ref.textValue(), base, document, depth);
      if (target != null) {
        return target;
      }
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    long size = 1;
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode copy = expand(field.getValue(), base, document, depth);
      size = count(size, copy);
      out.set(field.getKey(), copy);
    }
    return sized(out, size);
  }

  /** What {@code ref} names, expanded once and shared; null when it cannot be read or loops. */
  private JsonNode follow(String ref, URI base, JsonNode document, int depth) {
    int hash = ref.indexOf('#');
    String fragment = hash < 0 ? "" : Pointers.fromFragment(ref.substring(hash + 1));
    try {
      URI uri = hash == 0 ? base : base.resolve(new URI(hash < 0 ? ref : ref.substring(0, hash)));
      String key = uri + "#" + fragment;
      JsonNode known = expanded.get(key);
      if (known != null) {
        return known;
      }
      if (depth >= DEEPEST || !visiting.add(key)) {
        return null;
      }
      try {
        JsonNode root = hash == 0 ? document : descriptor.read(uri).tree().orElse(null);
        JsonNode target = root == null ? null : root.at(fragment);
        if (target == null || target.isMissingNode()) {
          return null;
        }
        JsonNode copy = expand(target, uri, root, depth + 1);
        expanded.put(key, copy);
        return copy;
      } finally {
        visiting.remove(key);
      }
    } catch (URISyntaxException | IllegalArgumentException | ResourceException e) {
      return null;
    }
  }

  /** {@code size} plus the size of {@code child} as written out, within the budget. */
  private long count(long size, JsonNode child) {
    long total = size + sizes.getOrDefault(child, 1L);
    if (total > budget) {
      throw new OverBudget();
    }
    return total;
  }

  private JsonNode sized(JsonNode node, long size) {
    sizes.put(node, size);
    return node;
  }
}
