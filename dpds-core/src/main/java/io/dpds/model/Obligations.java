package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** What binds a port and its consumers: terms and conditions, billing policy, SLA. */
public final class Obligations extends DpdsObject {

  Obligations(Map<String, Object> properties) {
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
    return Shapes.OBLIGATIONS;
  }

  public Optional<StandardDefinition> termsAndConditions() {
    return one("termsAndConditions", StandardDefinition.class);
  }

  public Optional<StandardDefinition> billingPolicy() {
    return one("billingPolicy", StandardDefinition.class);
  }

  public Optional<StandardDefinition> sla() {
    return one("sla", StandardDefinition.class);
  }

  /** The Reference Object this stands for when it is an unresolved {@code $ref}; empty otherwise. */
  public Optional<Reference> reference() {
    return stub();
  }

  /** Builds a {@link Obligations}. */
  public static final class Builder extends DpdsObject.Builder<Obligations, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder termsAndConditions(StandardDefinition termsAndConditions) {
      return set("termsAndConditions", termsAndConditions);
    }

    public Builder billingPolicy(StandardDefinition billingPolicy) {
      return set("billingPolicy", billingPolicy);
    }

    public Builder sla(StandardDefinition sla) {
      return set("sla", sla);
    }

    @Override
    Shape<Obligations> shape() {
      return Shapes.OBLIGATIONS;
    }
  }
}
