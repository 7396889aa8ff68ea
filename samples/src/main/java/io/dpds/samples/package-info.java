/**
 * The track-and-trace sample's demo: publication and deployment of the sample product end to end.
 */
@NullMarked
package io.dpds.samples;

import org.jspecify.annotations.NullMarked;
