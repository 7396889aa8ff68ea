package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** A Reference Object: {@code $ref} to a DPDS value elsewhere, in this document or another. Closed: other keys are ignored by the spec (kept here as unknown properties). */
public final class Reference extends DpdsObject {

  Reference(Map<String, Object> properties) {
    super(properties);
  }

  public static Builder builder(String ref) {
    return new Builder(Map.of()).ref(ref);
  }

  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.REFERENCE;
  }

  /** The URI-reference, optionally with a JSON-pointer fragment; required. */
  public Optional<String> ref() {
    return text("$ref");
  }

  /** Overrides the target's description when resolved. */
  public Optional<String> description() {
    return text("description");
  }

  /** The media type of the target. */
  public Optional<String> mediaType() {
    return text("mediaType");
  }

  /** Builds a {@link Reference}. */
  public static final class Builder extends DpdsObject.Builder<Reference, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder ref(String ref) {
      return set("$ref", ref);
    }

    public Builder description(String description) {
      return set("description", description);
    }

    public Builder mediaType(String mediaType) {
      return set("mediaType", mediaType);
    }

    @Override
    Shape<Reference> shape() {
      return Shapes.REFERENCE;
    }
  }
}
