package io.dpds.load;

import java.util.Arrays;

/**
 * The nodes a reader makes while it reads a port that keeps them to be read ahead ({@link ParseContext#readsAhead}),
 * in the order it makes them. One per reading of a document; ports do not nest, so one port at a time.
 */
final class AheadNodes {

  private Object[] nodes;
  private int count = -1; // -1 while not in such a port

  /** {@return whether a port that keeps its nodes is being read} */
  boolean active() {
    return count >= 0;
  }

  /** Starts keeping the nodes of a port. */
  void start() {
    if (nodes == null) {
      nodes = new Object[256];
    }
    count = 0;
  }

  /** Keeps {@code node}, just made; only while {@link #active}. */
  void add(Object node) {
    if (count == nodes.length) {
      nodes = Arrays.copyOf(nodes, count * 2);
    }
    nodes[count++] = node;
  }

  /** {@return the nodes kept since {@link #start}, in order} Stops keeping them. */
  Object[] finish() {
    Object[] kept = Arrays.copyOf(nodes, count);
    count = -1;
    return kept;
  }
}
