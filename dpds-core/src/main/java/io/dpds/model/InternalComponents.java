package io.dpds.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What implements the data product: applications, infrastructure, and the lifecycle tasks per stage. Closed: other
 * keys are ignored by the spec (kept here as unknown properties).
 */
public final class InternalComponents extends DpdsObject {

  InternalComponents(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link InternalComponents}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.INTERNAL_COMPONENTS;
  }

  /** {@return the lifecycle: stage name to the tasks of that stage, both in document order; empty when absent} */
  public Map<String, List<LifecycleTask>> lifecycleInfo() {
    return map("lifecycleInfo");
  }

  /** {@return the application components} */
  public List<ApplicationComponent> applicationComponents() {
    return many("applicationComponents");
  }

  /** {@return the infrastructural components} */
  public List<InfrastructuralComponent> infrastructuralComponents() {
    return many("infrastructuralComponents");
  }

  /** Builds {@link InternalComponents}. */
  public static final class Builder extends DpdsObject.Builder<InternalComponents, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets the stage map; stages keep the map's iteration order. Null removes it.
     *
     * @param lifecycleInfo stage name to the tasks of that stage, or null to remove it
     * @return this builder
     */
    public Builder lifecycleInfo(Map<String, List<LifecycleTask>> lifecycleInfo) {
      if (lifecycleInfo == null) {
        return set("lifecycleInfo", null);
      }
      Map<String, List<LifecycleTask>> copy = new LinkedHashMap<>();
      lifecycleInfo.forEach((stage, tasks) -> copy.put(stage, List.copyOf(tasks)));
      return set("lifecycleInfo", Collections.unmodifiableMap(copy));
    }

    /**
     * Sets {@code applicationComponents}.
     *
     * @param applicationComponents the application components, or null to remove it
     * @return this builder
     */
    public Builder applicationComponents(List<ApplicationComponent> applicationComponents) {
      return setList("applicationComponents", applicationComponents);
    }

    /**
     * Sets {@code infrastructuralComponents}.
     *
     * @param infrastructuralComponents the infrastructural components, or null to remove it
     * @return this builder
     */
    public Builder infrastructuralComponents(List<InfrastructuralComponent> infrastructuralComponents) {
      return setList("infrastructuralComponents", infrastructuralComponents);
    }

    @Override
    Shape<InternalComponents> shape() {
      return Shapes.INTERNAL_COMPONENTS;
    }
  }
}
