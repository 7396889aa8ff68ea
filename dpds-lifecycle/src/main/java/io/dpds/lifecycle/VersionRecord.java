package io.dpds.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A product version in the registry: what it is, where it stands, and the digest of its content. The content itself
 * (the resolved descriptor) is read with {@link RegistryService#descriptor}.
 *
 * @param product the product: its FQN without the major version, the same for all its versions
 * @param fqn the version's FQN ({@code info.fullyQualifiedName})
 * @param name {@code info.name}
 * @param version {@code info.version}
 * @param domain {@code info.domain}, or null
 * @param owner {@code info.owner.id}, or null
 * @param tags the product's tags
 * @param status where the version stands
 * @param publishedAt when it was stored
 * @param digest SHA-256 of its canonical content: the same version may be published again only with this content
 */
public record VersionRecord(String product, String fqn, String name, String version, @Nullable String domain,
    @Nullable String owner,
    List<String> tags, Status status, Instant publishedAt, String digest) {

  /** Where a version stands. */
  public enum Status {
    /** Stored; its metadata is being recorded. */
    PUBLISHING,
    /** Stored and recorded: can be deployed. */
    PUBLISHED,
    /** Still deployable, but consumers should move on. */
    DEPRECATED,
    /** Retired: kept for the record, no longer deployable. */
    DECOMMISSIONED
  }

  /**
   * Checks the required parts and copies the tags.
   *
   * @param product the product: its FQN without the major version, the same for all its versions
   * @param fqn the version's FQN ({@code info.fullyQualifiedName})
   * @param name {@code info.name}
   * @param version {@code info.version}
   * @param domain {@code info.domain}, or null
   * @param owner {@code info.owner.id}, or null
   * @param tags the product's tags
   * @param status where the version stands
   * @param publishedAt when it was stored
   * @param digest SHA-256 of its canonical content: the same version may be published again only with this content
   */
  public VersionRecord {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(fqn, "fqn");
    Objects.requireNonNull(version, "version");
    tags = List.copyOf(tags);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(digest, "digest");
  }

  VersionRecord withStatus(Status next) {
    return new VersionRecord(product, fqn, name, version, domain, owner, tags, next, publishedAt, digest);
  }
}
