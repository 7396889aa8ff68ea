package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An application that implements the data product. */
public final class ApplicationComponent extends Component {

  ApplicationComponent(Map<String, Object> properties) {
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
    return Shapes.APPLICATION;
  }

  public Optional<String> platform() {
    return text("platform");
  }

  public Optional<String> applicationType() {
    return text("applicationType");
  }

  /** FQNs of the ports or infrastructure it reads from directly. */
  public List<String> consumesFrom() {
    return texts("consumesFrom");
  }

  /** FQNs of the ports or infrastructure it writes to directly. */
  public List<String> providesTo() {
    return texts("providesTo");
  }

  /** FQNs of the internal components it depends on. */
  public List<String> dependsOn() {
    return texts("dependsOn");
  }

  /** DRAFT-era {@code buildInfo} (replaced by {@code lifecycleInfo} in 1.0.0), kept so it can be reported and mapped. */
  public Optional<LifecycleTask> draftBuildInfo() {
    return one("buildInfo", LifecycleTask.class);
  }

  /** DRAFT-era {@code deployInfo} (replaced by {@code lifecycleInfo} in 1.0.0). */
  public Optional<LifecycleTask> draftDeployInfo() {
    return one("deployInfo", LifecycleTask.class);
  }

  /** Builds a {@link ApplicationComponent}. */
  public static final class Builder extends Component.Builder<ApplicationComponent, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder platform(String platform) {
      return set("platform", platform);
    }

    public Builder applicationType(String applicationType) {
      return set("applicationType", applicationType);
    }

    public Builder consumesFrom(List<String> consumesFrom) {
      return setList("consumesFrom", consumesFrom);
    }

    public Builder providesTo(List<String> providesTo) {
      return setList("providesTo", providesTo);
    }

    public Builder dependsOn(List<String> dependsOn) {
      return setList("dependsOn", dependsOn);
    }

    @Override
    Shape<ApplicationComponent> shape() {
      return Shapes.APPLICATION;
    }
  }
}
