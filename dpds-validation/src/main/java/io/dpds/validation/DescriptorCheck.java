package io.dpds.validation;

import io.dpds.report.Rule;
import java.util.List;

/**
 * One group of checks over a loaded descriptor. The validator's own checks implement it, and so can a host's: register
 * an instance on {@link DescriptorValidator.Builder#check} or list the class in
 * {@code META-INF/services/io.dpds.validation.DescriptorCheck} and call
 * {@link DescriptorValidator.Builder#discoverChecks}.
 *
 * <p>Contract: {@link #check} reports findings through the context only, for rules listed by {@link #rules()}; it does
 * not modify the descriptor; it may be called from several threads at once, each with its own context. An exception
 * it throws becomes one {@code validation.check-failed} finding; the other checks still run.
 */
public interface DescriptorCheck {

  /** {@return the rules this check reports, each with a stable id; they appear in the rule catalogue} */
  List<Rule> rules();

  /**
   * Checks the descriptor in {@code context} and reports what it finds there.
   *
   * @param context the descriptor, its source map and where findings go
   */
  void check(CheckContext context);
}
