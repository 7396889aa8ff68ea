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

  public Optional<String> id() {
    return text("id");
  }

  public Optional<String> fullyQualifiedName() {
    return text("fullyQualifiedName");
  }

  public Optional<String> entityType() {
    return text("entityType");
  }

  /** The name; required by the spec, so empty only in an invalid or unresolved descriptor. */
  public Optional<String> name() {
    return text("name");
  }

  /** The SemVer version; required by the spec. */
  public Optional<String> version() {
    return text("version");
  }

  public Optional<String> displayName() {
    return text("displayName");
  }

  public Optional<String> description() {
    return text("description");
  }

  public Optional<String> componentGroup() {
    return text("componentGroup");
  }

  public List<String> tags() {
    return texts("tags");
  }

  public Optional<ExternalResource> externalDocs() {
    return one("externalDocs", ExternalResource.class);
  }

  /**
   * The Reference Object this component stands for when it is a {@code $ref} that was not resolved (authored form,
   * or a reference that failed); empty for a real component.
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

    public B id(String id) {
      return set("id", id);
    }

    public B fullyQualifiedName(String fqn) {
      return set("fullyQualifiedName", fqn);
    }

    public B entityType(String entityType) {
      return set("entityType", entityType);
    }

    public B name(String name) {
      return set("name", name);
    }

    public B version(String version) {
      return set("version", version);
    }

    public B displayName(String displayName) {
      return set("displayName", displayName);
    }

    public B description(String description) {
      return set("description", description);
    }

    public B componentGroup(String componentGroup) {
      return set("componentGroup", componentGroup);
    }

    public B tags(List<String> tags) {
      return setList("tags", tags);
    }

    public B externalDocs(ExternalResource externalDocs) {
      return set("externalDocs", externalDocs);
    }

    /** Makes this a reference stub: sets {@code $ref}, and {@code description}/{@code mediaType} when given. */
    public B reference(Reference reference) {
      set("$ref", reference.ref().orElseThrow(() -> new IllegalArgumentException("reference without $ref")));
      reference.description().ifPresent(d -> set("description", d));
      return reference.mediaType().isPresent() ? set("mediaType", reference.mediaType().get()) : (B) this;
    }
  }
}
