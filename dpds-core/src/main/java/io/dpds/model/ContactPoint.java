package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** A way to reach the product's team. */
public final class ContactPoint extends DpdsObject {

  ContactPoint(Map<String, Object> properties) {
    super(properties);
  }

  public static Builder builder() {
    return new Builder(Map.of());
  }

  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.CONTACT_POINT;
  }

  public Optional<String> name() {
    return text("name");
  }

  public Optional<String> description() {
    return text("description");
  }

  /** e.g. {@code web}, {@code email}, {@code phone}. */
  public Optional<String> channel() {
    return text("channel");
  }

  public Optional<String> address() {
    return text("address");
  }

  /** Builds a {@link ContactPoint}. */
  public static final class Builder extends DpdsObject.Builder<ContactPoint, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder name(String name) {
      return set("name", name);
    }

    public Builder description(String description) {
      return set("description", description);
    }

    public Builder channel(String channel) {
      return set("channel", channel);
    }

    public Builder address(String address) {
      return set("address", address);
    }

    @Override
    Shape<ContactPoint> shape() {
      return Shapes.CONTACT_POINT;
    }
  }
}
