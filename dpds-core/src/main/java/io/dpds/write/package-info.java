/**
 * Writing descriptors back as JSON or YAML ({@link io.dpds.write.DescriptorWriter}), as authored or bundled, without
 * losing fields or extensions.
 */
@NullMarked
package io.dpds.write;

import org.jspecify.annotations.NullMarked;
