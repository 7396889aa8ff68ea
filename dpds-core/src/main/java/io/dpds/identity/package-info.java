/**
 * Identity: fully qualified names ({@link io.dpds.identity.Fqn}), versions and their order
 * ({@link io.dpds.identity.SemanticVersion}), id derivation ({@link io.dpds.identity.IdStrategy}), and the
 * {@link io.dpds.identity.Enricher} that derives the read-only fields (id, fullyQualifiedName, entityType) of a
 * descriptor into a new one.
 */
@NullMarked
package io.dpds.identity;

import org.jspecify.annotations.NullMarked;
