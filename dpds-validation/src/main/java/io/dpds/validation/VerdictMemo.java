package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Verdicts on JSON trees that are a pure function of the tree as written (member order included), remembered across
 * validations: a registry checks the same payload schemas version after version. A tree is looked up by a hash of its
 * content in document order, and a remembered verdict is used only when the tree is the one it was made on, member by
 * member and in the same order: each entry keeps its tree as a tape, the tree's tokens in document order (each
 * container's kind and size, then its keys and values; each scalar's kind and text), read in one pass while the tree
 * is walked, keys compared by reference first (a parser's keys are interned). A caller that names where a tree was
 * found has the tree last judged there compared first, so an unchanged tree is read once and not hashed. Up to {@value
 * #MAX_ENTRIES} verdicts are kept (and as many places), holding about {@value #MAX_BYTES} bytes at most with their
 * copies and tapes; when full, the memo forgets every verdict and every place and starts again, and a verdict that
 * alone would hold more than a {@value #SHARE}th of that is not remembered. A caller that has the bytes a tree was
 * read from ({@link io.dpds.load.ResolvedDescriptor#source}) passes them: the tree is then remembered by a copy of its
 * bytes (up to {@value #MAX_SOURCE_BYTES}, however many nodes they hold) instead of a tape, and matched by comparing
 * bytes, which reads neither tree; the same tree written otherwise (other spacing) is judged again. A tree remembered
 * by its tape has at most {@value #MAX_NODES} nodes. Thread-safe.
 *
 * @param <V> the verdict
 */
final class VerdictMemo<V> {

  static final int MAX_ENTRIES = 16_384;
  static final int MAX_NODES = 4_096;
  static final int MAX_SOURCE_BYTES = 65_536;
  static final long MAX_BYTES = 32L << 20;
  static final int SHARE = 64;

  private static final long PRIME = 0x100000001b3L;
  /** The objects of an entry (its key, its place, the maps' nodes), an array's header, a string's, about. */
  private static final int ENTRY_BYTES = 160;
  private static final int ARRAY_BYTES = 16;
  private static final int STRING_BYTES = 40;

  /** The kind of a node on a tape; a container's is followed by its size, a text's or number's by its text. */
  private enum Kind {
    OBJECT, ARRAY, TEXT, NUMBER, TRUE, FALSE, NULL, OTHER
  }

  private record Key(Object context, long hash) {}

  /** Where a tree was last judged, as its caller names the place (e.g. a pointer in a descriptor). */
  private record Place(Object context, Object place) {}

  /** A verdict with what it was made on: the tree's bytes when its caller had them (and few enough), else its tape. */
  private record Entry<V>(Object @Nullable [] tape, byte @Nullable [] source, V verdict) {

    /** Whether {@code tree}, read from {@code source} when not null, is the tree this entry was made on. */
    boolean isOf(JsonNode tree, @Nullable ByteBuffer source) {
      return this.source != null
          ? source != null && source.equals(ByteBuffer.wrap(this.source))
          : matches(tree, tape);
    }
  }

  private final Map<Key, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Map<Place, Entry<V>> lastAt = new ConcurrentHashMap<>();
  private final long maxBytes;
  private final AtomicLong held = new AtomicLong(); // the bytes of the verdicts remembered since the memo started

  /** A memo that holds about {@value #MAX_BYTES} bytes at most. */
  VerdictMemo() {
    this(MAX_BYTES);
  }

  /** A memo that holds about {@code maxBytes} bytes at most. */
  VerdictMemo(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * {@return the verdict on {@code tree} under {@code context}, remembered or made by {@code verdict}} When the caller
   * names where the tree was found, the tree last judged there is tried first, so an unchanged tree is read once
   * (compared, not hashed first).
   *
   * @param context what else the verdict depends on (the kind of schema, its meta-schema), with value equality
   * @param place where the tree is, with value equality; null for nowhere in particular
   * @param tree the tree judged; not modified, and never kept
   * @param source the bytes {@code tree} was read from, or null; not modified, and never kept (a copy may be)
   * @param verdict makes the verdict when none is remembered
   */
  V get(Object context, @Nullable Object place, JsonNode tree, @Nullable ByteBuffer source, Supplier<V> verdict) {
    Place at = place == null ? null : new Place(context, place);
    Entry<V> last = at == null ? null : lastAt.get(at);
    if (last != null && last.isOf(tree, source)) {
      return last.verdict();
    }
    boolean byBytes = source != null && source.remaining() <= MAX_SOURCE_BYTES; // the copy bounds what is held
    int[] budget = {byBytes ? Integer.MAX_VALUE : MAX_NODES};
    long hash = hash(tree, budget);
    Key key = new Key(context, hash);
    Entry<V> known = entries.get(key);
    if (known == null || !known.isOf(tree, source)) {
      V made = verdict.get();
      if (budget[0] < 0) {
        return made;
      }
      known = byBytes ? new Entry<>(null, copy(source), made) : new Entry<>(encode(tree), null, made);
      if (!remember(key, known)) {
        return made;
      }
    }
    if (at != null) {
      if (lastAt.size() >= MAX_ENTRIES) {
        lastAt.clear(); // crude but bounded; the next validations refill it
      }
      lastAt.put(at, known);
    }
    return known.verdict();
  }

  /**
   * {@return the verdict on {@code tree} when it is the tree last judged at {@code place} under {@code context}; null
   * otherwise} Nothing is made or remembered.
   */
  @Nullable V lastAt(Object context, Object place, JsonNode tree, @Nullable ByteBuffer source) {
    Entry<V> last = lastAt.get(new Place(context, place));
    return last != null && last.isOf(tree, source) ? last.verdict() : null;
  }

  private static byte[] copy(ByteBuffer source) {
    byte[] copy = new byte[source.remaining()];
    source.duplicate().get(copy);
    return copy;
  }

  /**
   * Remembers {@code entry} under {@code key}, after forgetting every verdict and place when the memo holds as many
   * as it may, or would then hold more bytes: crude but bounded, the next validations refill it. Places are forgotten
   * with the verdicts so that none holds a verdict the memo no longer counts. {@return false, remembering nothing,
   * when the entry alone would hold more than its share}
   */
  private boolean remember(Key key, Entry<V> entry) {
    long size = bytes(entry);
    if (size > maxBytes / SHARE) {
      return false;
    }
    if (entries.size() >= MAX_ENTRIES || held.addAndGet(size) > maxBytes) {
      entries.clear();
      lastAt.clear();
      held.set(size);
    }
    entries.put(key, entry);
    return true;
  }

  /**
   * {@return about the bytes {@code entry} keeps from being collected} Its copy of the source, or its tape with the
   * texts it holds (shared with the tree it was made of, which would otherwise be collected), and its own objects.
   */
  private static long bytes(Entry<?> entry) {
    long bytes = ENTRY_BYTES;
    if (entry.source() != null) {
      return bytes + ARRAY_BYTES + entry.source().length;
    }
    bytes += ARRAY_BYTES + (long) Long.BYTES * entry.tape().length;
    for (Object token : entry.tape()) {
      if (token instanceof String text) {
        bytes += STRING_BYTES + text.length();
      }
    }
    return bytes;
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

  private static Kind kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> Kind.OBJECT;
      case ARRAY -> Kind.ARRAY;
      case STRING -> Kind.TEXT;
      case NUMBER -> Kind.NUMBER;
      case BOOLEAN -> node.booleanValue() ? Kind.TRUE : Kind.FALSE;
      case NULL -> Kind.NULL;
      default -> Kind.OTHER;
    };
  }

  /** {@return the tape of {@code node}: its tokens in document order} */
  static Object[] encode(JsonNode node) {
    List<Object> tape = new ArrayList<>();
    encode(node, tape);
    return tape.toArray();
  }

  private static void encode(JsonNode node, List<Object> tape) {
    Kind kind = kind(node);
    tape.add(kind);
    switch (kind) {
      case OBJECT -> {
        tape.add(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> member = it.next();
          tape.add(member.getKey());
          encode(member.getValue(), tape);
        }
      }
      case ARRAY -> {
        tape.add(node.size());
        node.forEach(item -> encode(item, tape));
      }
      case TEXT -> tape.add(node.textValue());
      case NUMBER, OTHER -> tape.add(scalar(node));
      default -> { } // the kind says it all
    }
  }

  /** {@return whether {@code node} is the tree {@code tape} was made of} Builds nothing but the text of numbers. */
  static boolean matches(JsonNode node, Object[] tape) {
    Reading reading = new Reading(tape);
    return reading.matches(node) && reading.at == tape.length;
  }

  /** A tape read in step with a tree: {@link #at} is the next token, or -1 once they differ. */
  private static final class Reading {
    private final Object[] tape;
    private int at;

    Reading(Object[] tape) {
      this.tape = tape;
    }

    boolean matches(JsonNode node) {
      Kind kind = kind(node);
      if (at < 0 || at >= tape.length || tape[at] != kind) {
        at = -1;
        return false;
      }
      at++;
      switch (kind) {
        case OBJECT -> {
          if (size(node.size())) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext() && at >= 0; ) {
              Map.Entry<String, JsonNode> member = it.next();
              if (text(member.getKey())) {
                matches(member.getValue());
              }
            }
          }
        }
        case ARRAY -> {
          if (size(node.size())) {
            for (int i = 0; i < node.size() && at >= 0; i++) {
              matches(node.get(i));
            }
          }
        }
        case TEXT -> text(node.textValue());
        case NUMBER, OTHER -> text(scalar(node));
        default -> { } // the kind said it all
      }
      return at >= 0;
    }

    private boolean size(int size) {
      return next(tape[at] instanceof Integer n && n == size);
    }

    private boolean text(String text) {
      Object written = at < tape.length ? tape[at] : null;
      return next(written == text || text.equals(written));
    }

    private boolean next(boolean same) {
      at = same && at < tape.length ? at + 1 : -1;
      return at >= 0;
    }
  }
}
