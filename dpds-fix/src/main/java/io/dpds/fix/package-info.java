/**
 * {@code dpds fix}: the mechanical way from a real-world descriptor to valid DPDS 1.0.0.
 * {@link io.dpds.fix.DescriptorFixer} fixes every finding of a fixable rule by editing its document in place, keeping
 * how it was written, and returns the changed documents ({@link io.dpds.fix.DocumentChange}, with their unified diffs),
 * the fixes ({@link io.dpds.fix.Fix}) and what a person must decide ({@link io.dpds.fix.Undecided}).
 */
@NullMarked
package io.dpds.fix;

import org.jspecify.annotations.NullMarked;
