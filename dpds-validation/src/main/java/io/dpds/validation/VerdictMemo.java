package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Verdicts on JSON trees that are a pure function of the tree as written (member order included), remembered across
 * validations: a registry checks the same payload schemas version after version. A tree is looked up by a hash of its
 * content in document order, and a remembered verdict is used only when its tree is the same, member by member and in
 * the same order: no text is built and nothing is allocated when a verdict is known. Up to {@value #MAX_ENTRIES}
 * verdicts on trees of up to {@value #MAX_NODES} nodes are kept (a private copy of each tree); when full, the memo
 * starts again. Thread-safe.
 *
 * @param <V> the verdict
 */
final class VerdictMemo<V> {

  static final int MAX_ENTRIES = 16_384;
  static final int MAX_NODES = 4_096;

  private static final long PRIME = 0x100000001b3L;

  private record Key(Object context, long hash) {}

  private record Entry<V>(JsonNode tree, V verdict) {}

  private final Map<Key, Entry<V>> entries = new ConcurrentHashMap<>();

  /**
   * {@return the verdict on {@code tree} under {@code context}, remembered or made by {@code verdict}}
   *
   * @param context what else the verdict depends on (the kind of schema, its meta-schema), with value equality
   * @param tree the tree judged; not modified, and never kept
   * @param verdict makes the verdict when none is remembered
   */
  V get(Object context, JsonNode tree, Supplier<V> verdict) {
    int[] budget = {MAX_NODES};
    long hash = hash(tree, budget);
    Key key = new Key(context, hash);
    Entry<V> known = entries.get(key);
    if (known != null && same(known.tree(), tree)) {
      return known.verdict();
    }
    V made = verdict.get();
    if (budget[0] >= 0) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear(); // crude but bounded; the next validations refill it
      }
      entries.put(key, new Entry<>(tree.deepCopy(), made));
    }
    return made;
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
      h = (h ^ (node.isNumber() ? node.asText() : node.asText("")).hashCode()) * PRIME;
    }
    return h;
  }

  /** Whether the two trees are written alike: same members in the same order, same items, equal values. */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
      return false;
    }
    if (a.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> ia = a.fields();
      Iterator<Map.Entry<String, JsonNode>> ib = b.fields();
      while (ia.hasNext()) {
        Map.Entry<String, JsonNode> ma = ia.next();
        Map.Entry<String, JsonNode> mb = ib.next();
        if (!ma.getKey().equals(mb.getKey()) || !same(ma.getValue(), mb.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.isNumber() // as written: 1.0 is not 1.00, nor an int a long
        ? a.getClass() == b.getClass() && a.asText().equals(b.asText())
        : a.equals(b);
  }
}
