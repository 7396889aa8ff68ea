package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** An External Resource Object: a {@code $href} link to something outside the DPDS model (a documentation page, a service). Links are never fetched. Closed. */
public final class ExternalResource extends DpdsObject {

  ExternalResource(Map<String, Object> properties) {
    super(properties);
  }

  /**
   * {@return a builder of a new {@link ExternalResource}}
   *
   * @param href the URL of the resource
   */
  public static Builder builder(String href) {
    return new Builder(Map.of()).href(href);
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.EXTERNAL_RESOURCE;
  }

  /** {@return the description} */
  public Optional<String> description() {
    return text("description");
  }

  /** {@return the media type of the resource} */
  public Optional<String> mediaType() {
    return text("mediaType");
  }

  /** {@return the URI of the resource} Required. */
  public Optional<String> href() {
    return text("$href");
  }

  /** Builds a {@link ExternalResource}. */
  public static final class Builder extends DpdsObject.Builder<ExternalResource, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code description}.
     *
     * @param description the description, or null to remove it
     * @return this builder
     */
    public Builder description(String description) {
      return set("description", description);
    }

    /**
     * Sets {@code mediaType}.
     *
     * @param mediaType the media type of the resource, or null to remove it
     * @return this builder
     */
    public Builder mediaType(String mediaType) {
      return set("mediaType", mediaType);
    }

    /**
     * Sets {@code href}.
     *
     * @param href the URL of the resource, or null to remove it
     * @return this builder
     */
    public Builder href(String href) {
      return set("$href", href);
    }

    @Override
    Shape<ExternalResource> shape() {
      return Shapes.EXTERNAL_RESOURCE;
    }
  }
}
