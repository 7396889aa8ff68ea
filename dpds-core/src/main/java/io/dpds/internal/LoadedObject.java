package io.dpds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object node of a load, which the model binds faster than any other object node.
 *
 * <p>Its members can be read by their position, in their order, without an iterator or an entry object for each:
 * binding reads every member of every object it binds, and Jackson 2.15 offers nothing lighter than
 * {@link JsonNode#fields()}.
 *
 * <p>It may keep the nodes it was read into, to be read ahead ({@link #readAhead}).
 *
 * <p>It may carry the model object bound from it as it was read. Binding reads every node of an object; done as the
 * reader completes the object, those reads find the nodes in the processor's caches, where done later they go to memory
 * for a large descriptor. The model's lists take the object instead of binding the node again, so it must be what
 * binding the node would give, and the node must never change afterwards.
 *
 * <p>One interface for all of it, not one each: on JDK 17 a class tested against two interfaces in turn rewrites its
 * one-entry cache of the last interface found at each test, and two threads binding at once then contend for it (one
 * validator shared by two threads scaled 1.34 times instead of 1.63 at 500 ports with two).
 *
 * <p>Not part of the API: may change without notice.
 */
public interface LoadedObject {

  /**
   * Reads the nodes this node was read into, if it kept them (see {@link
   * io.dpds.load.DescriptorLoader.Builder#readAheadPorts}), and drops them: they are then in the processor's caches for
   * whoever reads this node's tree next. The nodes are kept in the order the reader made them, which is their order in
   * memory, and each read is independent of the others, so the processor fetches them side by side; reading the tree
   * from its root would wait for each node before it could find the next. Safe to call from several threads at once.
   *
   * @return how many of the nodes hold text: a figure only the reads give, which keeps them from being left out as
   *     useless; 0 when the node kept none, or has given them up
   */
  default int readAhead() {
    return 0;
  }

  /** {@return the model object bound from this node as it was read, or null when none was} */
  @Nullable Object earlyBound();

  /**
   * {@return how many members {@link #memberName} and {@link #memberValue} read, or -1 when the members must be read
   * through {@link JsonNode#fields()}} Valid until the node changes, which a node of a load never does.
   */
  int indexedCount();

  /**
   * {@return the name of member {@code i}}
   *
   * @param i the member's position, from 0 to {@link #indexedCount()} (excluded)
   */
  String memberName(int i);

  /**
   * {@return the value of member {@code i}}
   *
   * @param i the member's position, from 0 to {@link #indexedCount()} (excluded)
   */
  JsonNode memberValue(int i);
}
