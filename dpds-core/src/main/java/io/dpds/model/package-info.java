/**
 * The typed model of a DPDS 1.0.0 descriptor: {@link io.dpds.model.DataProductDescriptor} and the objects it is made
 * of (info, ports, components, standard definitions, lifecycle tasks). Every object is an immutable view of its JSON
 * that loses nothing: unknown fields and {@code x-} extensions are kept and handed out as copies. Public: the model
 * types and their builders; {@code ModelJson} binds JSON to them and is public for the writer and the loader only.
 */
@NullMarked
package io.dpds.model;

import org.jspecify.annotations.NullMarked;
