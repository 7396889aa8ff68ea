package io.dpds.compat;

import static io.dpds.load.Pointers.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.PortKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The typed changelog between two versions of a descriptor, made from their resolved trees. Ports are matched by kind
 * and name, application and infrastructural components by name, lifecycle tasks by stage and name, never by FQN or id
 * (a major bump changes them all); an element without a name is matched by its place among the unnamed ones. Other
 * objects are compared field by field and other arrays item by item, so every difference is one change at the deepest
 * node where the versions part: a renamed port is a removal and an addition. A port's promises, expectations or
 * obligations appearing or disappearing whole are judged field by field, and DRAFT's {@code contracts} is compared as
 * {@code obligations}, a DRAFT Standard Definition's {@code version} as {@code specificationVersion} (paths say the
 * 1.0.0 name, pointers name each document's own field).
 *
 * <p>Stateless and thread-safe.
 */
public final class DescriptorDiff {

  private static final Pattern PORTS = Pattern.compile("/interfaceComponents/(\\w+Ports)");
  private static final JsonNode EMPTY = JsonNodeFactory.instance.arrayNode();
  private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();
  /** Port fields whose appearance or disappearance is judged field by field. */
  private static final Set<String> CONTAINERS = Set.of("promises", "expectations", "obligations");
  private static final Pattern NAMED = Pattern.compile(
      "/internalComponents/(applicationComponents|infrastructuralComponents|lifecycleInfo/[^/]+)");

  private DescriptorDiff() {}

  /**
   * {@return every change from {@code old} to {@code now}, in the order of the old document, additions after their
   * peers}
   *
   * @param old the old version
   * @param now the new version
   */
  public static List<Change> between(ResolvedDescriptor old, ResolvedDescriptor now) {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(now, "now");
    Walk walk = new Walk(old, now);
    walk.node(old.tree(), now.tree(), "", "", null, "");
    return List.copyOf(walk.changes);
  }

  /** One comparison: both trees and the changes found so far. */
  private static final class Walk {
    private final ResolvedDescriptor old;
    private final ResolvedDescriptor now;
    private final List<Change> changes = new ArrayList<>();

    Walk(ResolvedDescriptor old, ResolvedDescriptor now) {
      this.old = old;
      this.now = now;
    }

    void node(JsonNode a, JsonNode b, String pa, String pb, PortId port, String path) {
      if (a.equals(b)) {
        return;
      }
      if (a.isObject() && b.isObject()) {
        object(a, b, pa, pb, port, path);
      } else if (a.isArray() && b.isArray()) {
        array(a, b, pa, pb, port, path);
      } else {
        changes.add(new Change(Change.Type.CHANGED, oldSide(pa, a), newSide(pb, b), port, path));
      }
    }

    private void object(JsonNode a, JsonNode b, String pa, String pb, PortId port, String path) {
      boolean portRoot = port != null && path.isEmpty();
      Spelling spelling = portRoot ? Spelling.PORT : port != null && DEFINITIONS.contains(path) ? Spelling.DEFINITION
          : Spelling.AS_WRITTEN;
      for (var it = a.fields(); it.hasNext(); ) {
        var field = it.next();
        String key = field.getKey();
        String name = spelling.canonical(key, a);
        String otherKey = spelling.partner(name, b);
        String at = path + "/" + escape(name);
        String ta = pa + "/" + escape(key);
        String tb = pb + "/" + escape(otherKey == null ? key : otherKey);
        JsonNode other = otherKey == null ? null : b.get(otherKey);
        if (other == null && keyed(ta, port, field.getValue())) {
          array(field.getValue(), EMPTY, ta, tb, port, at);
        } else if (other == null && portRoot && CONTAINERS.contains(name) && field.getValue().isObject()) {
          object(field.getValue(), EMPTY_OBJECT, ta, tb, port, at);
        } else if (other == null) {
          removed(field.getValue(), ta, port, at);
        } else {
          node(field.getValue(), other, ta, tb, port, at);
        }
      }
      for (var it = b.fields(); it.hasNext(); ) {
        var field = it.next();
        String key = field.getKey();
        String name = spelling.canonical(key, b);
        if (spelling.partner(name, a) != null) {
          continue; // compared above
        }
        String at = path + "/" + escape(name);
        String ta = pa + "/" + escape(key);
        String tb = pb + "/" + escape(key);
        if (keyed(tb, port, field.getValue())) {
          array(EMPTY, field.getValue(), ta, tb, port, at);
        } else if (portRoot && CONTAINERS.contains(name) && field.getValue().isObject()) {
          object(EMPTY_OBJECT, field.getValue(), ta, tb, port, at);
        } else {
          added(field.getValue(), tb, port, at);
        }
      }
    }

    /** Whether a list appearing or disappearing whole is judged element by element: ports and named components. */
    private boolean keyed(String pointer, PortId port, JsonNode value) {
      if (port != null || !value.isArray()) {
        return false;
      }
      var ports = PORTS.matcher(pointer);
      return ports.matches() && isPortKind(ports.group(1)) || NAMED.matcher(pointer).matches();
    }

    private void array(JsonNode a, JsonNode b, String pa, String pb, PortId port, String path) {
      var ports = port == null ? PORTS.matcher(pa) : null;
      if (ports != null && ports.matches() && isPortKind(ports.group(1))) {
        byName(a, b, pa, pb, path, PortKind.fromField(ports.group(1)));
      } else if (port == null && NAMED.matcher(pa).matches()) {
        byName(a, b, pa, pb, path, null);
      } else {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
          node(a.get(i), b.get(i), pa + "/" + i, pb + "/" + i, port, path + "/" + i);
        }
        for (int i = common; i < a.size(); i++) {
          removed(a.get(i), pa + "/" + i, port, path + "/" + i);
        }
        for (int i = common; i < b.size(); i++) {
          added(b.get(i), pb + "/" + i, port, path + "/" + i);
        }
      }
    }

