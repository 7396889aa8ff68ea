package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.internal.LoadedObject;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of DPDS objects of one shape, each bound from its JSON object when first read, unless the reader
 * bound it as it read the object ({@link LoadedObject}). A validation reads a descriptor's objects a few at a time, so
 * each is bound while its nodes are still in the processor's caches, with the checks that read it next, instead of in
 * a walk of the whole tree of its own; binding one, it reads the next one's nodes ahead when that node kept them
 * ({@link LoadedObject#readAhead}), so they are in the caches too when the next one is bound. Each element is one
 * object for good: threads that read it first at the same time may each bind it, and all get the one published first.
 */
final class ObjectList extends AbstractList<Object> implements RandomAccess {

  private static final VarHandle BOUND = MethodHandles.arrayElementVarHandle(Object[].class);

  private final Shape<?> shape;
  private final JsonNode[] nodes; // JSON objects, shared with the tree they were read from (never modified)
  private final Object[] bound; // each element once bound, else null
  private int readAhead; // what reading ahead counted, kept so that the reads are not left out as useless

  private ObjectList(Shape<?> shape, JsonNode[] nodes, Object[] bound) {
    this.shape = shape;
    this.nodes = nodes;
    this.bound = bound;
  }

  /**
   * {@return the objects of {@code array}, to be bound as {@code shape}; null when an item is not a JSON object} An
   * item the reader bound as {@code shape} is taken as it is.
   */
  static @Nullable ObjectList of(Shape<?> shape, JsonNode array) {
    JsonNode[] nodes = new JsonNode[array.size()];
    Object[] bound = new Object[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = array.get(i);
      if (!nodes[i].isObject()) {
        return null;
      }
      if (nodes[i] instanceof LoadedObject read && read.earlyBound() instanceof DpdsObject object
          && object.shape() == shape) {
        bound[i] = object;
      }
    }
    return new ObjectList(shape, nodes, bound);
  }

  @Override
  public Object get(int index) {
    Object object = BOUND.getAcquire(bound, index);
    if (object != null) {
      return object;
    }
    if (index + 1 < nodes.length && nodes[index + 1] instanceof LoadedObject next) {
      readAhead += next.readAhead(); // the next object is likely bound next: into the caches while this one binds
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
