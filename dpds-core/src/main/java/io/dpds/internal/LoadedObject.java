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
 * <p>It may carry the model object bound from it as it was read. Binding reads every node of an object; done as the
 * reader completes the object, those reads find the nodes in the processor's caches, where done later they go to memory
 * for a large descriptor. The model's lists take the object instead of binding the node again, so it must be what
 * binding the node would give, and the node must never change afterwards.
 *
 * <p>One interface for both, not one each: on JDK 17 a class tested against two interfaces in turn rewrites its
 * one-entry cache of the last interface found at each test, and two threads binding at once then contend for it (one
 * validator shared by two threads scaled 1.34 times instead of 1.63 at 500 ports with two).
 *
 * <p>Not part of the API: may change without notice.
 */
public interface LoadedObject {

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
