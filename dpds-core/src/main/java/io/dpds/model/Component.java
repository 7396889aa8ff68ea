package io.dpds.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields every DPDS component entity shares: ports, application and infrastructural components, and Standard
 * Definitions. {@code id}, {@code fullyQualifiedName} and {@code entityType} are read-only in the spec: the platform
 * derives them (see {@code io.dpds.identity.Enricher}); values an author wrote are kept as written.
 */
public abstract class Component extends DpdsObject {

  Component(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return the read-only identifier, a UUID v5 of the fully qualified name} */
  public Optional<String> id() {
    return text("id");
  }

  /** {@return the fully qualified name, a URN} */
  public Optional<String> fullyQualifiedName() {
    return text("fullyQualifiedName");
  }

  /** {@return the read-only entity type, e.g. {@code outputport}} */
  public Optional<String> entityType() {
    return text("entityType");
  }

  /** {@return the name} Required by the spec, so empty only in an invalid or unresolved descriptor. */
  public Optional<String> name() {
    return text("name");
  }

  /** {@return the SemVer version} Required by the spec. */
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

  /** {@return the group the component belongs to} */
  public Optional<String> componentGroup() {
    return text("componentGroup");
  }

  /** {@return the tags} */
  public List<String> tags() {
    return texts("tags");
  }

  /** {@return the external documentation} */
  public Optional<ExternalResource> externalDocs() {
    return one("externalDocs", ExternalResource.class);
  }

  /**
   * {@return the Reference Object this component stands for when it is a {@code $ref} that was not resolved (authored
   * form, or a reference that failed); empty for a real component}
   */
  public Optional<Reference> reference() {
    return stub();
  }

  /** Setters of the shared fields. */
  @SuppressWarnings("unchecked")
  public abstract static class Builder<T extends Component, B extends Builder<T, B>>
      extends DpdsObject.Builder<T, B> {

    Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code id}.
     *
     * @param id the read-only identifier, a UUID v5 of the fully qualified name, or null to remove it
     * @return this builder
     */
    public B id(String id) {
      return set("id", id);
    }

    /**
     * Sets {@code fullyQualifiedName}.
     *
     * @param fqn the fully qualified name, a URN, or null to remove it
     * @return this builder
     */
    public B fullyQualifiedName(String fqn) {
      return set("fullyQualifiedName", fqn);
    }

    /**
     * Sets {@code entityType}.
     *
     * @param entityType the read-only entity type, e.g. {@code outputport}, or null to remove it
     * @return this builder
     */
    public B entityType(String entityType) {
      return set("entityType", entityType);
    }

    /**
     * Sets {@code name}.
     *
     * @param name the name, or null to remove it
     * @return this builder
     */
    public B name(String name) {
      return set("name", name);
    }

    /**
     * Sets {@code version}.
     *
     * @param version the SemVer version, or null to remove it
     * @return this builder
     */
    public B version(String version) {
      return set("version", version);
    }

    /**
     * Sets {@code displayName}.
     *
     * @param displayName the human-readable name, or null to remove it
     * @return this builder
     */
    public B displayName(String displayName) {
      return set("displayName", displayName);
    }

    /**
     * Sets {@code description}.
     *
     * @param description the description, or null to remove it
     * @return this builder
     */
    public B description(String description) {
      return set("description", description);
    }

    /**
     * Sets {@code componentGroup}.
     *
     * @param componentGroup the group the component belongs to, or null to remove it
     * @return this builder
     */
    public B componentGroup(String componentGroup) {
      return set("componentGroup", componentGroup);
    }

    /**
     * Sets {@code tags}.
     *
     * @param tags the tags, or null to remove it
     * @return this builder
     */
    public B tags(List<String> tags) {
      return setList("tags", tags);
    }

    /**
     * Sets {@code externalDocs}.
     *
     * @param externalDocs the external documentation, or null to remove it
     * @return this builder
     */
    public B externalDocs(ExternalResource externalDocs) {
      return set("externalDocs", externalDocs);
    }

    /**
     * Makes this a reference stub: sets {@code $ref}, and {@code description}/{@code mediaType} when given.
     *
     * @param reference the Reference Object the component stands for
     * @return this builder
     */
    public B reference(Reference reference) {
      set("$ref", reference.ref().orElseThrow(() -> new IllegalArgumentException("reference without $ref")));
      reference.description().ifPresent(d -> set("description", d));
      return reference.mediaType().isPresent() ? set("mediaType", reference.mediaType().get()) : (B) this;
    }
  }
}
