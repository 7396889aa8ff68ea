package io.dpds.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The ports of the data product, by kind. Closed: keys other than the five port lists are ignored by the spec (kept
 * here as unknown properties). {@code has(kind.field())} tells an absent list from an empty one.
 */
public final class InterfaceComponents extends DpdsObject {

  InterfaceComponents(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link InterfaceComponents}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.INTERFACE_COMPONENTS;
  }

  /**
   * {@return the ports of one kind, in document order; empty when absent}
   *
   * @param kind the kind of the ports
   */
  public List<Port> ports(PortKind kind) {
    return many(kind.field());
  }

  /** {@return every port, kind by kind in {@link PortKind} order} */
  public List<Port> allPorts() {
    List<Port> all = new ArrayList<>();
    for (PortKind kind : PortKind.values()) {
      all.addAll(ports(kind));
    }
    return Collections.unmodifiableList(all);
  }

  /** {@return the input ports, in document order} */
  public List<Port> inputPorts() {
    return ports(PortKind.INPUT);
  }

  /** {@return the output ports, in document order} Required by the spec (an empty list is allowed). */
  public List<Port> outputPorts() {
    return ports(PortKind.OUTPUT);
  }

  /** {@return the discovery ports, in document order} */
  public List<Port> discoveryPorts() {
    return ports(PortKind.DISCOVERY);
  }

  /** {@return the observability ports, in document order} */
  public List<Port> observabilityPorts() {
    return ports(PortKind.OBSERVABILITY);
  }

  /** {@return the control ports, in document order} */
  public List<Port> controlPorts() {
    return ports(PortKind.CONTROL);
  }

  /** Builds {@link InterfaceComponents}. */
  public static final class Builder extends DpdsObject.Builder<InterfaceComponents, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets the ports of one kind; each port must be of that kind. Null removes the list.
     *
     * @param kind the kind of the ports
     * @param ports the ports, or null to remove the list
     * @return this builder
     */
    public Builder ports(PortKind kind, List<Port> ports) {
      if (ports != null) {
        for (Port port : ports) {
          if (port.kind() != kind) {
            throw new IllegalArgumentException("a " + port.kind() + " port in " + kind.field());
          }
        }
      }
      return setList(kind.field(), ports);
    }

    @Override
    Shape<InterfaceComponents> shape() {
      return Shapes.INTERFACE_COMPONENTS;
    }
  }
}
