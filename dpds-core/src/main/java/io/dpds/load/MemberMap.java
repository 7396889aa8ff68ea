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

/**
 * The members of an object node read by a load, in insertion order: a full, mutable {@link Map} (what Jackson's
 * {@code ObjectNode} keeps its members in) held as two arrays searched in order while there are at most {@value
 * #ARRAYS} members, and as a {@link LinkedHashMap} beyond. Almost every object of a descriptor or an API definition
 * has a handful of members, so a lookup compares a few hashes kept beside the keys, and an object costs three small
 * arrays instead of a hash table with an entry per member. Equality and hash code are those of every
 * {@code Map}; iterators do not detect concurrent changes. Not thread-safe, like the node that holds it.
 */
final class MemberMap extends AbstractMap<String, JsonNode> {

  static final int ARRAYS = 12;

  private String[] keys;
  private int[] hashes; // each key's hash: a search reads this array, not the keys
  private JsonNode[] values;
  private int size;
  private LinkedHashMap<String, JsonNode> hashed; // once the members outgrow the arrays

  MemberMap() {
    this(new String[4], new int[4], new JsonNode[4], 0);
  }

  private MemberMap(String[] keys, int[] hashes, JsonNode[] values, int size) {
    this.keys = keys;
    this.hashes = hashes;
    this.values = values;
    this.size = size;
  }

  /**
   * {@return the members {@code keys[0..size)} with their {@code hashes} and {@code values}, in that order} The arrays
   * are copied; keys are distinct.
   */
  static MemberMap of(String[] keys, int[] hashes, JsonNode[] values, int size) {
    if (size <= ARRAYS) {
      return new MemberMap(Arrays.copyOf(keys, size), Arrays.copyOf(hashes, size), Arrays.copyOf(values, size), size);
    }
    MemberMap members = new MemberMap(null, null, null, 0);
    members.hashed = new LinkedHashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      members.hashed.put(keys[i], values[i]);
    }
    return members;
  }

  private int indexOf(Object key) {
    if (key instanceof String name) {
      int hash = name.hashCode();
      for (int i = 0; i < size; i++) {
        if (hashes[i] == hash && (keys[i] == name || keys[i].equals(name))) {
          return i;
        }
      }
    }
    return -1;
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
    return i < 0 ? null : values[i];
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    if (hashed != null) {
      return hashed.put(key, value);
    }
    int i = indexOf(key);
    if (i >= 0) {
      JsonNode old = values[i];
      values[i] = value;
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
    if (i >= 0 && values[i] != null) {
      return values[i];
    }
    if (i >= 0) {
      values[i] = value;
    } else {
      append(Objects.requireNonNull(key, "key"), value);
    }
    return null;
  }

  private void append(String key, JsonNode value) {
    if (size == ARRAYS) {
      hashed = new LinkedHashMap<>(ARRAYS * 4);
      for (int i = 0; i < size; i++) {
        hashed.put(keys[i], values[i]);
      }
      hashed.put(key, value);
      keys = null;
      hashes = null;
      values = null;
      size = 0;
      return;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, Math.min(ARRAYS, Math.max(4, size * 2)));
      hashes = Arrays.copyOf(hashes, keys.length);
      values = Arrays.copyOf(values, keys.length);
    }
    keys[size] = key;
    hashes[size] = key.hashCode();
    values[size++] = value;
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
    JsonNode old = values[i];
    removeAt(i);
    return old;
  }

  private void removeAt(int i) {
    System.arraycopy(keys, i + 1, keys, i, size - i - 1);
    System.arraycopy(hashes, i + 1, hashes, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    keys[size] = null;
    values[size] = null;
  }

  @Override
  public void clear() {
    hashed = null;
    keys = new String[4];
    hashes = new int[4];
    values = new JsonNode[4];
    size = 0;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
    if (hashed != null) {
      hashed.forEach(action);
      return;
    }
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], values[i]);
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
      this.key = keys[index];
      this.index = index;
    }

    @Override
    public String getKey() {
      return key;
    }

    @Override
    public JsonNode getValue() {
      return hashed == null && index < size && keys[index] == key ? values[index] : get(key);
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
