package io.dpds.internal;

import java.util.List;

/**
 * The position of each of a few names, fixed once made: what binding and the JSON Schema pass look up for every member
 * of every object they read. A name is found in one probe of an open-addressed table for most names, where a
 * {@link java.util.HashMap} reads an entry and a boxed value besides. Names are compared by reference, then by value:
 * a parser interns the keys it reads, so an index of interned names finds a member's name by reference.
 *
 * <p>Immutable and thread-safe. Not part of the API: may change without notice.
 */
public final class NameIndex {

  private final String[] slots; // a power of two, at least twice as many as the names, so a probe meets a free slot
  private final int[] positions;

  /**
   * Indexes {@code names}, the first of two equal names keeping its position.
   *
   * @param names the names, each at its position
   */
  public NameIndex(List<String> names) {
    int length = Integer.highestOneBit(Math.max(1, names.size()) * 4 - 1);
    slots = new String[length];
    positions = new int[length];
    for (int position = 0; position < names.size(); position++) {
      String name = names.get(position);
      int slot = first(name.hashCode());
      while (slots[slot] != null && !slots[slot].equals(name)) {
        slot = next(slot);
      }
      if (slots[slot] == null) {
        slots[slot] = name;
        positions[slot] = position;
      }
    }
  }

  /**
   * {@return the position of {@code name}, or -1 when it is not one of the names}
   *
   * @param name any name
   */
  public int of(String name) {
    int hash = name.hashCode();
    for (int slot = first(hash); ; slot = next(slot)) {
      String known = slots[slot];
      if (known == name) {
        return positions[slot];
      }
      if (known == null) {
        return -1;
      }
      if (known.hashCode() == hash && known.equals(name)) {
        return positions[slot];
      }
    }
  }

  private int first(int hash) {
    return (hash ^ hash >>> 16) & (slots.length - 1);
  }

  private int next(int slot) {
    return (slot + 1) & (slots.length - 1);
  }
}
