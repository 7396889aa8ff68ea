package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** A way to reach the product's team. */
public final class ContactPoint extends DpdsObject {

  ContactPoint(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link ContactPoint}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.CONTACT_POINT;
  }

  /** {@return the name of the contact point} */
  public Optional<String> name() {
    return text("name");
  }

  /** {@return the description} */
  public Optional<String> description() {
    return text("description");
  }

  /** {@return the channel, e.g. {@code web}, {@code email}, {@code phone}} */
  public Optional<String> channel() {
    return text("channel");
  }

  /** {@return the address on that channel, e.g. an email address or a URL} */
  public Optional<String> address() {
    return text("address");
  }

  /** Builds a {@link ContactPoint}. */
  public static final class Builder extends DpdsObject.Builder<ContactPoint, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code name}.
     *
     * @param name the name of the contact point, or null to remove it
     * @return this builder
     */
    public Builder name(String name) {
      return set("name", name);
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
     * Sets {@code channel}.
     *
     * @param channel the channel, e.g. {@code web}, {@code email}, {@code phone}, or null to remove it
     * @return this builder
     */
    public Builder channel(String channel) {
      return set("channel", channel);
    }

    /**
     * Sets {@code address}.
     *
     * @param address the address on that channel, e.g. an email address or a URL, or null to remove it
     * @return this builder
     */
    public Builder address(String address) {
      return set("address", address);
    }

    @Override
    Shape<ContactPoint> shape() {
      return Shapes.CONTACT_POINT;
    }
  }
}
