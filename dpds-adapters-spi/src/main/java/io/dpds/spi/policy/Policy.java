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

  /** A stable id, e.g. {@code acme.owner-is-a-team}. */
  String id();

  /** What the policy asks, in one sentence. */
  String description();

  /** How to meet it. */
  default String hint() {
    return "";
  }

  /** Whether failing it blocks the event (otherwise it is advisory). */
  boolean blocking();

  /** The events it applies to; empty for all. */
  Set<PolicyEvent> events();

  /** The places where {@code input} does not meet the policy; empty when it does. */
  List<PolicyViolation> evaluate(PolicyInput input);
}
