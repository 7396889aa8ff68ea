package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/** What binds a port and its consumers: terms and conditions, billing policy, SLA. */
public final class Obligations extends DpdsObject {

  Obligations(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link Obligations}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.OBLIGATIONS;
  }

  /** {@return the Standard Definition of the terms and conditions} */
  public Optional<StandardDefinition> termsAndConditions() {
    return one("termsAndConditions", StandardDefinition.class);
  }

  /** {@return the Standard Definition of the billing policy} */
  public Optional<StandardDefinition> billingPolicy() {
    return one("billingPolicy", StandardDefinition.class);
  }

  /** {@return the Standard Definition of the service-level agreement} */
  public Optional<StandardDefinition> sla() {
    return one("sla", StandardDefinition.class);
  }

  /** {@return the Reference Object this stands for when it is an unresolved {@code $ref}; empty otherwise} */
  public Optional<Reference> reference() {
    return stub();
  }

  /** Builds a {@link Obligations}. */
  public static final class Builder extends DpdsObject.Builder<Obligations, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code termsAndConditions}.
     *
     * @param termsAndConditions the Standard Definition of the terms and conditions, or null to remove it
     * @return this builder
     */
    public Builder termsAndConditions(StandardDefinition termsAndConditions) {
      return set("termsAndConditions", termsAndConditions);
    }

    /**
     * Sets {@code billingPolicy}.
     *
     * @param billingPolicy the Standard Definition of the billing policy, or null to remove it
     * @return this builder
     */
    public Builder billingPolicy(StandardDefinition billingPolicy) {
      return set("billingPolicy", billingPolicy);
    }

    /**
     * Sets {@code sla}.
     *
     * @param sla the Standard Definition of the service-level agreement, or null to remove it
     * @return this builder
     */
    public Builder sla(StandardDefinition sla) {
      return set("sla", sla);
    }

    @Override
    Shape<Obligations> shape() {
      return Shapes.OBLIGATIONS;
    }
  }
}
