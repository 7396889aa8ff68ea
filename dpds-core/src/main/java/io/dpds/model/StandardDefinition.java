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

  /**
   * {@return whether {@code a} and {@code b} name the same version of an external specification: equal once the white
   * space around them is taken away and the trailing {@code .0}s a writer may leave out are put back ({@code 3.0} is
   * {@code 3.0.0})} Letter case counts.
   *
   * @param a a version as written, e.g. a specificationVersion
   * @param b another, e.g. the version the definition itself declares
   */
  public static boolean sameSpecificationVersion(String a, String b) {
    return withPatch(a).equals(withPatch(b));
  }

  /** {@return {@code version} stripped, with {@code .0} added up to three numbers when it ends in a digit} */
  private static String withPatch(String version) {
    String v = version.strip();
    int dots = 0;
    for (int i = 0; i < v.length(); i++) {
      dots += v.charAt(i) == '.' ? 1 : 0;
    }
    for (; dots < 2 && !v.isEmpty() && Character.isDigit(v.charAt(v.length() - 1)); dots++) {
      v = v + ".0";
    }
    return v;
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
