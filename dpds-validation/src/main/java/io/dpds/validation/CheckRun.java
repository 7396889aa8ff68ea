package io.dpds.validation;

import io.dpds.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks of one validation. The checks that look at objects one at a time ({@link ObjectCheck}) run side by
 * side, {@value #STRETCH} objects at a time, as the objects are listed ({@link ObjectWalk}), while those objects are
 * still in the processor's caches; every other check runs whole once every object is listed. Each check's findings are
 * kept apart and joined in the order of the checks, so the findings are those of running the checks one after the
 * other, in the same order. A check that throws becomes one
 * {@code validation.check-failed} finding and is not called again; what it found before stays.
 */
final class CheckRun {

  /** Objects per stretch: a few ports with their promises and definitions, well within a core's cache. */
  static final int STRETCH = 64;

  private final List<DescriptorCheck> checks;
  private final CheckContext context;
  private final List<List<Diagnostic>> found;
  private final ObjectCheck.Pass[] passes; // at a check's index; null for a whole check, or one that failed

  private CheckRun(List<DescriptorCheck> checks, CheckContext context) {
    this.checks = checks;
    this.context = context;
    this.found = new ArrayList<>(checks.size());
    this.passes = new ObjectCheck.Pass[checks.size()];
  }

  /** {@return the findings of {@code checks} on {@code context}, in the order of the checks} */
  static List<Diagnostic> run(List<DescriptorCheck> checks, CheckContext context) {
    return new CheckRun(checks, context).run();
  }

  private List<Diagnostic> run() {
    for (int k = 0; k < checks.size(); k++) {
      found.add(new ArrayList<>());
      if (checks.get(k) instanceof ObjectCheck objectCheck) {
        int index = k;
        call(k, () -> passes[index] = objectCheck.start(context));
      }
    }
    int[] done = {0};
    context.listObjects(STRETCH, end -> done[0] = stretch(done[0], end));
    stretch(done[0], context.listedSoFar().size());
    for (int k = 0; k < checks.size(); k++) {
      DescriptorCheck check = checks.get(k);
      if (!(check instanceof ObjectCheck)) {
        call(k, () -> check.check(context));
      }
    }
    for (int k = 0; k < passes.length; k++) {
      ObjectCheck.Pass pass = passes[k];
      if (pass != null) {
        call(k, pass::finish);
      }
    }
    int size = 0;
    for (List<Diagnostic> one : found) {
      size += one.size();
    }
    List<Diagnostic> all = new ArrayList<>(size);
    found.forEach(all::addAll);
    return all;
  }

  /** Runs every pass over the objects from {@code from} to {@code to} (excluded); {@return {@code to}} */
  private int stretch(int from, int to) {
    List<ObjectSite> objects = context.listedSoFar();
    for (int k = 0; k < passes.length && from < to; k++) {
      ObjectCheck.Pass pass = passes[k];
      if (pass != null) {
        call(k, () -> pass.visit(objects, from, to));
      }
    }
    return to;
  }

  /**
   * Runs a part of check {@code k} (the whole check, or its pass's start, stretch or finish), its findings going to the
   * check's own list; if the part throws, the check ends with the finding that it failed.
   */
  private void call(int k, Runnable part) {
    context.reportTo(found.get(k));
    try {
      part.run();
    } catch (RuntimeException | StackOverflowError e) {
      passes[k] = null;
      context.report(ValidationRules.CHECK_FAILED, "", checks.get(k).getClass().getName() + " failed: " + e);
    }
  }
}
