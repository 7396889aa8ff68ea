package io.dpds.load;

import static io.dpds.load.Pointers.unescape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dpds.internal.LoadedObject;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where every node of one load came from. Each container node (object or array, which the readers always create
 * afresh) knows its document, its own position and the position of each child; a scalar's position is kept by its
 * parent. The containers the readers and the resolver create ({@link #objectNode}, {@link #arrayNode}) carry their
 * origin in a field, so locating costs no hashing; any other container is keyed by identity. A pointer is located by
 * walking the tree it addresses, so a subtree that a reference put somewhere else keeps the positions of its own file.
 *
 * <p>Positions are packed as {@code line << 32 | column}; a key of a JSON document may be kept deferred, as its
 * value's line and byte offset ({@link #deferredKey}), and is read back by that document's {@link KeyPositions} when
 * located. Written by one load on one thread, then only read.
 */
final class Origins {

  private static final long DEFERRED = Long.MIN_VALUE;

  private @Nullable Map<JsonNode, ContainerOrigin> byNode; // of containers not of a load: most loads have none
  private final Map<URI, KeyPositions> keys = new HashMap<>(4);

  /** {@return a new, empty object node able to carry its own origin} */
  static ObjectNode objectNode(JsonNodeFactory nodes) {
    return new SourcedObject(nodes, new MemberMap());
  }

  /** {@return a new object node holding {@code members}, able to carry its own origin} */
  static ObjectNode objectNode(JsonNodeFactory nodes, MemberMap members) {
    return new SourcedObject(nodes, members);
  }

  /**
   * {@return a new object node holding {@code members}, able to carry its own origin, that keeps {@code
   * source[start, end)}, the bytes it was read from}
   */
  static ObjectNode objectNode(JsonNodeFactory nodes, MemberMap members, byte[] source, int start, int end) {
    return new ObjectWithBytes(nodes, members, source, start, end);
  }

  /** {@return a new, empty array node able to carry its own origin} */
  static ArrayNode arrayNode(JsonNodeFactory nodes, int capacity) {
    return new SourcedArray(nodes, capacity);
  }

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  /**
   * {@return the position of the key whose value starts at byte {@code valueOffset} of line {@code valueLine}, read
   * back when located}
   */
  static long deferredKey(int valueLine, int valueOffset) {
    return DEFERRED | (long) valueLine << 32 | valueOffset;
  }

  static boolean isDeferred(long position) {
    return position < 0;
  }

  /** {@return the key's position, read back by {@code keys}} */
  static long resolve(KeyPositions keys, long deferred) {
    return keys.keyBefore((int) ((deferred & ~DEFERRED) >>> 32), (int) deferred);
  }

  /** Reads the deferred keys of the document at {@code uri} back with {@code positions}. */
  void deferKeys(URI uri, KeyPositions positions) {
    keys.put(uri, positions);
  }

  /** {@return where {@code position} is in the document at {@code uri}, a deferred key read back} */
  SourceLocation location(URI uri, long position) {
    if (isDeferred(position)) {
      KeyPositions reader = keys.get(uri);
      position = reader == null ? pack(1, 1) : resolve(reader, position);
    }
    return new SourceLocation(uri, (int) (position >>> 32), (int) position);
  }

  /**
   * Records where a container was read: its document, its own position and its children's. A container of a load keeps
   * them in its own fields (no origin object is made until one is asked for); any other in a map.
   */
  void record(JsonNode container, URI uri, long self, long[] positions) {
    if (container instanceof SourcedObject object) {
      object.uri = uri;
      object.self = self;
      object.positions = positions;
    } else if (container instanceof SourcedArray array) {
      array.uri = uri;
      array.self = self;
      array.positions = positions;
    } else {
      others().put(container, new ContainerOrigin(uri, self, positions, null));
    }
  }

  void put(JsonNode container, ContainerOrigin origin) {
    if (container instanceof SourcedObject object) {
      object.origin = origin;
    } else if (container instanceof SourcedArray array) {
      array.origin = origin;
    } else {
      others().put(container, origin);
    }
  }

  private Map<JsonNode, ContainerOrigin> others() {
    if (byNode == null) {
      byNode = new IdentityHashMap<>();
    }
    return byNode;
  }

  ContainerOrigin get(JsonNode container) {
    if (container instanceof SourcedObject object) {
      return object.origin != null ? object.origin : read(object.uri, object.self, object.positions);
    }
    if (container instanceof SourcedArray array) {
      return array.origin != null ? array.origin : read(array.uri, array.self, array.positions);
    }
    return container == null || byNode == null ? null : byNode.get(container);
  }

  private ContainerOrigin read(URI uri, long self, long[] positions) {
    return positions == null ? null : new ContainerOrigin(uri, self, positions, null);
  }

  /**
   * The location of the node at {@code pointer} below {@code root}; when the pointer leads nowhere, the location of the
   * deepest node on its path that exists. Null when nothing on the path has a known origin.
   */
  SourceLocation locate(JsonNode root, String pointer) {
    JsonNode best = hasOrigin(root) ? root : null; // the deepest container with an origin, or the scalar's parent
    int bestSlot = -1; // that scalar's slot in it; -1 for the container itself
    JsonNode node = root;
    int start = 1;
    while (pointer.startsWith("/") && start <= pointer.length() && node != null && node.isContainerNode()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      JsonNode child = child(node, pointer, start, end);
      if (child == null) {
        break;
      }
      if (hasOrigin(child)) {
        best = child;
        bestSlot = -1;
      } else if (hasOrigin(node)) {
        int slot = get(node).slot(node, unescape(pointer.substring(start, end)));
        if (slot >= 0) {
          best = node;
          bestSlot = slot;
        }
      }
      node = child;
      start = end + 1;
    }
    if (best == null) {
      return null;
    }
    ContainerOrigin origin = get(best);
    return bestSlot < 0 ? location(origin.uri, origin.self) : origin.childLocation(bestSlot);
  }

  /**
   * The location {@link #locate(JsonNode, String)} gives for the pointer of {@code container} ({@code name} null) or of
   * its member {@code name}, found from the container without walking a pointer; null when the container's own origin
   * is unknown, for which walk the pointer.
   */
  @Nullable SourceLocation locateFrom(JsonNode container, @Nullable String name) {
    if (!hasOrigin(container)) {
      return null;
    }
    ContainerOrigin origin = get(container);
    JsonNode member = name == null ? null
        : container.isArray() ? container.get(Pointers.arrayIndex(name)) : container.get(name);
    if (member != null && hasOrigin(member)) {
      origin = get(member);
    } else if (member != null) {
      int slot = origin.slot(container, name);
      if (slot >= 0) {
        return origin.childLocation(slot);
      }
    }
    return location(origin.uri, origin.self);
  }

  /** The child of a container named by the pointer's token {@code pointer[start, end)}; null when none. */
  private static @Nullable JsonNode child(JsonNode container, String pointer, int start, int end) {
    if (container.isArray()) {
      return container.get(Pointers.arrayIndex(pointer, start, end));
    }
    int tilde = pointer.indexOf('~', start);
    if (container instanceof SourcedObject object && (tilde < 0 || tilde >= end)) {
      return object.members().get(pointer, start, end); // no token string made
    }
    return container.get(unescape(pointer.substring(start, end)));
  }

  /** Whether {@link #get} knows {@code node}'s origin, without making it. */
  private boolean hasOrigin(JsonNode node) {
    if (node instanceof SourcedObject object) {
      return object.origin != null || object.positions != null;
    }
    if (node instanceof SourcedArray array) {
      return array.origin != null || array.positions != null;
    }
    return node.isContainerNode() && byNode != null && byNode.get(node) != null;
  }

  /**
   * The origin of one container: its document, its own position, and one position per child in the container's own
   * order (array index, or object field in insertion order, which the container itself keeps). A child whose value came
   * from another document (a resolved reference to text, an overriding description) carries its own URI.
   */
  final class ContainerOrigin {
    private static final int INDEXED = 16;

    final URI uri;
    final long self;
    private final long[] positions;
    private final URI[] uris; // null unless some child came from elsewhere
    private volatile Map<String, Integer> index; // field name to slot, built on first use for large objects

    ContainerOrigin(URI uri, long self, long[] positions, URI[] uris) {
      this.uri = uri;
      this.self = self;
      this.positions = positions;
      this.uris = uris;
    }

    int slot(JsonNode container, String token) {
      if (container.isArray()) {
        int k = Pointers.arrayIndex(token);
        return k >= 0 && k < positions.length ? k : -1;
      }
      if (container instanceof SourcedObject object && object.members().indexed() >= 0) {
        int k = object.members().indexOf(token); // the members' own index: no iterator, no map
        return k < positions.length ? k : -1;
      }
      if (positions.length > INDEXED) {
        Map<String, Integer> names = index;
        if (names == null) {
          names = new HashMap<>(positions.length * 2);
          int k = 0;
          for (var it = container.fieldNames(); it.hasNext(); k++) {
            names.put(it.next(), k);
          }
          index = names;
        }
        Integer k = names.get(token);
        return k == null || k >= positions.length ? -1 : k;
      }
      int k = 0;
      for (var it = container.fieldNames(); it.hasNext() && k < positions.length; k++) {
        if (it.next().equals(token)) {
          return k;
        }
      }
      return -1;
    }

    SourceLocation childLocation(JsonNode container, String token) {
      int k = slot(container, token);
      return k < 0 ? null : childLocation(k);
    }

    SourceLocation childLocation(int k) {
      URI childUri = uris != null && uris[k] != null ? uris[k] : uri;
      return location(childUri, positions[k]);
    }

    /** This origin with the container itself at {@code position} (a YAML alias), its children where they were. */
    ContainerOrigin at(long position) {
      return new ContainerOrigin(uri, position, positions, uris);
    }

    /**
     * The origin of {@code copy}, a container the resolver copied from {@code original} (this origin's container):
     * each child keeps its position, except those in {@code overrides}, placed elsewhere.
     */
    ContainerOrigin forCopy(JsonNode original, JsonNode copy, Map<String, SourceLocation> overrides) {
      int n = copy.size();
      long[] newPositions = new long[n];
      URI[] newUris = null;
      var names = copy.isObject() ? copy.fieldNames() : null;
      for (int k = 0; k < n; k++) {
        String token = names != null ? names.next() : Integer.toString(k);
        SourceLocation override = overrides.get(token);
        URI childUri;
        if (override != null) {
          newPositions[k] = pack(override.line(), override.column());
          childUri = override.uri();
        } else {
          int old = slot(original, token);
          newPositions[k] = old >= 0 ? positions[old] : self;
          childUri = old >= 0 && uris != null && uris[old] != null ? uris[old] : uri;
        }
        if (!childUri.equals(uri)) {
          if (newUris == null) {
            newUris = new URI[n];
          }
          newUris[k] = childUri;
        }
      }
      return new ContainerOrigin(uri, self, newPositions, newUris);
    }
  }

  /** {@return the bytes {@code node} was read from, read-only, or null when it does not keep them} */
  static @Nullable ByteBuffer source(JsonNode node) {
    return node instanceof ObjectWithBytes object
        ? ByteBuffer.wrap(object.source, object.start, object.end - object.start).slice().asReadOnlyBuffer() : null;
  }

  /**
   * {@return the resolver's note on an object node of a load (what walking it gave), or null when there is none or
   * the node cannot carry one}
   */
  static Object walked(JsonNode node) {
    return node instanceof SourcedObject object ? object.walked : null;
  }

  /** Keeps the resolver's note on an object node of a load; {@return false when the node cannot carry one} */
  static boolean walked(JsonNode node, Object note) {
    if (node instanceof SourcedObject object) {
      object.walked = note;
      return true;
    }
    return false;
  }

  /** Keeps {@code bound}, the model object bound from {@code node} as the reader completed it ({@link LoadedObject}). */
  static void earlyBound(ObjectNode node, Object bound) {
    ((SourcedObject) node).earlyBound = bound;
  }

  /** Keeps {@code nodes}, those made while reading {@code node}, in order, to be read ahead ({@link LoadedObject}). */
  static void aheadNodes(ObjectNode node, Object[] nodes) {
    ((SourcedObject) node).aheadNodes = nodes;
  }

  /**
   * An object node of a load, with its origin (the resolver's note on it: one load resolves its trees once; and the
   * model object bound from it as it was read, if any). Equal to any object node with the same members, as Jackson
   * defines it; none of the three is part of its value nor is serialized.
   */
  private static class SourcedObject extends ObjectNode implements LoadedObject {
    private static final long serialVersionUID = 1L;
    private transient ContainerOrigin origin; // when set (a copy, an alias), it wins over what was read
    private transient URI uri;
    private transient long self;
    private transient long[] positions;
    private transient Object walked;
    private transient Object earlyBound;
    private transient Object[] aheadNodes;

    SourcedObject(JsonNodeFactory nodes, MemberMap members) {
      super(nodes, members);
    }

    MemberMap members() {
      return (MemberMap) _children;
    }

    @Override
    public @Nullable Object earlyBound() {
      return earlyBound;
    }

    @Override
    public int readAhead() {
      Object[] nodes = aheadNodes;
      if (nodes == null) {
        return 0;
      }
      aheadNodes = null;
      int texts = 0;
      for (Object node : nodes) {
        if (node instanceof TextNode) { // reads where the node is: no read waits for another
          texts++;
        }
      }
      return texts;
    }

    @Override
    public int indexedCount() {
      return members().indexed();
    }

    @Override
    public String memberName(int i) {
      return members().key(i);
    }

    @Override
    public JsonNode memberValue(int i) {
      return members().value(i);
    }
  }

  /**
   * An object node of a load that keeps sources ({@link DescriptorLoader.Builder#keepSources}), with the bytes it was
   * read from: its document's, shared, and its place in them.
   */
  private static final class ObjectWithBytes extends SourcedObject {
    private static final long serialVersionUID = 1L;
    private final transient byte[] source;
    private final transient int start;
    private final transient int end;

    ObjectWithBytes(JsonNodeFactory nodes, MemberMap members, byte[] source, int start, int end) {
      super(nodes, members);
      this.source = source;
      this.start = start;
      this.end = end;
    }
  }

  /** An array node of a load, with its origin; as {@link SourcedObject}. */
  private static final class SourcedArray extends ArrayNode {
    private static final long serialVersionUID = 1L;
    private transient ContainerOrigin origin;
    private transient URI uri;
    private transient long self;
    private transient long[] positions;

    SourcedArray(JsonNodeFactory nodes, int capacity) {
      super(nodes, capacity);
    }
  }
}
