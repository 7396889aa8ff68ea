/**
 * The typed model of a DPDS 1.0.0 descriptor: {@link io.dpds.model.DataProductDescriptor} and the objects it is made
 * of (info, ports, components, standard definitions, lifecycle tasks). Every object is an immutable view of its JSON
 * that loses nothing: unknown fields and {@code x-} extensions are kept and handed out as copies. The objects of a list
 * (ports, components, tasks) are bound from their JSON when first read, once; a model may be shared between threads.
 * Public: the model types and their builders; {@code ModelJson} binds JSON to them and is public for the writer and
 * the loader only.
 */
@NullMarked
package io.dpds.model;

import org.jspecify.annotations.NullMarked;
