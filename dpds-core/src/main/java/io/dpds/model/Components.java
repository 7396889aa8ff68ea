package io.dpds.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reusable objects, by name, for internal references such as {@code #/components/outputPorts/tripStatus}. They have
 * no effect unless referenced from outside {@code components}.
 */
public final class Components extends DpdsObject {

  Components(Map<String, Object> properties) {
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
    return Shapes.COMPONENTS;
  }

  /** The reusable ports of one kind, by key. */
  public Map<String, Port> ports(PortKind kind) {
    return map(kind.field());
  }

  public Map<String, ApplicationComponent> applicationComponents() {
    return map("applicationComponents");
  }

  public Map<String, InfrastructuralComponent> infrastructuralComponents() {
    return map("infrastructuralComponents");
  }

  /** Standard Definitions of APIs. */
  public Map<String, StandardDefinition> apis() {
    return map("apis");
  }

  /** Standard Definitions of templates. */
  public Map<String, StandardDefinition> templates() {
    return map("templates");
  }

  /** Builds {@link Components}. */
  public static final class Builder extends DpdsObject.Builder<Components, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder ports(PortKind kind, Map<String, Port> ports) {
      return set(kind.field(), copy(ports));
    }

    public Builder applicationComponents(Map<String, ApplicationComponent> components) {
      return set("applicationComponents", copy(components));
    }

    public Builder infrastructuralComponents(Map<String, InfrastructuralComponent> components) {
      return set("infrastructuralComponents", copy(components));
    }

    public Builder apis(Map<String, StandardDefinition> apis) {
      return set("apis", copy(apis));
    }

    public Builder templates(Map<String, StandardDefinition> templates) {
      return set("templates", copy(templates));
    }

    private static <T> Map<String, T> copy(Map<String, T> map) {
      return map == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    @Override
    Shape<Components> shape() {
      return Shapes.COMPONENTS;
    }
  }
}
