/**
 * Implementation details shared by the packages of dpds-core: the YAML 1.2 core schema the reader and the writer use,
 * and what an object node of a load offers the model: its members by position and the model object bound from it as it
 * was read. Public only because two packages share each; not an API.
 */
@NullMarked
package io.dpds.internal;

import org.jspecify.annotations.NullMarked;
