package io.dpds.load;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The names a thread's {@link JsonScanner} has read, interned, found again from their bytes without making a string:
 * descriptors repeat a few dozen names many times, and a large one has thousands of its own (channels, fields). A name
 * is known by its length and its first and last eight bytes (which overlap, or are all of it, up to 16 bytes); a
 * longer one keeps its bytes to compare the rest. Names beyond ASCII or with escapes are not kept, nor names longer
 * than {@value #LONGEST_KEPT} bytes, so that what a thread keeps between documents stays small whatever they hold.
 * The table starts small and doubles up to {@value #KEPT_NAMES} names; past that, it forgets them all and starts
 * again. A name is looked for in {@value #MAX_PROBES} slots at most, and not kept when they are all taken: names
 * written to share their slot (the same length and ends, the middle differing) would otherwise make each lookup
 * search every one of them before it, and a document of such names cost its size squared. One per thread.
 */
final class NameTable {
  static final ThreadLocal<NameTable> KEPT = ThreadLocal.withInitial(NameTable::new);
  static final int KEPT_NAMES = 8_192;
  static final int LONGEST_KEPT = 256;
  private static final int FIRST_SLOTS = 512; // a power of two, as every size of the table
  private static final int KNOWN_BY_ENDS = 2 * Long.BYTES;
  /** Slots a lookup reads at most: at most half the slots are taken, so honest names rarely need more than two. */
  static final int MAX_PROBES = 16;

  private long[] ends; // per slot, the name's first and last eight bytes
  private int[] lengths; // per slot, the name's length plus one; 0 when the slot is free
  private String[] strings;
  private byte[][] longNames; // the bytes of names longer than KNOWN_BY_ENDS
  private int count;

  NameTable() {
    allocate(FIRST_SLOTS);
  }

  /** {@return the name of the ASCII bytes {@code b[from, to)}, which a byte follows} */
  String of(byte[] b, int from, int to) {
    int length = to - from;
    if (length > LONGEST_KEPT) {
      return new String(b, from, length, ISO_8859_1).intern();
    }
    long first = firstBytes(b, from, length);
    long last = length > Long.BYTES ? (long) JsonScanner.EIGHT_BYTES.get(b, to - Long.BYTES) : 0;
    int slot = slot(first, last, length);
    for (int mask = lengths.length - 1, probes = 1; lengths[slot] != 0; slot = (slot + 1) & mask, probes++) {
      if (lengths[slot] == length + 1 && ends[2 * slot] == first && ends[2 * slot + 1] == last
          && (length <= KNOWN_BY_ENDS || Arrays.equals(longNames[slot], 0, length, b, from, to))) {
        return strings[slot];
      }
      if (probes == MAX_PROBES) {
        return new String(b, from, length, ISO_8859_1).intern(); // a crowded run: the name is not kept
      }
    }
    String name = new String(b, from, length, ISO_8859_1).intern();
    if (count == KEPT_NAMES) {
      allocate(FIRST_SLOTS);
      count = 0;
      return name; // kept from the next time on
    }
    if (2 * ++count > lengths.length) {
      grow();
      slot = free(slot(first, last, length));
    }
    keep(slot, first, last, name, length > KNOWN_BY_ENDS ? Arrays.copyOfRange(b, from, to) : null);
    return name;
  }

  /**
   * {@return the first slot of a name} Every bit of its ends moves the slot: a product's bits depend only on the
   * factors' bits at or below them, so the high half is folded into the low one before and after each product (names
   * often differ only in their last bytes, the high ones of a little-endian word: {@code topic.1}, {@code topic.2}).
   */
  private int slot(long first, long last, int length) {
    long mixed = first ^ Long.rotateLeft(last, 29) ^ length;
    mixed = (mixed ^ mixed >>> 32) * 0x9e37_79b9_7f4a_7c15L;
    mixed = (mixed ^ mixed >>> 29) * 0xc2b2_ae3d_27d4_eb4fL;
    return (int) (mixed ^ mixed >>> 32) & (lengths.length - 1);
  }

  private int free(int slot) {
    while (lengths[slot] != 0) {
      slot = (slot + 1) & (lengths.length - 1);
    }
    return slot;
  }

  private void keep(int slot, long first, long last, String name, byte @Nullable [] longName) {
    ends[2 * slot] = first;
    ends[2 * slot + 1] = last;
    lengths[slot] = name.length() + 1;
    strings[slot] = name;
    longNames[slot] = longName;
  }

  /** Doubles the table, keeping its names. */
  private void grow() {
    long[] oldEnds = ends;
    String[] oldStrings = strings;
    byte[][] oldLongNames = longNames;
    allocate(2 * oldStrings.length);
    for (int k = 0; k < oldStrings.length; k++) {
      String name = oldStrings[k];
      if (name != null) {
        keep(free(slot(oldEnds[2 * k], oldEnds[2 * k + 1], name.length())), oldEnds[2 * k], oldEnds[2 * k + 1],
            name, oldLongNames[k]);
      }
    }
  }

  /** {@return how many names the table keeps} */
  int kept() {
    return count;
  }

  /** Makes the table empty, of {@code slots} slots. */
  private void allocate(int slots) {
    ends = new long[2 * slots];
    lengths = new int[slots];
    strings = new String[slots];
    longNames = new byte[slots][];
  }

  /** {@return the first eight bytes of {@code b[from, from + length)}, or all of them and zeros after} */
  private static long firstBytes(byte[] b, int from, int length) {
    if (length >= Long.BYTES) {
      return (long) JsonScanner.EIGHT_BYTES.get(b, from);
    }
    if (from + Long.BYTES <= b.length) {
      return (long) JsonScanner.EIGHT_BYTES.get(b, from) & (1L << Byte.SIZE * length) - 1;
    }
    long bytes = 0;
    for (int i = from + length - 1; i >= from; i--) {
      bytes = bytes << Byte.SIZE | b[i] & 0xff;
    }
    return bytes;
  }
}
