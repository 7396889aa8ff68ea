package io.dpds.lifecycle;

import java.util.Objects;

/**
 * Criteria of {@link RegistryService#search}: every criterion given must match; none given matches every version.
 * Immutable; build with the {@code with...} methods from {@link #all()}.
 */
public record VersionQuery(String domain, String owner, String tag, String fqn) {

  /** {@return every version} */
  public static VersionQuery all() {
    return new VersionQuery(null, null, null, null);
  }

  /**
   * {@return only versions of products of {@code domain}}
   *
   * @param domain the domain
   */
  public VersionQuery withDomain(String domain) {
    return new VersionQuery(Objects.requireNonNull(domain), owner, tag, fqn);
  }

  /**
   * {@return only versions whose owner id is {@code owner}}
   *
   * @param owner the owner's id
   */
  public VersionQuery withOwner(String owner) {
    return new VersionQuery(domain, Objects.requireNonNull(owner), tag, fqn);
  }

  /**
   * {@return only versions tagged {@code tag}}
   *
   * @param tag the tag
   */
  public VersionQuery withTag(String tag) {
    return new VersionQuery(domain, owner, Objects.requireNonNull(tag), fqn);
  }

  /**
   * {@return only the versions {@code fqn} names: one version's FQN, or a product's FQN without the major version (all
   * its versions)}
   *
   * @param fqn the FQN
   */
  public VersionQuery withFqn(String fqn) {
    return new VersionQuery(domain, owner, tag, Objects.requireNonNull(fqn));
  }

  boolean matches(VersionRecord r) {
    return (domain == null || domain.equals(r.domain())) && (owner == null || owner.equals(r.owner()))
        && (tag == null || r.tags().contains(tag)) && (fqn == null || fqn.equals(r.fqn()) || fqn.equals(r.product()));
  }
}
