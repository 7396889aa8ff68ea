package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** The owner of the data product. */
public final class Owner extends DpdsObject {

  Owner(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link Owner}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.OWNER;
  }

  /** {@return the owner's identifier, e.g. an email address} Required; a corporate e-mail address is recommended. */
  public Optional<String> id() {
    return text("id");
  }

  /** {@return the owner's name} */
  public Optional<String> name() {
    return text("name");
  }

  /** Builds a {@link Owner}. */
  public static final class Builder extends DpdsObject.Builder<Owner, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code id}.
     *
     * @param id the owner's identifier, e.g. an email address, or null to remove it
     * @return this builder
     */
    public Builder id(String id) {
      return set("id", id);
    }

    /**
     * Sets {@code name}.
     *
     * @param name the owner's name, or null to remove it
     * @return this builder
     */
    public Builder name(String name) {
      return set("name", name);
    }

    @Override
    Shape<Owner> shape() {
      return Shapes.OWNER;
    }
  }
}
