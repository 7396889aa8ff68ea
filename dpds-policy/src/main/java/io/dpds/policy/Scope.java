package io.dpds.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.api.Api;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A node an assertion looks at: its value, its pointer in the resolved descriptor, and, when it is (or is inside) a
 * port, the port's API: the virtual members {@code $api} (the definition) and {@code $payloads} (its payload schemas,
 * each {@code {format, schema, owner}}).
 *
 * @param location where the node was written when it is not at {@code pointer} of the descriptor (virtual nodes),
 *     found on first use
 * @param items for the virtual {@code $payloads} array, the place of each item; otherwise null
 */
record Scope(JsonNode node, String pointer, Supplier<SourceLocation> location, Evaluation evaluation,
    List<Scope> items) {

  /** Where this node was written. */
  SourceLocation where() {
    return location != null ? location.get() : evaluation.descriptor().locate(pointer).orElse(null);
  }

  /** A node below this one, at a pointer relative to it; virtual nodes keep this one's place. */
  Scope child(JsonNode value, String relative) {
    if (items != null && relative.length() > 1) {
      int end = relative.indexOf('/', 1);
      int index = index(end < 0 ? relative.substring(1) : relative.substring(1, end));
      if (index >= 0 && index < items.size()) {
        return items.get(index).child(value, "");
      }
    }
    return location != null ? new Scope(value, pointer, location, evaluation, null)
        : new Scope(value, pointer + relative, null, evaluation, null);
  }

  /** The array index a pointer token stands for, or -1. */
  private static int index(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  /** The virtual member {@code name} ({@code $api} or {@code $payloads}) of the port this node is in, if any. */
  Optional<Scope> virtual(String name) {
    String port = location == null ? port(pointer) : null;
    if (port == null) {
      return Optional.empty();
    }
    return evaluation.virtual(port, name, api -> name.equals("$api")
        ? new Scope(api.definition().node(), api.pointer(), () -> api.location().orElse(null), evaluation, null)
        : payloads(api));
  }

  /** The pointer of the port ({@code /interfaceComponents/<kind>Ports/<n>}) {@code pointer} is in, or null. */
  static String port(String pointer) {
    String components = "/interfaceComponents/";
    int kind = pointer.indexOf('/', components.length());
    if (!pointer.startsWith(components) || kind < 0 || !pointer.startsWith("Ports", kind - 5)
        || kind - 5 <= components.length()) {
      return null;
    }
    int end = pointer.indexOf('/', kind + 1);
    return index(end < 0 ? pointer.substring(kind + 1) : pointer.substring(kind + 1, end)) < 0 ? null
        : end < 0 ? pointer : pointer.substring(0, end);
  }

  private Scope payloads(Api api) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    List<Scope> places = new ArrayList<>();
    Supplier<SourceLocation> definition = () -> api.location().orElseGet(this::where);
    addPayloads(array, places, api.payloads(), true, definition);
    addPayloads(array, places, api.unreadablePayloads(), false, definition);
    return new Scope(array, api.pointer(), definition, evaluation, List.copyOf(places));
  }

  /** Adds each payload as {@code {format, schema, owner}}; one whose schema cannot be read has no {@code schema}. */
  private void addPayloads(ArrayNode array, List<Scope> places, List<Api.Payload> payloads, boolean read,
      Supplier<SourceLocation> definition) {
    for (Api.Payload p : payloads) {
      ObjectNode item = array.addObject();
      item.put("format", p.format());
      if (read) {
        item.set("schema", p.schema().node());
      }
      item.put("owner", p.owner());
      places.add(new Scope(item, p.pointer(), () -> p.location().orElseGet(definition), evaluation, null));
    }
  }

  /**
   * One evaluation of policies over one descriptor, on one thread: the APIs read so far, by port, and the selections
   * made so far.
   */
  static final class Evaluation {
    private final ResolvedDescriptor descriptor;
    private final Map<String, Optional<Api>> apis = new HashMap<>();
    private final Map<String, List<Scope>> selections = new HashMap<>();
    private final Map<String, Optional<Scope>> apiScopes = new HashMap<>();
    private final Map<String, Optional<Scope>> payloadScopes = new HashMap<>();

    Evaluation(ResolvedDescriptor descriptor) {
      this.descriptor = descriptor;
    }

    ResolvedDescriptor descriptor() {
      return descriptor;
    }

    /** The virtual member {@code name} of the port at {@code port}, made once per evaluation. */
    Optional<Scope> virtual(String port, String name, Function<Api, Scope> make) {
      return (name.equals("$api") ? apiScopes : payloadScopes).computeIfAbsent(port,
          p -> apis.computeIfAbsent(p, q -> Api.of(descriptor, q)).map(make));
    }

    /** The nodes {@code select} finds from the root, computed once per evaluation (policies share selections). */
    List<Scope> select(PathSpec select) {
      return selections.computeIfAbsent(select.key(), k -> select.select(root()));
    }

    Scope root() {
      return new Scope(descriptor.tree(), "", null, this, null);
    }
  }
}
