/**
 * The lifecycle's durable state as a contract a host can implement: {@link io.dpds.spi.store.LifecycleStore}
 * (records with revisions and compare-and-set, append-only logs) and its {@link io.dpds.spi.store.StoreException}. The
 * lifecycle ships an in-memory and a folder store; {@code io.dpds.test.LifecycleStoreContract} in dpds-test checks any
 * other against the contract.
 */
@NullMarked
package io.dpds.spi.store;

import org.jspecify.annotations.NullMarked;
