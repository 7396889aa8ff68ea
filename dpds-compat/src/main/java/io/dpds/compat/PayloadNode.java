package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.ApiNode;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.report.SourceLocation;
import java.util.Optional;

/** A payload schema of an API, as payload engines see it. */
record PayloadNode(ApiNode api) implements PayloadSchema {

  @Override
  public JsonNode node() {
    return api.node();
  }

  @Override
  public String format() {
    return api.format();
  }

  @Override
  public PayloadSchema child(String path) {
    return new PayloadNode(api.at(path));
  }

  @Override
  public Optional<PayloadSchema> resolve(String ref) {
    return api.resolve(ref).map(PayloadNode::new);
  }

  @Override
  public Optional<SourceLocation> locate(String path) {
    return api.locate(path);
  }
}
