package io.dpds.validation;

import io.dpds.report.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks of one validation. The checks that look at objects one at a time ({@link ObjectCheck}) run side by
 * side, {@value #STRETCH} objects at a time, while those objects are still in the processor's caches; every other check
 * runs whole. Each check's findings are kept apart and joined in the order of the checks, so the findings are those of
 * running the checks one after the other, in the same order. A check that throws becomes one
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
      DescriptorCheck check = checks.get(k);
      int index = k;
      call(k, check instanceof ObjectCheck objectCheck
          ? () -> passes[index] = objectCheck.start(context)
          : () -> check.check(context));
    }
    List<ObjectSite> objects = context.objects();
    for (int from = 0; from < objects.size(); from += STRETCH) {
      int first = from;
      int end = Math.min(objects.size(), from + STRETCH);
      for (int k = 0; k < passes.length; k++) {
        ObjectCheck.Pass pass = passes[k];
        if (pass != null) {
          call(k, () -> pass.visit(objects, first, end));
        }
      }
    }
    for (int k = 0; k < passes.length; k++) {
      ObjectCheck.Pass pass = passes[k];
      if (pass != null) {
        call(k, pass::finish);
      }
    }
    List<Diagnostic> all = new ArrayList<>();
    found.forEach(all::addAll);
    return all;
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
