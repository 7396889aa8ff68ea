package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** How a port wants to be used: audience and usage. */
public final class Expectations extends DpdsObject {

  Expectations(Map<String, Object> properties) {
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
    return Shapes.EXPECTATIONS;
  }

  public Optional<StandardDefinition> audience() {
    return one("audience", StandardDefinition.class);
  }

  public Optional<StandardDefinition> usage() {
    return one("usage", StandardDefinition.class);
  }

  /** The Reference Object this stands for when it is an unresolved {@code $ref}; empty otherwise. */
  public Optional<Reference> reference() {
    return stub();
  }

  /** Builds a {@link Expectations}. */
  public static final class Builder extends DpdsObject.Builder<Expectations, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder audience(StandardDefinition audience) {
      return set("audience", audience);
    }

    public Builder usage(StandardDefinition usage) {
      return set("usage", usage);
    }

    @Override
    Shape<Expectations> shape() {
      return Shapes.EXPECTATIONS;
    }
  }
}
