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
   * {@return one validation's pass of this check: {@link Pass#visit} is called for each object in order, then
   * {@link Pass#finish}}
   *
   * @param context the validation
   */
  Pass start(CheckContext context);

  @Override
  default void check(CheckContext context) {
    Pass pass = start(context);
    List<ObjectSite> objects = context.objects();
    for (int i = 0; i < objects.size(); i++) {
      pass.visit(i, objects.get(i));
    }
    pass.finish();
  }

  /** One validation's pass; used by one thread. */
  interface Pass {

    /**
     * Looks at one object.
     *
     * @param index its index in {@link CheckContext#objects()}
     * @param site the object
     */
    void visit(int index, ObjectSite site);

    /** Ends the pass after the last object: what needs every object is checked here. */
    default void finish() {}
  }
}
