package io.dpds.lifecycle;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One decision of the lifecycle, as kept in the audit trail of its product: a gate and its verdict, a step and its
 * result, a compensation. Holds no secrets.
 *
 * @param at when the decision was taken
 * @param correlationId the publication or deployment it belongs to
 * @param product the product (its FQN without the major version: the same for all its versions)
 * @param version the product version
 * @param stage the stage of a deployment, or null
 * @param subject what was decided on: a gate ({@code gate:validation}, {@code gate:policies}...), a step id, or the
 *     publication or deployment itself
 * @param outcome the verdict: {@code passed}, {@code refused}, {@code succeeded}, {@code failed}, {@code retried},
 *     {@code compensated}, ...
 * @param reason why, for people
 * @param millis how long it took
 */
public record AuditEntry(Instant at, String correlationId, String product, String version, @Nullable String stage,
    String subject, String outcome, String reason, long millis) {}
