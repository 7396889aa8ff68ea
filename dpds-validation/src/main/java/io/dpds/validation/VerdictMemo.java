package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Verdicts on JSON trees that are a pure function of the tree as written (member order included), remembered across
 * validations: a registry checks the same payload schemas version after version. A tree is looked up by a hash of its
 * content in document order, and a remembered verdict is used only when the tree is the one it was made on, member by
 * member and in the same order: each entry keeps its tree as one compact text (every token prefixed by its kind and
 * length, the length written as one character, so no two trees share a text), read in one sequential pass while the
 * tree is walked. A caller that names where a tree was found has the tree last judged there compared first, so an
 * unchanged tree is read once and not hashed. Up to {@value #MAX_ENTRIES} verdicts on trees of up to {@value
 * #MAX_NODES} nodes are kept (and as many places); when full, the memo starts again. Thread-safe.
 *
 * @param <V> the verdict
 */
final class VerdictMemo<V> {

  static final int MAX_ENTRIES = 16_384;
  static final int MAX_NODES = 4_096;

  private static final long PRIME = 0x100000001b3L;
  /** A size at or above this is written as this character and the size's two halves. */
  private static final char WIDE = Character.MAX_VALUE;

  private record Key(Object context, long hash) {}

  /** Where a tree was last judged, as its caller names the place (e.g. a pointer in a descriptor). */
  private record Place(Object context, Object place) {}

  private record Entry<V>(String tree, V verdict) {}

  private final Map<Key, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<Place, Entry<V>> lastAt = new ConcurrentHashMap<>();

  /**
   * {@return the verdict on {@code tree} under {@code context}, remembered or made by {@code verdict}} When the caller
   * names where the tree was found, the tree last judged there is tried first, so an unchanged tree is read once
   * (compared, not hashed first).
   *
   * @param context what else the verdict depends on (the kind of schema, its meta-schema), with value equality
   * @param place where the tree is, with value equality; null for nowhere in particular
   * @param tree the tree judged; not modified, and never kept
   * @param verdict makes the verdict when none is remembered
   */
  V get(Object context, @Nullable Object place, JsonNode tree, Supplier<V> verdict) {
    Place at = place == null ? null : new Place(context, place);
    Entry<V> last = at == null ? null : lastAt.get(at);
    if (last != null && matches(tree, last.tree(), 0) == last.tree().length()) {
      return last.verdict();
    }
    int[] budget = {MAX_NODES};
    long hash = hash(tree, budget);
    Key key = new Key(context, hash);
    Entry<V> known = entries.get(key);
    if (known == null || matches(tree, known.tree(), 0) != known.tree().length()) {
      V made = verdict.get();
      if (budget[0] < 0) {
        return made;
      }
      StringBuilder text = new StringBuilder();
      encode(tree, text);
      known = new Entry<>(text.toString(), made);
      remember(entries, key, known);
    }
    if (at != null) {
      remember(lastAt, at, known);
    }
    return known.verdict();
  }

  private static <K, E> void remember(Map<K, E> map, K key, E entry) {
    if (map.size() >= MAX_ENTRIES) {
      map.clear(); // crude but bounded; the next validations refill it
    }
    map.put(key, entry);
  }

  /** A hash of the tree in document order; counts the nodes down in {@code budget}, stopping below zero. */
  private static long hash(JsonNode node, int[] budget) {
    if (--budget[0] < 0) {
      return 0;
    }
    long h = node.getNodeType().ordinal() + 1;
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        h = (h ^ member.getKey().hashCode()) * PRIME;
        h = (h ^ hash(member.getValue(), budget)) * PRIME;
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        h = (h ^ hash(node.get(i), budget)) * PRIME;
      }
    } else {
      h = (h ^ scalar(node).hashCode()) * PRIME;
    }
    return h;
  }

  /** The text of a scalar as written: a number's class counts too (1.0 is not 1.00, nor an int a long). */
  private static String scalar(JsonNode node) {
    return node.isNumber() ? node.numberType() + node.asText() : node.asText("");
  }

  private static char kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> 'o';
      case ARRAY -> 'a';
      case STRING -> 's';
      case NUMBER -> 'n';
      case BOOLEAN -> 'b';
      case NULL -> 'z';
      default -> 'm';
    };
  }

  /**
   * Writes {@code node} as: its kind, then its size (members, items or characters) as one character (or {@link #WIDE}
   * and two more), then its content.
   */
  static void encode(JsonNode node, StringBuilder out) {
    out.append(kind(node));
    if (node.isObject()) {
      size(node.size(), out);
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> member = it.next();
        size(member.getKey().length(), out);
        out.append(member.getKey());
        encode(member.getValue(), out);
      }
    } else if (node.isArray()) {
      size(node.size(), out);
      for (int i = 0; i < node.size(); i++) {
        encode(node.get(i), out);
      }
    } else {
      String scalar = scalar(node);
      size(scalar.length(), out);
      out.append(scalar);
    }
  }

  private static void size(int size, StringBuilder out) {
    if (size < WIDE) {
      out.append((char) size);
    } else {
      out.append(WIDE).append((char) (size >>> 16)).append((char) size);
    }
  }

  /**
   * {@return where the encoding of {@code node} ends in {@code text} when it is found there from {@code at}; -1 when it
   * is not} Reads the text in order, building nothing but the text of numbers.
   */
  static int matches(JsonNode node, String text, int at) {
    if (at < 0 || at >= text.length() || text.charAt(at) != kind(node)) {
      return -1;
    }
    if (node.isObject()) {
      at = size(text, at + 1, node.size());
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && at >= 0; ) {
        Map.Entry<String, JsonNode> member = it.next();
        at = chars(text, at, member.getKey());
        at = at < 0 ? -1 : matches(member.getValue(), text, at);
      }
      return at;
    }
    if (node.isArray()) {
      at = size(text, at + 1, node.size());
      for (int i = 0; i < node.size() && at >= 0; i++) {
        at = matches(node.get(i), text, at);
      }
      return at;
    }
    return chars(text, at + 1, node.isTextual() ? node.textValue() : scalar(node));
  }

  /** Where the content begins after {@code size} written at {@code at}; -1 when another size is written there. */
  private static int size(String text, int at, int size) {
    if (at >= text.length()) {
      return -1;
    }
    char c = text.charAt(at);
    if (c != WIDE) {
      return c == size ? at + 1 : -1;
    }
    return at + 2 < text.length() && (text.charAt(at + 1) << 16 | text.charAt(at + 2)) == size ? at + 3 : -1;
  }

  /** Where the text ends after the length-prefixed {@code chars} at {@code at}; -1 when others are written there. */
  private static int chars(String text, int at, String chars) {
    int start = size(text, at, chars.length());
    return start >= 0 && text.regionMatches(start, chars, 0, chars.length()) ? start + chars.length() : -1;
  }
}
