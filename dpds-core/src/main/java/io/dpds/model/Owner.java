package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** The owner of the data product. */
public final class Owner extends DpdsObject {

  Owner(Map<String, Object> properties) {
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
    return Shapes.OWNER;
  }

  /** Required; a corporate e-mail address is recommended. */
  public Optional<String> id() {
    return text("id");
  }

  public Optional<String> name() {
    return text("name");
  }

  /** Builds a {@link Owner}. */
  public static final class Builder extends DpdsObject.Builder<Owner, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder id(String id) {
      return set("id", id);
    }

    public Builder name(String name) {
      return set("name", name);
    }

    @Override
    Shape<Owner> shape() {
      return Shapes.OWNER;
    }
  }
}
