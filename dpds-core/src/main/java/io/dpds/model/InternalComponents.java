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

  public static Builder builder() {
    return new Builder(Map.of());
  }

  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.INTERNAL_COMPONENTS;
  }

  /** Stage name to the tasks of that stage, both in document order; empty when absent. */
  public Map<String, List<LifecycleTask>> lifecycleInfo() {
    return map("lifecycleInfo");
  }

  public List<ApplicationComponent> applicationComponents() {
    return many("applicationComponents");
  }

  public List<InfrastructuralComponent> infrastructuralComponents() {
    return many("infrastructuralComponents");
  }

  /** Builds {@link InternalComponents}. */
  public static final class Builder extends DpdsObject.Builder<InternalComponents, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /** Sets the stage map; stages keep the map's iteration order. Null removes it. */
    public Builder lifecycleInfo(Map<String, List<LifecycleTask>> lifecycleInfo) {
      if (lifecycleInfo == null) {
        return set("lifecycleInfo", null);
      }
      Map<String, List<LifecycleTask>> copy = new LinkedHashMap<>();
      lifecycleInfo.forEach((stage, tasks) -> copy.put(stage, List.copyOf(tasks)));
      return set("lifecycleInfo", Collections.unmodifiableMap(copy));
    }

    public Builder applicationComponents(List<ApplicationComponent> applicationComponents) {
      return setList("applicationComponents", applicationComponents);
    }

    public Builder infrastructuralComponents(List<InfrastructuralComponent> infrastructuralComponents) {
      return setList("infrastructuralComponents", infrastructuralComponents);
    }

    @Override
    Shape<InternalComponents> shape() {
      return Shapes.INTERNAL_COMPONENTS;
    }
  }
}
