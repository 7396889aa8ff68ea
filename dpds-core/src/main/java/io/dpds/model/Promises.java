package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a port intends to provide: platform, services type, API, deprecation policy, SLOs. */
public final class Promises extends DpdsObject {

  /**
   * The values of {@code servicesType} the spec and its examples name. The field is a free string; a value outside
   * this list is most often a slip ({@code streaming-service}), which validation reports with the nearest of these.
   */
  public static final List<String> SERVICES_TYPES =
      List.of("rest-services", "restful-services", "streaming-services", "batch-services", "datastore-services");

  Promises(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link Promises}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.PROMISES;
  }

  /** {@return the platform that serves the port, e.g. {@code aws:eu-south-1}} */
  public Optional<String> platform() {
    return text("platform");
  }

  /**
   * {@return the kind of services, e.g. {@code rest-services}, {@code streaming-services}: see {@link #SERVICES_TYPES}}
   */
  public Optional<String> servicesType() {
    return text("servicesType");
  }

  /** {@return the Standard Definition of the port's API (AsyncAPI, OpenAPI, ...)} */
  public Optional<StandardDefinition> api() {
    return one("api", StandardDefinition.class);
  }

  /** {@return the Standard Definition of the deprecation policy} */
  public Optional<StandardDefinition> deprecationPolicy() {
    return one("deprecationPolicy", StandardDefinition.class);
  }

  /** {@return the Standard Definition of the service-level objectives} */
  public Optional<StandardDefinition> slo() {
    return one("slo", StandardDefinition.class);
  }

  /** {@return the Reference Object this stands for when it is an unresolved {@code $ref}; empty otherwise} */
  public Optional<Reference> reference() {
    return stub();
  }

  /** Builds a {@link Promises}. */
  public static final class Builder extends DpdsObject.Builder<Promises, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code platform}.
     *
     * @param platform the platform that serves the port, e.g. {@code aws:eu-south-1}, or null to remove it
     * @return this builder
     */
    public Builder platform(String platform) {
      return set("platform", platform);
    }

    /**
     * Sets {@code servicesType}.
     *
     * @param servicesType the kind of services the port offers, e.g. {@code streaming-services}, or null to remove it
     * @return this builder
     */
    public Builder servicesType(String servicesType) {
      return set("servicesType", servicesType);
    }

    /**
     * Sets {@code api}.
     *
     * @param api the Standard Definition of the port's API (AsyncAPI, OpenAPI, ...), or null to remove it
     * @return this builder
     */
    public Builder api(StandardDefinition api) {
      return set("api", api);
    }

    /**
     * Sets {@code deprecationPolicy}.
     *
     * @param deprecationPolicy the Standard Definition of the deprecation policy, or null to remove it
     * @return this builder
     */
    public Builder deprecationPolicy(StandardDefinition deprecationPolicy) {
      return set("deprecationPolicy", deprecationPolicy);
    }

    /**
     * Sets {@code slo}.
     *
     * @param slo the Standard Definition of the service-level objectives, or null to remove it
     * @return this builder
     */
    public Builder slo(StandardDefinition slo) {
      return set("slo", slo);
    }

    @Override
    Shape<Promises> shape() {
      return Shapes.PROMISES;
    }
  }
}
