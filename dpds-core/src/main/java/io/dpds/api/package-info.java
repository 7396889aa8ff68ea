/**
 * A port's API as the judges read it: {@link io.dpds.api.Api} (the definition, inline, referenced or behind an
 * {@code $href}, and its payload schemas) and {@link io.dpds.api.ApiNode} (a node of the definition or of a document
 * it refers to, with its location and the means to follow its own {@code $ref}s). Documents are read through
 * {@link io.dpds.load.ResolvedDescriptor#read}, so once per descriptor under the load's rules, whoever asks:
 * validation, compatibility, policies and the registry.
 */
@NullMarked
package io.dpds.api;

import org.jspecify.annotations.NullMarked;
