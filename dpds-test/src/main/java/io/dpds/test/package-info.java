/**
 * Test support for a host's own tests (a test-scope dependency): assertions on descriptors
 * ({@link io.dpds.test.DpdsAssertions}), and the test kits an adapter ({@link io.dpds.test.AdapterContract}) or a store
 * ({@link io.dpds.test.LifecycleStoreContract}) extends, with {@link io.dpds.test.RecordingAdapters} for tests of
 * orchestrators.
 */
@NullMarked
package io.dpds.test;

import org.jspecify.annotations.NullMarked;
