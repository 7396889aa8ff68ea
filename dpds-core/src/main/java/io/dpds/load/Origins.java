package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.diag.SourceLocation;
import java.net.URI;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where every node of one load came from. Keyed by the identity of container nodes (objects and arrays, which the
 * readers always create afresh): each container knows its document, its own position and the position of each child.
 * A scalar's position is kept by its parent. A pointer is located by walking the tree it addresses, so a subtree that
 * a reference put somewhere else keeps the positions of its own file.
 *
 * <p>Positions are packed as {@code line << 32 | column}. Written by one load on one thread, then only read.
 */
final class Origins {

  private final Map<JsonNode, ContainerOrigin> byNode = new IdentityHashMap<>();

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  static SourceLocation unpack(URI uri, long position) {
    return new SourceLocation(uri, (int) (position >>> 32), (int) position);
  }

  void put(JsonNode container, ContainerOrigin origin) {
    byNode.put(container, origin);
  }

  ContainerOrigin get(JsonNode container) {
    return byNode.get(container);
  }

  /**
   * The location of the node at {@code pointer} below {@code root}; when the pointer leads nowhere, the location of the
   * deepest node on its path that exists. Null when nothing on the path has a known origin.
   */
  SourceLocation locate(JsonNode root, String pointer) {
    SourceLocation best = ownLocation(root);
    JsonNode node = root;
    int i = pointer.isEmpty() ? pointer.length() : 1;
    while (i <= pointer.length() && !pointer.isEmpty() && node != null && node.isContainerNode()) {
      int end = pointer.indexOf('/', i);
      if (end < 0) {
        end = pointer.length();
      }
      String token = unescape(pointer.substring(i, end));
      ContainerOrigin parent = byNode.get(node);
      JsonNode child = node.isObject() ? node.get(token) : node.get(arrayIndex(token));
      if (child == null) {
        return best;
      }
      SourceLocation own = ownLocation(child);
      if (own != null) {
        best = own;
      } else if (parent != null) {
        SourceLocation viaParent = parent.childLocation(node, token);
        if (viaParent != null) {
          best = viaParent;
        }
      }
      node = child;
      i = end + 1;
    }
    return best;
  }

  private SourceLocation ownLocation(JsonNode node) {
    ContainerOrigin origin = node == null ? null : byNode.get(node);
    return origin == null ? null : unpack(origin.uri, origin.self);
  }

  private static int arrayIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int k = 0; k < token.length(); k++) {
      if (!Character.isDigit(token.charAt(k))) {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  static String unescape(String token) {
    return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
  }

  static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0
        ? token
        : token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The origin of one container: its document, its own position, and one position per child (array index, or object
   * field in insertion order). A child whose value came from another document (a resolved reference to text, an
   * overriding description) carries its own URI.
   */
  static final class ContainerOrigin {
    private static final int INDEXED = 16;

    final URI uri;
    final long self;
    private final String[] names; // null for arrays
    private final long[] positions;
    private final URI[] uris; // null unless some child came from elsewhere
    private final Map<String, Integer> index; // for large objects only

    ContainerOrigin(URI uri, long self, String[] names, long[] positions, URI[] uris) {
      this.uri = uri;
      this.self = self;
      this.names = names;
      this.positions = positions;
      this.uris = uris;
      if (names != null && names.length > INDEXED) {
        index = new HashMap<>(names.length * 2);
        for (int k = 0; k < names.length; k++) {
          index.putIfAbsent(names[k], k);
        }
      } else {
        index = null;
      }
    }

    int slot(JsonNode container, String token) {
      if (names == null) {
        int k = arrayIndex(token);
        return k >= 0 && k < positions.length ? k : -1;
      }
      if (index != null) {
        Integer k = index.get(token);
        return k == null ? -1 : k;
      }
      for (int k = 0; k < names.length; k++) {
        if (names[k].equals(token)) {
          return k;
        }
      }
      return -1;
    }

    SourceLocation childLocation(JsonNode container, String token) {
      int k = slot(container, token);
      if (k < 0) {
        return null;
      }
      URI childUri = uris != null && uris[k] != null ? uris[k] : uri;
      return unpack(childUri, positions[k]);
    }

    /** A copy for a container copied by resolution, with the children in {@code overrides} placed elsewhere. */
    ContainerOrigin withChildren(
        JsonNode copy, Map<String, SourceLocation> overrides) {
      int n = copy.size();
      String[] newNames = copy.isObject() ? new String[n] : null;
      long[] newPositions = new long[n];
      URI[] newUris = null;
      int k = 0;
      var it = copy.isObject() ? copy.fieldNames() : null;
      for (; k < n; k++) {
        String token = it != null ? it.next() : Integer.toString(k);
        if (newNames != null) {
          newNames[k] = token;
        }
        SourceLocation override = overrides.get(token);
        if (override != null) {
          newPositions[k] = pack(override.line(), override.column());
          if (!override.uri().equals(uri)) {
            if (newUris == null) {
              newUris = new URI[n];
            }
            newUris[k] = override.uri();
          }
        } else {
          int old = slot(copy, token);
          newPositions[k] = old >= 0 ? positions[old] : self;
          if (old >= 0 && uris != null && uris[old] != null) {
            if (newUris == null) {
              newUris = new URI[n];
            }
            newUris[k] = uris[old];
          }
        }
      }
      return new ContainerOrigin(uri, self, newNames, newPositions, newUris);
    }
  }
}
