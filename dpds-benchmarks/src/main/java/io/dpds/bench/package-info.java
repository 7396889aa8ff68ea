/**
 * JMH benchmarks; every result is reported as a ratio to a Jackson baseline of the same bytes measured in the same
 * run ({@link io.dpds.bench.BenchmarkReport}).
 */
@NullMarked
package io.dpds.bench;

import org.jspecify.annotations.NullMarked;
