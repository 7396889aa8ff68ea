/**
 * The governance policy contract: what a policy judges ({@link io.dpds.spi.policy.PolicyInput}), what it answers
 * ({@link io.dpds.spi.policy.PolicyResult}), Java policies ({@link io.dpds.spi.policy.Policy}) and the services that
 * evaluate them ({@link io.dpds.spi.policy.PolicyService}).
 */
@NullMarked
package io.dpds.spi.policy;

import org.jspecify.annotations.NullMarked;
