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
      start(k);
    }
    List<ObjectSite> objects = context.objects();
    for (int from = 0; from < objects.size(); from += STRETCH) {
      int to = Math.min(objects.size(), from + STRETCH);
      for (int k = 0; k < passes.length; k++) {
        if (passes[k] != null) {
          visit(k, objects, from, to);
        }
      }
    }
    for (int k = 0; k < passes.length; k++) {
      if (passes[k] != null) {
        finish(k);
      }
    }
    List<Diagnostic> all = new ArrayList<>();
    found.forEach(all::addAll);
    return all;
  }

  /** Runs check {@code k} whole, or starts its pass. */
  private void start(int k) {
    context.reportTo(found.get(k));
    DescriptorCheck check = checks.get(k);
    try {
      if (check instanceof ObjectCheck objectCheck) {
        passes[k] = objectCheck.start(context);
      } else {
        check.check(context);
      }
    } catch (RuntimeException | StackOverflowError e) {
      failed(k, e);
    }
  }

  private void visit(int k, List<ObjectSite> objects, int from, int to) {
    context.reportTo(found.get(k));
    try {
      passes[k].visit(objects, from, to);
    } catch (RuntimeException | StackOverflowError e) {
      failed(k, e);
    }
  }

  private void finish(int k) {
    context.reportTo(found.get(k));
    try {
      passes[k].finish();
    } catch (RuntimeException | StackOverflowError e) {
      failed(k, e);
    }
  }

  /** Ends check {@code k} with the finding that it failed. */
  private void failed(int k, Throwable e) {
    passes[k] = null;
    context.report(ValidationRules.CHECK_FAILED, "", checks.get(k).getClass().getName() + " failed: " + e);
  }
}
