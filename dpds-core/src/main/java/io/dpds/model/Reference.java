package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** A Reference Object: {@code $ref} to a DPDS value elsewhere, in this document or another. Closed: other keys are ignored by the spec (kept here as unknown properties). */
public final class Reference extends DpdsObject {

  Reference(Map<String, Object> properties) {
    super(properties);
  }

  /**
   * {@return a builder of a new {@link Reference}}
   *
   * @param ref the reference ({@code $ref}), a URI or a JSON pointer
   */
  public static Builder builder(String ref) {
    return new Builder(Map.of()).ref(ref);
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.REFERENCE;
  }

  /** {@return the URI-reference, optionally with a JSON-pointer fragment} Required. */
  public Optional<String> ref() {
    return text("$ref");
  }

  /** {@return the description} Overrides the target's description when resolved. */
  public Optional<String> description() {
    return text("description");
  }

  /** {@return the media type of the target} */
  public Optional<String> mediaType() {
    return text("mediaType");
  }

  /** Builds a {@link Reference}. */
  public static final class Builder extends DpdsObject.Builder<Reference, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code ref}.
     *
     * @param ref the reference ({@code $ref}), a URI or a JSON pointer, or null to remove it
     * @return this builder
     */
    public Builder ref(String ref) {
      return set("$ref", ref);
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
     * @param mediaType the media type of the referenced document, or null to remove it
     * @return this builder
     */
    public Builder mediaType(String mediaType) {
      return set("mediaType", mediaType);
    }

    @Override
    Shape<Reference> shape() {
      return Shapes.REFERENCE;
    }
  }
}
