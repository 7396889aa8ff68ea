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

  public static Builder builder(PortKind kind) {
    return new Builder(kind, Map.of());
  }

  public Builder toBuilder() {
    return new Builder(kind, properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.port(kind);
  }

  public PortKind kind() {
    return kind;
  }

  public Optional<Promises> promises() {
    return one("promises", Promises.class);
  }

  public Optional<Expectations> expectations() {
    return one("expectations", Expectations.class);
  }

  public Optional<Obligations> obligations() {
    return one("obligations", Obligations.class);
  }

  /** The DRAFT-era {@code contracts} (renamed {@code obligations} in 1.0.0), kept so it can be reported and mapped. */
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

    public Builder promises(Promises promises) {
      return set("promises", promises);
    }

    public Builder expectations(Expectations expectations) {
      return set("expectations", expectations);
    }

    public Builder obligations(Obligations obligations) {
      return set("obligations", obligations);
    }

    @Override
    Shape<Port> shape() {
      return Shapes.port(kind);
    }
  }
}
