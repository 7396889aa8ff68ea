/**
 * Implementation details shared by the packages of dpds-core (the YAML 1.2 core schema the reader and the writer
 * use). Public only because two packages share it; not an API.
 */
@NullMarked
package io.dpds.internal;

import org.jspecify.annotations.NullMarked;
