package io.dpds.validation;

import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks of a validator, one validation at a time. The checks that look at objects one at a time ({@link
 * ObjectCheck}) run side by side, {@value #STRETCH} objects at a time, as the objects are listed ({@link ObjectWalk}),
 * while those objects are still in the processor's caches; every other check runs whole once every object is listed.
 * Each check's findings are kept apart and joined in the order of the checks, so the findings are those of running the
 * checks one after the other, in the same order. A check that throws becomes one {@code validation.check-failed}
 * finding and is not called again in that validation; what it found before stays.
 *
 * <p>Which checks look at objects is decided once, when the run is made: asked at every validation, the JVM's type
 * checks of a check's class against its two interfaces in turn rewrote the class's cache of the last one found, twice
 * a check (2 % of a validation of one port). Thread-safe: each validation keeps its state apart.
 */
final class CheckRun {

  /** Objects per stretch: a few ports with their promises and definitions, well within a core's cache. */
  static final int STRETCH = 64;

  private final List<DescriptorCheck> checks;
  private final ObjectCheck[] objectChecks; // at a check's index; null for a whole check

  /** A run of {@code checks}, in this order. */
  CheckRun(List<DescriptorCheck> checks) {
    this.checks = List.copyOf(checks);
    this.objectChecks = new ObjectCheck[checks.size()];
    for (int k = 0; k < objectChecks.length; k++) {
      if (this.checks.get(k) instanceof ObjectCheck objectCheck) {
        objectChecks[k] = objectCheck;
      }
    }
  }

  /** {@return the findings of the checks on {@code context}, in the order of the checks} */
  List<Diagnostic> run(CheckContext context) {
    return new Validation(context).run();
  }

  /**
   * {@return the findings of the checks on {@code context}, in the order of the checks} Adds those of {@code rule} to
   * {@code ofRule} too, read only from the checks that list it among their rules (none reports another, see {@link
   * DescriptorCheck}): a caller looking for a rare rule does not read every finding again.
   */
  List<Diagnostic> run(CheckContext context, Rule rule, List<Diagnostic> ofRule) {
    Validation validation = new Validation(context);
    List<Diagnostic> all = validation.run();
    for (int k = 0; k < checks.size(); k++) {
      if (checks.get(k).rules().contains(rule)) {
        for (Diagnostic finding : validation.found.get(k)) {
          if (finding.ruleId().equals(rule.id())) {
            ofRule.add(finding);
          }
        }
      }
    }
    return all;
  }

  /** One validation's run of the checks. */
  private final class Validation {
    private final CheckContext context;
    private final List<List<Diagnostic>> found;
    private final ObjectCheck.Pass[] passes; // at a check's index; null for a whole check, or one that failed

    Validation(CheckContext context) {
      this.context = context;
      this.found = new ArrayList<>(checks.size());
      this.passes = new ObjectCheck.Pass[checks.size()];
    }

    List<Diagnostic> run() {
      for (int k = 0; k < objectChecks.length; k++) {
        found.add(new ArrayList<>());
        ObjectCheck objectCheck = objectChecks[k];
        if (objectCheck != null) {
          int index = k;
          call(k, () -> passes[index] = objectCheck.start(context));
        }
      }
      int[] done = {0};
      context.listObjects(STRETCH, end -> done[0] = stretch(done[0], end));
      stretch(done[0], context.listedSoFar().size());
      for (int k = 0; k < objectChecks.length; k++) {
        if (objectChecks[k] == null) {
          DescriptorCheck check = checks.get(k);
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
     * Runs a part of check {@code k} (the whole check, or its pass's start, stretch or finish), its findings going to
     * the check's own list; if the part throws, the check ends with the finding that it failed.
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
}
