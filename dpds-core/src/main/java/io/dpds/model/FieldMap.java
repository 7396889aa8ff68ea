package io.dpds.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The properties of one DPDS object: an immutable map in the order the properties were written, held as two arrays
 * and searched in order. A DPDS object has a handful of properties whose names Jackson interns, so a lookup is a few
 * reference comparisons, with no table and no entry objects; a 64-bit mask with one bit per name, chosen by the
 * name's hash (which strings cache), answers most lookups of an absent property without reading the arrays. Objects
 * with more than {@value #ARRAYS} properties get an ordinary hash map. Equality and hash code are those of every
 * {@link Map}.
 */
final class FieldMap extends AbstractMap<String, Object> {

  static final int ARRAYS = 16;

  private final String[] keys;
  private final Object[] values;
  private final boolean onlySpecFields;
  private final long keyBits; // a bit per key, chosen by its hash: a key whose bit is clear is not here

  private FieldMap(String[] keys, Object[] values, boolean onlySpecFields) {
    this.keys = keys;
    this.values = values;
    this.onlySpecFields = onlySpecFields;
    long bits = 0;
    for (String key : keys) {
      bits |= bit(key.hashCode());
    }
    this.keyBits = bits;
  }

  /** The bit of {@link #keyBits} that stands for keys of hash {@code hash}. */
  private static long bit(int hash) {
    return 1L << (hash ^ (hash >>> 6) ^ (hash >>> 12)); // a shift of a long reads the low six bits only
  }

  /** {@return whether {@code properties} is known to hold nothing but DPDS 1.0.0 fixed fields of its object} */
  static boolean onlySpecFields(Map<String, Object> properties) {
    return properties instanceof FieldMap map && map.onlySpecFields;
  }

  /**
   * {@return an immutable copy of {@code properties}, in their order}
   *
   * @param properties names without duplicates (any map's keys) and their values, none null
   */
  static Map<String, Object> copyOf(Map<String, Object> properties) {
    Builder copy = new Builder(properties.size());
    properties.forEach(copy::add);
    return copy.build();
  }

  /** A builder of one object's properties, added in order with distinct names; extended by the binder. */
  static class Builder {
    private String[] keys;
    private Object[] values;
    private int size;

    Builder(int expected) {
      keys = new String[Math.min(expected, ARRAYS + 1)];
      values = new Object[keys.length];
    }

    void add(String key, Object value) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2 + 1);
        values = Arrays.copyOf(values, keys.length);
      }
      keys[size] = key;
      values[size++] = value;
    }

    Map<String, Object> build() {
      return build(false);
    }

    /** As {@link #build()}, for properties that are all fixed fields of their object when {@code onlySpecFields}. */
    Map<String, Object> build(boolean onlySpecFields) {
      if (size > ARRAYS) {
        Map<String, Object> map = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
          map.put(keys[i], values[i]);
        }
        return Collections.unmodifiableMap(map);
      }
      return new FieldMap(size == keys.length ? keys : Arrays.copyOf(keys, size),
          size == values.length ? values : Arrays.copyOf(values, size), onlySpecFields);
    }
  }

  private int indexOf(Object key) {
    if (!(key instanceof String name) || (keyBits & bit(name.hashCode())) == 0) {
      return -1; // most lookups of an absent property (an optional field) end here
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == key) {
        return i;
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Object get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    for (int i = 0; i < keys.length; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return keys.length;
      }
    };
  }
}
