/**
 * Implementation details shared by the packages of dpds-core: the YAML 1.2 core schema the reader and the writer use,
 * the model object a reader keeps on a node it bound as it read it, which the model takes, and the members of a node of
 * a load read by position, which binding reads. Public only because two packages share each; not an API.
 */
@NullMarked
package io.dpds.internal;

import org.jspecify.annotations.NullMarked;
