package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.PortKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where each port of a resolved descriptor is, by kind and name (the first port of a name wins, as in the diff). */
final class PortIndex {

  private PortIndex() {}

  /** The pointer of every named port in {@code tree}, in document order. */
  static Map<PortId, String> pointers(JsonNode tree) {
    Map<PortId, String> pointers = new LinkedHashMap<>();
    JsonNode interfaces = tree.path("interfaceComponents");
    for (PortKind kind : PortKind.values()) {
      JsonNode ports = interfaces.path(kind.field());
      for (int i = 0; ports.isArray() && i < ports.size(); i++) {
        JsonNode name = ports.get(i).path("name");
        if (name.isTextual()) {
          pointers.putIfAbsent(new PortId(kind, name.textValue()),
              "/interfaceComponents/" + kind.field() + "/" + i);
        }
      }
    }
    return pointers;
  }

  /**
   * The pointer of a field of the port at {@code port}, given by its 1.0.0 path ({@code /obligations/sla}): in a
   * DRAFT-shaped port, {@code obligations} is written {@code contracts}.
   */
  static String field(JsonNode tree, String port, String path) {
    if (path.startsWith("/obligations")) {
      JsonNode node = tree.at(port);
      if (!node.has("obligations") && node.has("contracts")) {
        return port + "/contracts" + path.substring("/obligations".length());
      }
    }
    return port + path;
  }
}
