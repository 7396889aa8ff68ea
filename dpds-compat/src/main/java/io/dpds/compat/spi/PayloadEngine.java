package io.dpds.compat.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.report.Rule;
import java.util.List;
import java.util.Optional;

/**
 * Compares two versions of a payload schema in one format (Avro, JSON Schema, ...). Engines are found by
 * {@link java.util.ServiceLoader} (list the class in {@code META-INF/services/io.dpds.compat.spi.PayloadEngine}) or
 * registered on {@code CompatibilityChecker.Builder}; the first engine that {@linkplain #reads reads} a format is used.
 *
 * <p>An engine judges each change for both sides of the data, as the rule tables do: for readers that still use the
 * old schema while data is written with the new one (the OUT column: the new schema must describe a subset of the
 * old), and for writers that still use the old schema while data is read with the new one (the IN column: a
 * superset). The checker picks the column from the direction the data flows through the port and the port's mode.
 * What an engine cannot prove safe it reports as a warning, never as nothing.
 *
 * <p>Implementations must be stateless and thread-safe, must not throw on bad schemas (report them instead), and
 * must not modify the schemas.
 */
public interface PayloadEngine {

  /** {@return the engine's name in messages, e.g. {@code Avro}} */
  String name();

  /**
   * {@return whether this engine compares schemas of {@code format}: an AsyncAPI {@code schemaFormat} or a message
   * content type, lower case, e.g. {@code application/vnd.apache.avro+json;version=1.9.0}}
   *
   * @param format the payload's format
   */
  boolean reads(String format);

  /**
   * Reports every change from {@code old} to {@code now} to {@code changes}.
   *
   * @param old the schema of the old version
   * @param now the schema of the new version
   * @param changes where changes are reported
   */
  void compare(PayloadSchema old, PayloadSchema now, PayloadChanges changes);

  /**
   * {@return the schema of this format that every payload satisfies (JSON Schema's {@code {}}), when there is one}
   * Where an API lets a schema be left out and then carries any payload (an AsyncAPI message's {@code payload} or
   * {@code headers}, an OpenAPI media type's {@code schema}), a schema added or removed is compared with it; for a
   * format without such a schema (the default) it is a warning. Not to be modified.
   */
  default Optional<JsonNode> anyPayload() {
    return Optional.empty();
  }

  /** {@return the rules this engine reports, for the rule catalogue and severity overrides} */
  List<Rule> rules();
}
