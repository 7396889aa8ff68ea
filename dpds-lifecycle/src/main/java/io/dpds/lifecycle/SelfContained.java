package io.dpds.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceException;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A resolved descriptor made self-contained for the registry: the documents its API definitions refer to by their own
 * {@code $ref}s (an AsyncAPI payload in an Avro {@code .avsc} file, an OpenAPI schema in another file) are copied in
 * place of the references, so that a stored version can be compared and deployed without the files it was published
 * from. References inside a definition to the definition itself ({@code #/components/...}) stay; references inside a
 * copied document are copied too. A reference that cannot be read, or that loops, stays as it is. Documents are read
 * through {@link ResolvedDescriptor#read}, so those the judges read already are not read again.
 */
final class SelfContained {

  private static final List<String> PORTS = List.of("inputPorts", "outputPorts", "discoveryPorts",
      "observabilityPorts", "controlPorts");
  private static final int DEEPEST = 64;

  private SelfContained() {}

  static JsonNode tree(ResolvedDescriptor descriptor) {
    ObjectNode copy = descriptor.tree().deepCopy();
    for (String kind : PORTS) {
      JsonNode ports = copy.path("interfaceComponents").path(kind);
      for (int i = 0; i < ports.size(); i++) {
        String pointer = "/interfaceComponents/" + kind + "/" + i + "/promises/api";
        JsonNode api = copy.at(pointer);
        JsonNode definition = api.path("definition");
        if (api.isObject() && definition.isContainerNode()) {
          URI base = descriptor.locate(pointer + "/definition").map(SourceLocation::uri).orElse(descriptor.uri());
          ((ObjectNode) api).set("definition", expand(definition, base, null, descriptor, new HashSet<>(), 0));
        }
      }
    }
    return copy;
  }

  /**
   * {@code node} with its references replaced by what they name; {@code document} is the root of the document the
   * node is in, or null inside the definition itself (whose {@code #} references stay).
   */
  private static JsonNode expand(JsonNode node, URI base, JsonNode document, ResolvedDescriptor reader,
      Set<String> visiting, int depth) {
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(expand(item, base, document, reader, visiting, depth)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual() && (document != null || !ref.textValue().startsWith("#"))) {
      JsonNode target = follow(ref.textValue(), base, document, reader, visiting, depth);
      if (target != null) {
        return target;
      }
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      out.set(field.getKey(), expand(field.getValue(), base, document, reader, visiting, depth));
    }
    return out;
  }

  /** What {@code ref} names, expanded; null when it cannot be read or loops. */
  private static JsonNode follow(String ref, URI base, JsonNode document, ResolvedDescriptor reader,
      Set<String> visiting, int depth) {
    int hash = ref.indexOf('#');
    String fragment = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"),
        StandardCharsets.UTF_8);
    try {
      URI uri = hash == 0 ? base : base.resolve(new URI(hash < 0 ? ref : ref.substring(0, hash)));
      String key = uri + "#" + fragment;
      if (depth >= DEEPEST || !visiting.add(key)) {
        return null;
      }
      try {
        JsonNode root = hash == 0 ? document : reader.read(uri).tree().orElse(null);
        JsonNode target = root == null ? null : root.at(fragment);
        return target == null || target.isMissingNode() ? null
            : expand(target, uri, root, reader, visiting, depth + 1);
      } finally {
        visiting.remove(key);
      }
    } catch (URISyntaxException | IllegalArgumentException | ResourceException e) {
      return null;
    }
  }
}
