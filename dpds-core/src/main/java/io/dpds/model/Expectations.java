package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** How a port wants to be used: audience and usage. */
public final class Expectations extends DpdsObject {

  Expectations(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link Expectations}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.EXPECTATIONS;
  }

  /** {@return the Standard Definition of the audience the port is meant for} */
  public Optional<StandardDefinition> audience() {
    return one("audience", StandardDefinition.class);
  }

  /** {@return the Standard Definition of the usage the port is meant for} */
  public Optional<StandardDefinition> usage() {
    return one("usage", StandardDefinition.class);
  }

  /** {@return the Reference Object this stands for when it is an unresolved {@code $ref}; empty otherwise} */
  public Optional<Reference> reference() {
    return stub();
  }

  /** Builds a {@link Expectations}. */
  public static final class Builder extends DpdsObject.Builder<Expectations, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code audience}.
     *
     * @param audience the Standard Definition of the audience the port is meant for, or null to remove it
     * @return this builder
     */
    public Builder audience(StandardDefinition audience) {
      return set("audience", audience);
    }

    /**
     * Sets {@code usage}.
     *
     * @param usage the Standard Definition of the usage the port is meant for, or null to remove it
     * @return this builder
     */
    public Builder usage(StandardDefinition usage) {
      return set("usage", usage);
    }

    @Override
    Shape<Expectations> shape() {
      return Shapes.EXPECTATIONS;
    }
  }
}
