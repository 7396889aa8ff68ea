package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** General information about the data product. */
public final class Info extends DpdsObject {

  Info(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link Info}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.INFO;
  }

  /**
   * {@return the identifier, a UUID v5 of the fully qualified name} Read-only: the platform derives it.
   */
  public Optional<String> id() {
    return text("id");
  }

  /** {@return the fully qualified name} {@code urn:dpds:{namespace}:dataproducts:{name}:{major}}. */
  public Optional<String> fullyQualifiedName() {
    return text("fullyQualifiedName");
  }

  /** {@return the entity type} Read-only: {@code dataproduct}. */
  public Optional<String> entityType() {
    return text("entityType");
  }

  /** {@return the product's name} Required; unique within the mesh namespace. */
  public Optional<String> name() {
    return text("name");
  }

  /** {@return the SemVer version of this product definition} Required. */
  public Optional<String> version() {
    return text("version");
  }

  /** {@return the human-readable name} */
  public Optional<String> displayName() {
    return text("displayName");
  }

  /** {@return the description} */
  public Optional<String> description() {
    return text("description");
  }

  /** {@return the domain the product belongs to} Required. */
  public Optional<String> domain() {
    return text("domain");
  }

  /** {@return the owner} Required. */
  public Optional<Owner> owner() {
    return one("owner", Owner.class);
  }

  /** {@return the contact points} */
  public List<ContactPoint> contactPoints() {
    return many("contactPoints");
  }

  /** Builds a {@link Info}. */
  public static final class Builder extends DpdsObject.Builder<Info, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code id}.
     *
     * @param id the read-only identifier, a UUID v5 of the fully qualified name, or null to remove it
     * @return this builder
     */
    public Builder id(String id) {
      return set("id", id);
    }

    /**
     * Sets {@code fullyQualifiedName}.
     *
     * @param fullyQualifiedName the fully qualified name, a URN, or null to remove it
     * @return this builder
     */
    public Builder fullyQualifiedName(String fullyQualifiedName) {
      return set("fullyQualifiedName", fullyQualifiedName);
    }

    /**
     * Sets {@code entityType}.
     *
     * @param entityType the read-only entity type, e.g. {@code outputport}, or null to remove it
     * @return this builder
     */
    public Builder entityType(String entityType) {
      return set("entityType", entityType);
    }

    /**
     * Sets {@code name}.
     *
     * @param name the name, or null to remove it
     * @return this builder
     */
    public Builder name(String name) {
      return set("name", name);
    }

    /**
     * Sets {@code version}.
     *
     * @param version the SemVer version, or null to remove it
     * @return this builder
     */
    public Builder version(String version) {
      return set("version", version);
    }

    /**
     * Sets {@code displayName}.
     *
     * @param displayName the human-readable name, or null to remove it
     * @return this builder
     */
    public Builder displayName(String displayName) {
      return set("displayName", displayName);
    }

    /**
     * Sets {@code description}.
     *
     * @param description the description, or null to remove it
     * @return this builder
     */
    public Builder description(String description) {
      return set("description", description);
    }

    /**
     * Sets {@code domain}.
     *
     * @param domain the domain the product belongs to, or null to remove it
     * @return this builder
     */
    public Builder domain(String domain) {
      return set("domain", domain);
    }

    /**
     * Sets {@code owner}.
     *
     * @param owner the owner, or null to remove it
     * @return this builder
     */
    public Builder owner(Owner owner) {
      return set("owner", owner);
    }

    /**
     * Sets {@code contactPoints}.
     *
     * @param contactPoints the contact points, or null to remove it
     * @return this builder
     */
    public Builder contactPoints(List<ContactPoint> contactPoints) {
      return setList("contactPoints", contactPoints);
    }

    @Override
    Shape<Info> shape() {
      return Shapes.INFO;
    }
  }
}
