/**
 * The built-in payload engines: Avro ({@link io.dpds.compat.payload.AvroPayloadEngine}, with Apache Avro's
 * reader/writer rules) and JSON Schema ({@link io.dpds.compat.payload.JsonSchemaPayloadEngine}), with their rule
 * tables. Public because {@link java.util.ServiceLoader} instantiates them.
 */
@NullMarked
package io.dpds.compat.payload;

import org.jspecify.annotations.NullMarked;
