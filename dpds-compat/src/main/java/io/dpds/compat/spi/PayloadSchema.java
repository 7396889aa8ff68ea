package io.dpds.compat.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.report.SourceLocation;
import java.util.Optional;

/**
 * A payload schema as an engine sees it: its JSON node (read-only), the means to follow the references inside it,
 * and where each of its nodes was written. Paths are JSON pointers relative to {@link #node()}.
 */
public interface PayloadSchema {

  /** {@return the schema, e.g. an Avro record or a JSON Schema object} Not to be modified. */
  JsonNode node();

  /**
   * {@return the format it was declared in (an AsyncAPI {@code schemaFormat} or a media type), lower case; may be
   * empty}
   */
  String format();

  /**
   * {@return the schema at {@code path} below this one (a relative JSON pointer), in the same document; missing if
   * none}
   *
   * @param path a JSON pointer relative to this schema
   */
  PayloadSchema child(String path);

  /**
   * {@return the schema a {@code $ref} written inside this one names, resolved against the document this schema is in
   * ({@code #/components/schemas/Trip}, {@code trip.avsc}, {@code common.json#/$defs/Id}); empty when it cannot be read
   * or is not there}
   *
   * @param ref the reference as written
   */
  Optional<PayloadSchema> resolve(String ref);

  /**
   * {@return where the node at {@code path} was written; the deepest existing node on the path when it is not there}
   *
   * @param path a JSON pointer relative to this schema
   */
  Optional<SourceLocation> locate(String path);
}
