package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of DPDS objects of one shape, each bound from its JSON object when first read. A validation reads
 * a descriptor's objects a few at a time, so each is bound while its nodes are still in the processor's caches, with
 * the checks that read it next, instead of in a walk of the whole tree of its own. Each element is one object for
 * good: threads that read it first at the same time may each bind it, and all get the one published first.
 */
final class ObjectList extends AbstractList<Object> implements RandomAccess {

  private static final VarHandle BOUND = MethodHandles.arrayElementVarHandle(Object[].class);

  private final Shape<?> shape;
  private final JsonNode[] nodes; // JSON objects, shared with the tree they were read from (never modified)
  private final Object[] bound; // each element once bound, else null

  private ObjectList(Shape<?> shape, JsonNode[] nodes) {
    this.shape = shape;
    this.nodes = nodes;
    this.bound = new Object[nodes.length];
  }

  /** {@return the objects of {@code array}, to be bound as {@code shape}; null when an item is not a JSON object} */
  static @Nullable ObjectList of(Shape<?> shape, JsonNode array) {
    JsonNode[] nodes = new JsonNode[array.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = array.get(i);
      if (!nodes[i].isObject()) {
        return null;
      }
    }
    return new ObjectList(shape, nodes);
  }

  @Override
  public Object get(int index) {
    Object object = BOUND.getAcquire(bound, index);
    if (object != null) {
      return object;
    }
    Object made = shape.bind(nodes[index]);
    Object first = BOUND.compareAndExchangeRelease(bound, index, null, made);
    return first == null ? made : first;
  }

  @Override
  public int size() {
    return nodes.length;
  }
}
