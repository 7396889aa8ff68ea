package io.dpds.internal;

import org.jspecify.annotations.Nullable;

/**
 * A JSON object node that may carry the model object bound from it as it was read. Binding reads every node of an
 * object; done as the reader completes the object, those reads find the nodes in the processor's caches, where done
 * later they go to memory for a large descriptor. The model's lists take the object instead of binding the node again,
 * so it must be what binding the node would give, and the node must never change afterwards.
 *
 * <p>Not part of the API: may change without notice.
 */
public interface EarlyBound {

  /** {@return the model object bound from this node as it was read, or null when none was} */
  @Nullable Object earlyBound();
}
