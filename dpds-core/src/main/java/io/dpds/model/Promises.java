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

  public static Builder builder() {
    return new Builder(Map.of());
  }

  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.PROMISES;
  }

  public Optional<String> platform() {
    return text("platform");
  }

  /** e.g. {@code rest-services}, {@code streaming-services}: see {@link #SERVICES_TYPES}. */
  public Optional<String> servicesType() {
    return text("servicesType");
  }

  public Optional<StandardDefinition> api() {
    return one("api", StandardDefinition.class);
  }

  public Optional<StandardDefinition> deprecationPolicy() {
    return one("deprecationPolicy", StandardDefinition.class);
  }

  public Optional<StandardDefinition> slo() {
    return one("slo", StandardDefinition.class);
  }

  /** The Reference Object this stands for when it is an unresolved {@code $ref}; empty otherwise. */
  public Optional<Reference> reference() {
    return stub();
  }

  /** Builds a {@link Promises}. */
  public static final class Builder extends DpdsObject.Builder<Promises, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder platform(String platform) {
      return set("platform", platform);
    }

    public Builder servicesType(String servicesType) {
      return set("servicesType", servicesType);
    }

    public Builder api(StandardDefinition api) {
      return set("api", api);
    }

    public Builder deprecationPolicy(StandardDefinition deprecationPolicy) {
      return set("deprecationPolicy", deprecationPolicy);
    }

    public Builder slo(StandardDefinition slo) {
      return set("slo", slo);
    }

    @Override
    Shape<Promises> shape() {
      return Shapes.PROMISES;
    }
  }
}
