package io.dpds.model;

import java.util.Map;
import java.util.Optional;

/**
 * Something described with an external specification: an API (OpenAPI, AsyncAPI, ...), a template, an SLO, a policy.
 * {@code version} is the definition's own version; {@code specificationVersion} the external spec's.
 */
public final class StandardDefinition extends Component {

  StandardDefinition(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link StandardDefinition}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.STANDARD_DEFINITION;
  }

  /**
   * {@return the external specification, e.g. {@code asyncapi}, {@code openapi}, {@code datastoreapi}, {@code custom}}
   */
  public Optional<String> specification() {
    return text("specification");
  }

  /** {@return the version of the external specification; when absent, the definition itself states it} */
  public Optional<String> specificationVersion() {
    return text("specificationVersion");
  }

  /** {@return the content: inline object, inline text, or a reference (see {@link Definition})} */
  public Optional<Definition> definition() {
    return one("definition", Definition.class);
  }

  /** Builds a {@link StandardDefinition}. */
  public static final class Builder extends Component.Builder<StandardDefinition, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code specification}.
     *
     * @param specification the name of the external specification, e.g. {@code asyncapi}, or null to remove it
     * @return this builder
     */
    public Builder specification(String specification) {
      return set("specification", specification);
    }

    /**
     * Sets {@code specificationVersion}.
     *
     * @param specificationVersion the version of the external specification, e.g. {@code 3.0.0}, or null to remove it
     * @return this builder
     */
    public Builder specificationVersion(String specificationVersion) {
      return set("specificationVersion", specificationVersion);
    }

    /**
     * Sets {@code definition}.
     *
     * @param definition the definition: text, an object, or a reference, or null to remove it
     * @return this builder
     */
    public Builder definition(Definition definition) {
      return set("definition", definition);
    }

    @Override
    Shape<StandardDefinition> shape() {
      return Shapes.STANDARD_DEFINITION;
    }
  }
}
