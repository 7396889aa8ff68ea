package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** General information about the data product. */
public final class Info extends DpdsObject {

  Info(Map<String, Object> properties) {
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
    return Shapes.INFO;
  }

  /** Read-only: UUID v5 of the fully qualified name. */
  public Optional<String> id() {
    return text("id");
  }

  /** {@code urn:dpds:{namespace}:dataproducts:{name}:{major}}. */
  public Optional<String> fullyQualifiedName() {
    return text("fullyQualifiedName");
  }

  /** Read-only: {@code dataproduct}. */
  public Optional<String> entityType() {
    return text("entityType");
  }

  /** Required; unique within the mesh namespace. */
  public Optional<String> name() {
    return text("name");
  }

  /** Required; the SemVer version of this product definition. */
  public Optional<String> version() {
    return text("version");
  }

  public Optional<String> displayName() {
    return text("displayName");
  }

  public Optional<String> description() {
    return text("description");
  }

  /** Required. */
  public Optional<String> domain() {
    return text("domain");
  }

  /** Required. */
  public Optional<Owner> owner() {
    return one("owner", Owner.class);
  }

  public List<ContactPoint> contactPoints() {
    return many("contactPoints");
  }

  /** Builds a {@link Info}. */
  public static final class Builder extends DpdsObject.Builder<Info, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder id(String id) {
      return set("id", id);
    }

    public Builder fullyQualifiedName(String fullyQualifiedName) {
      return set("fullyQualifiedName", fullyQualifiedName);
    }

    public Builder entityType(String entityType) {
      return set("entityType", entityType);
    }

    public Builder name(String name) {
      return set("name", name);
    }

    public Builder version(String version) {
      return set("version", version);
    }

    public Builder displayName(String displayName) {
      return set("displayName", displayName);
    }

    public Builder description(String description) {
      return set("description", description);
    }

    public Builder domain(String domain) {
      return set("domain", domain);
    }

    public Builder owner(Owner owner) {
      return set("owner", owner);
    }

    public Builder contactPoints(List<ContactPoint> contactPoints) {
      return setList("contactPoints", contactPoints);
    }

    @Override
    Shape<Info> shape() {
      return Shapes.INFO;
    }
  }
}
