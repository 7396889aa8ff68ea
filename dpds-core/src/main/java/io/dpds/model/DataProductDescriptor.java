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

  public static Builder builder() {
    return new Builder(Map.of());
  }

  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.DESCRIPTOR;
  }

  /** The version of the specification the document follows, e.g. {@code 1.0.0}; unrelated to the product version. */
  public Optional<String> dataProductDescriptor() {
    return text("dataProductDescriptor");
  }

  public Optional<Info> info() {
    return one("info", Info.class);
  }

  public Optional<InterfaceComponents> interfaceComponents() {
    return one("interfaceComponents", InterfaceComponents.class);
  }

  public Optional<InternalComponents> internalComponents() {
    return one("internalComponents", InternalComponents.class);
  }

  public Optional<Components> components() {
    return one("components", Components.class);
  }

  public List<String> tags() {
    return texts("tags");
  }

  public Optional<ExternalResource> externalDocs() {
    return one("externalDocs", ExternalResource.class);
  }

  /** Every port of the product, kind by kind; empty when there is no interface. */
  public List<Port> ports() {
    return interfaceComponents().map(InterfaceComponents::allPorts).orElse(List.of());
  }

  /** Builds a {@link DataProductDescriptor}. */
  public static final class Builder extends DpdsObject.Builder<DataProductDescriptor, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder dataProductDescriptor(String specVersion) {
      return set("dataProductDescriptor", specVersion);
    }

    public Builder info(Info info) {
      return set("info", info);
    }

    public Builder interfaceComponents(InterfaceComponents interfaceComponents) {
      return set("interfaceComponents", interfaceComponents);
    }

    public Builder internalComponents(InternalComponents internalComponents) {
      return set("internalComponents", internalComponents);
    }

    public Builder components(Components components) {
      return set("components", components);
    }

    public Builder tags(List<String> tags) {
      return setList("tags", tags);
    }

    public Builder externalDocs(ExternalResource externalDocs) {
      return set("externalDocs", externalDocs);
    }

    @Override
    Shape<DataProductDescriptor> shape() {
      return Shapes.DESCRIPTOR;
    }
  }
}
