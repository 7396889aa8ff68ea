package io.dpds.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A port component of one of the five kinds; a port always knows its {@link #kind()}. */
public final class Port extends Component {

  private final PortKind kind;

  Port(PortKind kind, Map<String, Object> properties) {
    super(properties);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * {@return a builder of a new {@link Port}}
   *
   * @param kind the kind of the port
   */
  public static Builder builder(PortKind kind) {
    return new Builder(kind, Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(kind, properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.port(kind);
  }

  /** {@return the kind of port} */
  public PortKind kind() {
    return kind;
  }

  /** {@return the promises: what the port offers} */
  public Optional<Promises> promises() {
    return one("promises", Promises.class);
  }

  /** {@return the expectations: how it is meant to be used} */
  public Optional<Expectations> expectations() {
    return one("expectations", Expectations.class);
  }

  /** {@return the obligations: what provider and consumers agree to} */
  public Optional<Obligations> obligations() {
    return one("obligations", Obligations.class);
  }

  /**
   * {@return the DRAFT-era {@code contracts} (renamed {@code obligations} in 1.0.0), kept so it can be reported and
   * mapped}
   */
  public Optional<Obligations> draftContracts() {
    return one("contracts", Obligations.class);
  }

  /** Builds a {@link Port}. */
  public static final class Builder extends Component.Builder<Port, Builder> {
    private final PortKind kind;

    private Builder(PortKind kind, Map<String, Object> properties) {
      super(properties);
      this.kind = kind;
    }

    /**
     * Sets {@code promises}.
     *
     * @param promises the promises: what the port offers, or null to remove it
     * @return this builder
     */
    public Builder promises(Promises promises) {
      return set("promises", promises);
    }

    /**
     * Sets {@code expectations}.
     *
     * @param expectations the expectations: how it is meant to be used, or null to remove it
     * @return this builder
     */
    public Builder expectations(Expectations expectations) {
      return set("expectations", expectations);
    }

    /**
     * Sets {@code obligations}.
     *
     * @param obligations the obligations: what provider and consumers agree to, or null to remove it
     * @return this builder
     */
    public Builder obligations(Obligations obligations) {
      return set("obligations", obligations);
    }

    @Override
    Shape<Port> shape() {
      return Shapes.port(kind);
    }
  }
}
