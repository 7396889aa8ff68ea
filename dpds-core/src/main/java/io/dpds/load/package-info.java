/**
 * Reading descriptors: {@link io.dpds.load.DescriptorLoader} reads JSON or YAML documents through
 * {@link io.dpds.load.ResourceLoader}s under limits and a root folder, follows DPDS {@code $ref}s where the spec allows
 * them, and returns a {@link io.dpds.load.LoadResult}: the {@link io.dpds.load.ResolvedDescriptor} (one tree, the
 * model, the source map of every node, and the documents its API definitions refer to, read once) and diagnostics.
 * {@link io.dpds.load.Pointers} is the one place JSON pointers are escaped. Public: the loader, its results, resource
 * loaders and limits; parsing and resolution are package-private.
 */
@NullMarked
package io.dpds.load;

import org.jspecify.annotations.NullMarked;
