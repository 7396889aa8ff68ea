/**
 * The payload engine SPI: an engine ({@link io.dpds.compat.spi.PayloadEngine}) compares two versions of a payload
 * schema ({@link io.dpds.compat.spi.PayloadSchema}) in one format and reports each change
 * ({@link io.dpds.compat.spi.PayloadChanges}).
 */
@NullMarked
package io.dpds.compat.spi;

import org.jspecify.annotations.NullMarked;
