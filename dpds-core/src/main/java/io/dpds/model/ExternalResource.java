package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** An External Resource Object: a {@code $href} link to something outside the DPDS model (a documentation page, a service). Links are never fetched. Closed. */
public final class ExternalResource extends DpdsObject {

  ExternalResource(Map<String, Object> properties) {
    super(properties);
  }

  public static Builder builder(String href) {
    return new Builder(Map.of()).href(href);
  }

  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.EXTERNAL_RESOURCE;
  }

  public Optional<String> description() {
    return text("description");
  }

  public Optional<String> mediaType() {
    return text("mediaType");
  }

  /** The URI of the resource; required. */
  public Optional<String> href() {
    return text("$href");
  }

  /** Builds a {@link ExternalResource}. */
  public static final class Builder extends DpdsObject.Builder<ExternalResource, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder description(String description) {
      return set("description", description);
    }

    public Builder mediaType(String mediaType) {
      return set("mediaType", mediaType);
    }

    public Builder href(String href) {
      return set("$href", href);
    }

    @Override
    Shape<ExternalResource> shape() {
      return Shapes.EXTERNAL_RESOURCE;
    }
  }
}
