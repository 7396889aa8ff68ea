/**
 * The built-in {@link io.dpds.spi.store.LifecycleStore}s: {@link io.dpds.lifecycle.store.InMemoryStore} and the
 * crash-safe folder store {@link io.dpds.lifecycle.store.FileStore}.
 */
@NullMarked
package io.dpds.lifecycle.store;

import org.jspecify.annotations.NullMarked;
