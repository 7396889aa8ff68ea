/**
 * Governance policies: {@link io.dpds.policy.PolicyEngine} (a {@code PolicyService}) runs declarative policy files
 * ({@link io.dpds.policy.PolicyFiles}, format in {@code docs/policies.md}), the built-in pack and Java policies over a
 * descriptor and its APIs, and returns a {@link io.dpds.policy.PolicyReport} whose violations are diagnostics. Public:
 * the engine, policy files, the report, the rule table and the module's {@link io.dpds.report.RuleSet}; the compiler
 * and the evaluation of assertions are package-private.
 */
@NullMarked
package io.dpds.policy;

import org.jspecify.annotations.NullMarked;
