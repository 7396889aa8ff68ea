package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A piece of infrastructure the data product runs on. */
public final class InfrastructuralComponent extends Component {

  InfrastructuralComponent(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link InfrastructuralComponent}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.INFRASTRUCTURE;
  }

  /** {@return the platform it runs on, e.g. {@code aws:eu-south-1}} */
  public Optional<String> platform() {
    return text("platform");
  }

  /** {@return the kind of infrastructure, e.g. {@code storage-resource}} */
  public Optional<String> infrastructureType() {
    return text("infrastructureType");
  }

  /** {@return FQNs of the infrastructural components it depends on} */
  public List<String> dependsOn() {
    return texts("dependsOn");
  }

  /**
   * {@return DRAFT-era {@code provisionInfo} (replaced by {@code lifecycleInfo} in 1.0.0), kept so it can be reported
   * and mapped}
   */
  public Optional<LifecycleTask> draftProvisionInfo() {
    return one("provisionInfo", LifecycleTask.class);
  }

  /** Builds a {@link InfrastructuralComponent}. */
  public static final class Builder extends Component.Builder<InfrastructuralComponent, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code platform}.
     *
     * @param platform the platform it runs on, e.g. {@code aws:eu-south-1}, or null to remove it
     * @return this builder
     */
    public Builder platform(String platform) {
      return set("platform", platform);
    }

    /**
     * Sets {@code infrastructureType}.
     *
     * @param infrastructureType the kind of infrastructure, e.g. {@code storage-resource}, or null to remove it
     * @return this builder
     */
    public Builder infrastructureType(String infrastructureType) {
      return set("infrastructureType", infrastructureType);
    }

    /**
     * Sets {@code dependsOn}.
     *
     * @param dependsOn the FQNs of the components that must exist before it, or null to remove it
     * @return this builder
     */
    public Builder dependsOn(List<String> dependsOn) {
      return setList("dependsOn", dependsOn);
    }

    @Override
    Shape<InfrastructuralComponent> shape() {
      return Shapes.INFRASTRUCTURE;
    }
  }
}
