package io.dpds.lifecycle;

import java.util.Objects;

/**
 * Criteria of {@link RegistryService#search}: every criterion given must match; none given matches every version.
 * Immutable; build with the {@code with...} methods from {@link #all()}.
 */
public record VersionQuery(String domain, String owner, String tag, String fqn) {

  /** Every version. */
  public static VersionQuery all() {
    return new VersionQuery(null, null, null, null);
  }

  /** Only versions of products of {@code domain}. */
  public VersionQuery withDomain(String domain) {
    return new VersionQuery(Objects.requireNonNull(domain), owner, tag, fqn);
  }

  /** Only versions whose owner id is {@code owner}. */
  public VersionQuery withOwner(String owner) {
    return new VersionQuery(domain, Objects.requireNonNull(owner), tag, fqn);
  }

  /** Only versions tagged {@code tag}. */
  public VersionQuery withTag(String tag) {
    return new VersionQuery(domain, owner, Objects.requireNonNull(tag), fqn);
  }

  /** The version's FQN, or the product's FQN without the major version (all its versions). */
  public VersionQuery withFqn(String fqn) {
    return new VersionQuery(domain, owner, tag, Objects.requireNonNull(fqn));
  }

  boolean matches(VersionRecord r) {
    return (domain == null || domain.equals(r.domain())) && (owner == null || owner.equals(r.owner()))
        && (tag == null || r.tags().contains(tag)) && (fqn == null || fqn.equals(r.fqn()) || fqn.equals(r.product()));
  }
}
