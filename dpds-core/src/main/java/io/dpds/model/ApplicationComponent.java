package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An application that implements the data product. */
public final class ApplicationComponent extends Component {

  ApplicationComponent(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link ApplicationComponent}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.APPLICATION;
  }

  /** {@return the platform it runs on, e.g. {@code aws:eu-south-1}} */
  public Optional<String> platform() {
    return text("platform");
  }

  /** {@return the kind of application, e.g. {@code streaming}} */
  public Optional<String> applicationType() {
    return text("applicationType");
  }

  /** {@return FQNs of the ports or infrastructure it reads from directly} */
  public List<String> consumesFrom() {
    return texts("consumesFrom");
  }

  /** {@return FQNs of the ports or infrastructure it writes to directly} */
  public List<String> providesTo() {
    return texts("providesTo");
  }

  /** {@return FQNs of the internal components it depends on} */
  public List<String> dependsOn() {
    return texts("dependsOn");
  }

  /**
   * {@return DRAFT-era {@code buildInfo} (replaced by {@code lifecycleInfo} in 1.0.0), kept so it can be reported and
   * mapped}
   */
  public Optional<LifecycleTask> draftBuildInfo() {
    return one("buildInfo", LifecycleTask.class);
  }

  /** {@return DRAFT-era {@code deployInfo} (replaced by {@code lifecycleInfo} in 1.0.0)} */
  public Optional<LifecycleTask> draftDeployInfo() {
    return one("deployInfo", LifecycleTask.class);
  }

  /** Builds a {@link ApplicationComponent}. */
  public static final class Builder extends Component.Builder<ApplicationComponent, Builder> {
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
     * Sets {@code applicationType}.
     *
     * @param applicationType the kind of application, e.g. {@code streaming}, or null to remove it
     * @return this builder
     */
    public Builder applicationType(String applicationType) {
      return set("applicationType", applicationType);
    }

    /**
     * Sets {@code consumesFrom}.
     *
     * @param consumesFrom the FQNs of the ports or infrastructure it reads from directly, or null to remove it
     * @return this builder
     */
    public Builder consumesFrom(List<String> consumesFrom) {
      return setList("consumesFrom", consumesFrom);
    }

    /**
     * Sets {@code providesTo}.
     *
     * @param providesTo the FQNs of the ports or infrastructure it writes to directly, or null to remove it
     * @return this builder
     */
    public Builder providesTo(List<String> providesTo) {
      return setList("providesTo", providesTo);
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
    Shape<ApplicationComponent> shape() {
      return Shapes.APPLICATION;
    }
  }
}