    /**
     * Elements matched by name, the rest by place. With {@code kind} they are ports: each becomes its changes' port,
     * paths start afresh inside it; otherwise an element's path is its container's path and its name.
     */
    private void byName(JsonNode a, JsonNode b, String pa, String pb, String path, PortKind kind) {
      int[] partner = partners(a, b);
      boolean[] matched = new boolean[b.size()];
      for (int i = 0; i < a.size(); i++) {
        JsonNode element = a.get(i);
        PortId port = kind == null ? null : new PortId(kind, key(element, i));
        String at = kind == null ? path + "/" + escape(key(element, i)) : "";
        int j = partner[i];
        if (j < 0) {
          removed(element, pa + "/" + i, port, at);
        } else {
          matched[j] = true;
          node(element, b.get(j), pa + "/" + i, pb + "/" + j, port, at);
        }
      }
      for (int j = 0; j < b.size(); j++) {
        if (!matched[j]) {
          JsonNode element = b.get(j);
          PortId port = kind == null ? null : new PortId(kind, key(element, j));
          added(element, pb + "/" + j, port, kind == null ? path + "/" + escape(key(element, j)) : "");
        }
      }
    }

    private void removed(JsonNode value, String pointer, PortId port, String path) {
      changes.add(new Change(Change.Type.REMOVED, oldSide(pointer, value), null, port, path));
    }

    private void added(JsonNode value, String pointer, PortId port, String path) {
      changes.add(new Change(Change.Type.ADDED, null, newSide(pointer, value), port, path));
    }

    private Change.Side oldSide(String pointer, JsonNode value) {
      return new Change.Side(pointer, value, old.locate(pointer).orElse(null));
    }

    private Change.Side newSide(String pointer, JsonNode value) {
      return new Change.Side(pointer, value, now.locate(pointer).orElse(null));
    }
  }

  /**
   * For each element of {@code a}, the index of its partner in {@code b} or -1: first by equal name, then elements
   * without a usable name (absent, or repeated) pair up in order.
   */
  private static int[] partners(JsonNode a, JsonNode b) {
    Map<String, Integer> named = new HashMap<>();
    List<Integer> unnamed = new ArrayList<>();
    for (int j = 0; j < b.size(); j++) {
      String name = name(b.get(j));
      if (name == null || named.putIfAbsent(name, j) != null) {
        unnamed.add(j);
      }
    }
    int[] partner = new int[a.size()];
    int nextUnnamed = 0;
    Map<String, Boolean> seen = new HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      String name = name(a.get(i));
      boolean usable = name != null && seen.putIfAbsent(name, true) == null;
      if (usable) {
        partner[i] = named.getOrDefault(name, -1);
      } else {
        partner[i] = nextUnnamed < unnamed.size() ? unnamed.get(nextUnnamed++) : -1;
      }
    }
    return partner;
  }

  private static String name(JsonNode element) {
    JsonNode name = element.get("name");
    return name != null && name.isTextual() ? name.textValue() : null;
  }

  /** The name of an element, or {@code #index} when it has none. */
  private static String key(JsonNode element, int index) {
    String name = name(element);
    return name != null ? name : "#" + index;
  }

  /** The Standard Definitions of a port, by path, whose DRAFT shape names a field otherwise. */
  private static final Set<String> DEFINITIONS = Set.of("/promises/api", "/promises/slo",
      "/promises/deprecationPolicy", "/expectations/audience", "/expectations/usage", "/obligations/sla",
      "/obligations/termsAndConditions", "/obligations/billingPolicy");

  /**
   * How the fields of an object are named in 1.0.0, so that a DRAFT-shaped version is compared with a 1.0.0 one
   * field for field (spec notes, section 10): a port's {@code contracts} is its {@code obligations}, and the
   * {@code version} of a Standard Definition without {@code name} or {@code specificationVersion} is the version of
   * the specification it follows, which 1.0.0 calls {@code specificationVersion}.
   */
  private enum Spelling {
    AS_WRITTEN(null, null),
    PORT("obligations", "contracts"),
    DEFINITION("specificationVersion", "version");

    private final String name; // the 1.0.0 name of the field spelt otherwise in DRAFT
    private final String draft; // its DRAFT spelling

    Spelling(String name, String draft) {
      this.name = name;
      this.draft = draft;
    }

    /** {@return the 1.0.0 name of field {@code key} of {@code object}} */
    String canonical(String key, JsonNode object) {
      return key.equals(draft) && isDraft(object) ? name : key;
    }

    /** {@return the field of {@code object} whose 1.0.0 name is {@code canonical}, or null when it has none} */
    String partner(String canonical, JsonNode object) {
      if (object.has(canonical) && canonical(canonical, object).equals(canonical)) {
        return canonical;
      }
      return canonical.equals(name) && object.has(draft) && isDraft(object) ? draft : null;
    }

    private boolean isDraft(JsonNode object) {
      return this == PORT ? !object.has(name)
          : this == DEFINITION && !object.has("name") && !object.has(name);
    }
  }

  private static boolean isPortKind(String field) {
    for (PortKind kind : PortKind.values()) {
      if (kind.field().equals(field)) {
        return true;
      }
    }
    return false;
  }
}
