package io.dpds.validation;

import java.util.List;

/**
 * A check that looks at the descriptor's objects one at a time, in document order, and may keep what it learns from
 * one object for the next. The validator runs its checks of this kind side by side over short stretches of objects
 * ({@link CheckRun}), so each stretch is read from memory once for all of them: on a large descriptor, a pass of its own
 * per check found nothing of the tree left in the processor's caches.
 *
 * <p>Run alone, through {@link #check}, it makes the same findings in the same order.
 */
interface ObjectCheck extends DescriptorCheck {

  /**
   * {@return one validation's pass of this check: {@link Pass#visit} is called for consecutive stretches of the
   * objects, in order, then {@link Pass#finish}}
   *
   * @param context the validation
   */
  Pass start(CheckContext context);

  @Override
  default void check(CheckContext context) {
    Pass pass = start(context);
    pass.visit(context.objects(), 0, context.objects().size());
    pass.finish();
  }

  /**
   * One validation's pass; used by one thread. Each pass loops over a stretch itself, so that its call for each object
   * is its own, not one call site shared by every check.
   */
  interface Pass {

    /**
     * Looks at the objects from {@code from} to {@code to} (excluded), in order.
     *
     * @param objects {@link CheckContext#objects()}
     * @param from the index of the first object of the stretch
     * @param to the index after its last
     */
    void visit(List<ObjectSite> objects, int from, int to);

    /** Ends the pass after the last object: what needs every object is checked here. */
    default void finish() {}
  }
}
