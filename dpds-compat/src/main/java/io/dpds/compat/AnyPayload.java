package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.ApiNode;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.report.SourceLocation;
import java.util.Optional;

/**
 * Where an API leaves a payload's schema out, the schema of its format that every payload satisfies, standing in for
 * the absent one ({@link io.dpds.compat.spi.PayloadEngine#anyPayload}): its nodes are located where the schema would
 * be written.
 *
 * @param absent the place of the schema left out
 * @param schema the format's schema of any payload, or a node below it
 */
record AnyPayload(ApiNode absent, JsonNode schema) implements PayloadSchema {

  @Override
  public JsonNode node() {
    return schema;
  }

  @Override
  public String format() {
    return absent.format();
  }

  @Override
  public PayloadSchema child(String path) {
    return new AnyPayload(absent.at(path), schema.at(path));
  }

  @Override
  public Optional<PayloadSchema> resolve(String ref) {
    return Optional.empty(); // a schema of anything refers to nothing
  }

  @Override
  public Optional<SourceLocation> locate(String path) {
    return absent.locate(path);
  }
}
