package io.dpds.spi.policy;

import java.util.List;
import java.util.Set;

/**
 * One governance policy written in Java. Policies are found by {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.dpds.spi.policy.Policy}) or registered on a policy engine's builder, and run with the
 * declarative ones, reported the same way.
 *
 * <p>Implementations must be thread-safe and must not modify the input. An exception thrown by {@link #evaluate} is
 * reported as a violation of the policy, never swallowed.
 */
public interface Policy {

  /** {@return a stable id, e.g. {@code acme.owner-is-a-team}} */
  String id();

  /** {@return what the policy asks, in one sentence} */
  String description();

  /** {@return how to meet it} */
  default String hint() {
    return "";
  }

  /** {@return whether failing it blocks the event (otherwise it is advisory)} */
  boolean blocking();

  /** {@return the events it applies to; empty for all} */
  Set<PolicyEvent> events();

  /**
   * {@return the places where {@code input} does not meet the policy; empty when it does}
   *
   * @param input the event and the states the policy judges
   */
  List<PolicyViolation> evaluate(PolicyInput input);
}
