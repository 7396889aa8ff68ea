package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A piece of infrastructure the data product runs on. */
public final class InfrastructuralComponent extends Component {

  InfrastructuralComponent(Map<String, Object> properties) {
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
    return Shapes.INFRASTRUCTURE;
  }

  public Optional<String> platform() {
    return text("platform");
  }

  public Optional<String> infrastructureType() {
    return text("infrastructureType");
  }

  /** FQNs of the infrastructural components it depends on. */
  public List<String> dependsOn() {
    return texts("dependsOn");
  }

  /** DRAFT-era {@code provisionInfo} (replaced by {@code lifecycleInfo} in 1.0.0), kept so it can be reported and mapped. */
  public Optional<LifecycleTask> draftProvisionInfo() {
    return one("provisionInfo", LifecycleTask.class);
  }

  /** Builds a {@link InfrastructuralComponent}. */
  public static final class Builder extends Component.Builder<InfrastructuralComponent, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder platform(String platform) {
      return set("platform", platform);
    }

    public Builder infrastructureType(String infrastructureType) {
      return set("infrastructureType", infrastructureType);
    }

    public Builder dependsOn(List<String> dependsOn) {
      return setList("dependsOn", dependsOn);
    }

    @Override
    Shape<InfrastructuralComponent> shape() {
      return Shapes.INFRASTRUCTURE;
    }
  }
}
