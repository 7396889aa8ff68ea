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

  /** {@return a builder of a new {@link Components}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.COMPONENTS;
  }

  /**
   * {@return the reusable ports of one kind, by key}
   *
   * @param kind the kind of the ports
   */
  public Map<String, Port> ports(PortKind kind) {
    return map(kind.field());
  }

  /** {@return the reusable application components, by key} */
  public Map<String, ApplicationComponent> applicationComponents() {
    return map("applicationComponents");
  }

  /** {@return the reusable infrastructural components, by key} */
  public Map<String, InfrastructuralComponent> infrastructuralComponents() {
    return map("infrastructuralComponents");
  }

  /** {@return Standard Definitions of APIs} */
  public Map<String, StandardDefinition> apis() {
    return map("apis");
  }

  /** {@return Standard Definitions of templates} */
  public Map<String, StandardDefinition> templates() {
    return map("templates");
  }

  /** Builds {@link Components}. */
  public static final class Builder extends DpdsObject.Builder<Components, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code ports}.
     *
     * @param kind the kind of the ports
     * @param ports the ports, by key, or null to remove it
     * @return this builder
     */
    public Builder ports(PortKind kind, Map<String, Port> ports) {
      return set(kind.field(), copy(ports));
    }

    /**
     * Sets {@code applicationComponents}.
     *
     * @param components the reusable application components, by key, or null to remove it
     * @return this builder
     */
    public Builder applicationComponents(Map<String, ApplicationComponent> components) {
      return set("applicationComponents", copy(components));
    }

    /**
     * Sets {@code infrastructuralComponents}.
     *
     * @param components the reusable infrastructural components, by key, or null to remove it
     * @return this builder
     */
    public Builder infrastructuralComponents(Map<String, InfrastructuralComponent> components) {
      return set("infrastructuralComponents", copy(components));
    }

    /**
     * Sets {@code apis}.
     *
     * @param apis the reusable Standard Definitions of APIs, by key, or null to remove it
     * @return this builder
     */
    public Builder apis(Map<String, StandardDefinition> apis) {
      return set("apis", copy(apis));
    }

    /**
     * Sets {@code templates}.
     *
     * @param templates the reusable Standard Definitions of templates, by key, or null to remove it
     * @return this builder
     */
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
