package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A data product descriptor (the root entity of DPDS 1.0.0). Immutable; build one with {@link #builder()}, read one
 * with {@code io.dpds.load.DescriptorLoader}, write one with {@code io.dpds.write.DescriptorWriter}.
 */
public final class DataProductDescriptor extends DpdsObject {

  DataProductDescriptor(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link DataProductDescriptor}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.DESCRIPTOR;
  }

  /**
   * {@return the version of the specification the document follows, e.g. {@code 1.0.0}; unrelated to the product
   * version}
   */
  public Optional<String> dataProductDescriptor() {
    return text("dataProductDescriptor");
  }

  /** {@return the Info Object} */
  public Optional<Info> info() {
    return one("info", Info.class);
  }

  /** {@return the Interface Components (the ports)} */
  public Optional<InterfaceComponents> interfaceComponents() {
    return one("interfaceComponents", InterfaceComponents.class);
  }

  /** {@return the Internal Components (applications, infrastructure, lifecycle)} */
  public Optional<InternalComponents> internalComponents() {
    return one("internalComponents", InternalComponents.class);
  }

  /** {@return the reusable Components} */
  public Optional<Components> components() {
    return one("components", Components.class);
  }

  /** {@return the tags} */
  public List<String> tags() {
    return texts("tags");
  }

  /** {@return the external documentation} */
  public Optional<ExternalResource> externalDocs() {
    return one("externalDocs", ExternalResource.class);
  }

  /** {@return every port of the product, kind by kind; empty when there is no interface} */
  public List<Port> ports() {
    return interfaceComponents().map(InterfaceComponents::allPorts).orElse(List.of());
  }

  /** Builds a {@link DataProductDescriptor}. */
  public static final class Builder extends DpdsObject.Builder<DataProductDescriptor, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code dataProductDescriptor}.
     *
     * @param specVersion the DPDS version the descriptor is written to, e.g. {@code 1.0.0}, or null to remove it
     * @return this builder
     */
    public Builder dataProductDescriptor(String specVersion) {
      return set("dataProductDescriptor", specVersion);
    }

    /**
     * Sets {@code info}.
     *
     * @param info the Info Object, or null to remove it
     * @return this builder
     */
    public Builder info(Info info) {
      return set("info", info);
    }

    /**
     * Sets {@code interfaceComponents}.
     *
     * @param interfaceComponents the Interface Components (the ports), or null to remove it
     * @return this builder
     */
    public Builder interfaceComponents(InterfaceComponents interfaceComponents) {
      return set("interfaceComponents", interfaceComponents);
    }

    /**
     * Sets {@code internalComponents}.
     *
     * @param internalComponents the Internal Components (applications, infrastructure, lifecycle), or null to remove it
     * @return this builder
     */
    public Builder internalComponents(InternalComponents internalComponents) {
      return set("internalComponents", internalComponents);
    }

    /**
     * Sets {@code components}.
     *
     * @param components the reusable Components, or null to remove it
     * @return this builder
     */
    public Builder components(Components components) {
      return set("components", components);
    }

    /**
     * Sets {@code tags}.
     *
     * @param tags the tags, or null to remove it
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      return setList("tags", tags);
    }

    /**
     * Sets {@code externalDocs}.
     *
     * @param externalDocs the external documentation, or null to remove it
     * @return this builder
     */
    public Builder externalDocs(ExternalResource externalDocs) {
      return set("externalDocs", externalDocs);
    }

    @Override
    Shape<DataProductDescriptor> shape() {
      return Shapes.DESCRIPTOR;
    }
  }
}
