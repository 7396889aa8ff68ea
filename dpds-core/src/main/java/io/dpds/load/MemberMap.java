package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The members of an object node read by a load, in insertion order: a full, mutable {@link Map} (what Jackson's
 * {@code ObjectNode} keeps its members in) held as one array of keys and values, searched in order, while there are at
 * most {@value #ARRAYS} members, and as a {@link LinkedHashMap} beyond. Almost every object of a descriptor or an API
 * definition has a handful of members whose names the parser interns, so a lookup is a few reference comparisons (the
 * keys' cached hashes, then equality, decide for any other string), and an object costs one small array instead of a
 * hash table with an entry per member. A 64-bit mask with one bit per key, chosen by the key's hash, answers most
 * lookups of an absent key (the commonest: is there a {@code $ref} here?) without reading the array; a removed key
 * leaves its bit set, which only costs a search. Equality and hash code are those of every {@code Map}; iterators do
 * not detect concurrent changes. Not thread-safe, like the node that holds it.
 */
final class MemberMap extends AbstractMap<String, JsonNode> {

  static final int ARRAYS = 12;

  private Object[] members; // key i at 2i, its value at 2i + 1
  private int size;
  private long keyBits; // a bit per key, chosen by its hash: a key whose bit is clear is not here
  private LinkedHashMap<String, JsonNode> hashed; // once the members outgrow the array

  MemberMap() {
    this(new Object[8], 0, 0);
  }

  private MemberMap(Object[] members, int size, long keyBits) {
    this.members = members;
    this.size = size;
    this.keyBits = keyBits;
  }

  /** The bit of {@link #keyBits} that stands for keys of hash {@code hash}. */
  static long bit(int hash) {
    return 1L << (hash ^ (hash >>> 6) ^ (hash >>> 12)); // a shift of a long reads the low six bits only
  }

  /**
   * {@return the members whose keys and values alternate in {@code members[0..2 * size)}, in that order} The array is
   * copied; keys are distinct. {@code keyBits} is the union of the keys' {@link #bit}s, which the reader has made as it
   * read them: a second pass over the keys here would read each key's hash again.
   */
  static MemberMap of(Object[] members, int size, long keyBits) {
    if (size <= ARRAYS) {
      return new MemberMap(Arrays.copyOf(members, 2 * size), size, keyBits);
    }
    MemberMap map = new MemberMap();
    for (int i = 0; i < size; i++) {
      map.put(key(members, i), value(members, i));
    }
    return map;
  }

  /** {@return how many members {@link #key(int)} and {@link #value(int)} read: -1 once they are hashed} */
  int indexed() {
    return hashed != null ? -1 : size;
  }

  /** {@return the name of member {@code i} of the {@link #indexed} ones} */
  String key(int i) {
    return key(members, i);
  }

  /** {@return the value of member {@code i} of the {@link #indexed} ones} */
  JsonNode value(int i) {
    return value(members, i);
  }

  private static String key(Object[] members, int i) {
    return (String) members[2 * i];
  }

  private static JsonNode value(Object[] members, int i) {
    return (JsonNode) members[2 * i + 1];
  }

  /**
   * {@return the index of the member named {@code key} among the {@link #indexed} ones, -1 when there is none} Only
   * while the members are indexed.
   */
  int indexOf(Object key) {
    if (key instanceof String name) {
      int hash = name.hashCode();
      if ((keyBits & bit(hash)) == 0) {
        return -1; // most lookups of an absent key end here, without reading the members
      }
      for (int i = 0; i < size; i++) {
        if (members[2 * i] == name) {
          return i;
        }
      }
      for (int i = 0; i < size; i++) {
        String k = key(members, i);
        if (k.hashCode() == hash && k.equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * {@return the value of the member whose key is {@code text[start, end)}, compared in place; null when none} For a
   * JSON pointer's token that has no escape to undo.
   */
  @Nullable JsonNode get(String text, int start, int end) {
    if (hashed != null) {
      return hashed.get(text.substring(start, end));
    }
    int length = end - start;
    for (int i = 0; i < size; i++) {
      String k = key(members, i);
      if (k.length() == length && text.regionMatches(start, k, 0, length)) {
        return value(members, i);
      }
    }
    return null;
  }

  @Override
  public int size() {
    return hashed != null ? hashed.size() : size;
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return hashed != null ? hashed.containsKey(key) : indexOf(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    if (hashed != null) {
      return hashed.get(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : value(members, i);
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    if (hashed != null) {
      return hashed.put(key, value);
    }
    int i = indexOf(key);
    if (i >= 0) {
      JsonNode old = value(members, i);
      members[2 * i + 1] = value;
      return old;
    }
    append(Objects.requireNonNull(key, "key"), value);
    return null;
  }

  @Override
  public JsonNode putIfAbsent(String key, JsonNode value) {
    if (hashed != null) {
      return hashed.putIfAbsent(key, value);
    }
    int i = indexOf(key);
    if (i >= 0 && value(members, i) != null) {
      return value(members, i);
    }
    if (i >= 0) {
      members[2 * i + 1] = value;
    } else {
      append(Objects.requireNonNull(key, "key"), value);
    }
    return null;
  }

  private void append(String key, JsonNode value) {
    if (size == ARRAYS) {
      hashed = new LinkedHashMap<>(ARRAYS * 4);
      for (int i = 0; i < size; i++) {
        hashed.put(key(members, i), value(members, i));
      }
      hashed.put(key, value);
      members = null;
      size = 0;
      return;
    }
    if (2 * size == members.length) {
      members = Arrays.copyOf(members, 2 * Math.min(ARRAYS, Math.max(4, size * 2)));
    }
    members[2 * size] = key;
    members[2 * size++ + 1] = value;
    keyBits |= bit(key.hashCode());
  }

  @Override
  public JsonNode remove(Object key) {
    if (hashed != null) {
      return hashed.remove(key);
    }
    int i = indexOf(key);
    if (i < 0) {
      return null;
    }
    JsonNode old = value(members, i);
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    System.arraycopy(members, 2 * i + 2, members, 2 * i, 2 * (size - i - 1));
    size--;
    members[2 * size] = null;
    members[2 * size + 1] = null;
  }

  @Override
  public void clear() {
    hashed = null;
    members = new Object[8];
    size = 0;
    keyBits = 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
    if (hashed != null) {
      hashed.forEach(action);
      return;
    }
    for (int i = 0; i < size; i++) {
      action.accept(key(members, i), value(members, i));
    }
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, JsonNode>> iterator() {
        return hashed != null ? hashed.entrySet().iterator() : new Members();
      }

      @Override
      public int size() {
        return MemberMap.this.size();
      }

      @Override
      public void clear() {
        MemberMap.this.clear();
      }
    };
  }

  /** The members in order; {@code remove} removes the last one returned. */
  private final class Members implements Iterator<Map.Entry<String, JsonNode>> {
    private int next;
    private int last = -1;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Map.Entry<String, JsonNode> next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      return new Member(last);
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException("next() first");
      }
      removeAt(last);
      next = last;
      last = -1;
    }
  }

  /** A member as a live entry: {@code setValue} writes through. */
  private final class Member implements Map.Entry<String, JsonNode> {
    private final String key;
    private final int index;

    Member(int index) {
      this.key = key(members, index);
      this.index = index;
    }

    @Override
    public String getKey() {
      return key;
    }

    @Override
    public JsonNode getValue() {
      return hashed == null && index < size && members[2 * index] == key ? value(members, index) : get(key);
    }

    @Override
    public JsonNode setValue(JsonNode value) {
      return put(key, value);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && Objects.equals(getValue(), e.getValue());
    }

    @Override
    public int hashCode() {
      return key.hashCode() ^ Objects.hashCode(getValue());
    }

    @Override
    public String toString() {
      return key + "=" + getValue();
    }
  }
}
