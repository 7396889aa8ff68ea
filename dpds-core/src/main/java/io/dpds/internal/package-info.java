/**
 * Implementation details shared by the packages of dpds-core and the validation: the YAML 1.2 core schema the reader
 * and the writer use, what an object node of a load offers the model and the JSON Schema pass (its members by position,
 * and the model object bound from it as it was read), and the index of a few names both look each member up in. Public
 * only because several packages share each; not an API.
 */
@NullMarked
package io.dpds.internal;

import org.jspecify.annotations.NullMarked;
