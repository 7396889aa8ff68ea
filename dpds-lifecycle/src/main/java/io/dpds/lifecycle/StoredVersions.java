package io.dpds.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.identity.SemanticVersion;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ReferencePositions;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceLoader;
import io.dpds.spi.store.LifecycleStore;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry's versions as kept in the store: one collection of stored versions per product (record and
 * self-contained descriptor, written by {@link StoredJson}), and the list of products. Reading them back and searching
 * them lives here; deciding what may be stored is {@link RegistryService}'s. Thread-safe as the store is.
 */
final class StoredVersions {

  private static final String PRODUCTS = "products";

  /**
   * A stored version: its record, its self-contained resolved tree, and, while it is being published, the
   * publication that owns it (its correlation id; absent once published).
   */
  record Stored(VersionRecord record, JsonNode descriptor, @JsonInclude(JsonInclude.Include.NON_NULL)
      @Nullable String owner) {

    Stored(VersionRecord record, JsonNode descriptor) {
      this(record, descriptor, null);
    }

    byte[] bytes() {
      return StoredJson.write(this);
    }

    static Stored read(byte[] bytes, String product, String version) {
      return StoredJson.read(bytes, Stored.class, "version " + version + " of " + product);
    }
  }

  /** A stored version with its descriptor loaded back, read once. */
  record Published(VersionRecord record, ResolvedDescriptor descriptor) {}

  private final LifecycleStore store;

  StoredVersions(LifecycleStore store) {
    this.store = store;
  }

  /** The product key of an FQN, with or without the major version (the same for all versions). */
  static String productKey(String product) {
    String[] parts = product.split(":");
    return parts.length == 6 && parts[5].chars().allMatch(Character::isDigit)
        ? product.substring(0, product.lastIndexOf(':')) : product;
  }

  private static String versionsOf(String product) {
    return "versions:" + product;
  }

  /** The stored entry of a version (with its revision), if any. */
  Optional<LifecycleStore.Entry> entry(String product, String version) {
    return store.get(versionsOf(productKey(product)), version);
  }

  /** Stores a new version; false when the version is stored already. */
  boolean create(Stored stored) {
    store.create(PRODUCTS, stored.record().product(), new byte[0]);
    return store.create(versionsOf(stored.record().product()), stored.record().version(), stored.bytes());
  }

  /** Replaces a version if it is still at {@code revision}; false otherwise. */
  boolean replace(Stored stored, long revision) {
    return store.replace(versionsOf(stored.record().product()), stored.record().version(), revision,
        stored.bytes());
  }

  /**
   * Replaces the version {@code claim} names with {@code next}, or removes it when {@code next} is null, if it is
   * still {@code claim}'s (the same owner): a publication that lost its claim to a later attempt changes nothing.
   */
  boolean settle(Stored claim, @Nullable Stored next) {
    String product = claim.record().product();
    String version = claim.record().version();
    Optional<LifecycleStore.Entry> entry = entry(product, version);
    if (entry.isEmpty() || !Objects.equals(Stored.read(entry.get().value(), product, version).owner(),
        claim.owner())) {
      return false;
    }
    return next == null ? store.delete(versionsOf(product), version, entry.get().revision())
        : replace(next, entry.get().revision());
  }

  /** Removes a version if it is still at {@code revision}. */
  boolean rollBack(String product, String version, long revision) {
    return store.delete(versionsOf(productKey(product)), version, revision);
  }

  /** Every version of {@code product}, lowest version first. */
  List<VersionRecord> versions(String product) {
    String key = versionsOf(productKey(product));
    List<VersionRecord> out = new ArrayList<>();
    for (String version : store.keys(key)) {
      store.get(key, version).map(e -> Stored.read(e.value(), product, version).record()).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(r -> SemanticVersion.parse(r.version()).orElseThrow())); // stored: versions
    return out;
  }

  /** The record of a version, if stored. */
  Optional<VersionRecord> get(String product, String version) {
    return entry(product, version).map(e -> Stored.read(e.value(), product, version).record());
  }

  /** A version with its descriptor loaded back from the store (locations point into the store). */
  Optional<Published> published(String product, String version) {
    return entry(product, version).flatMap(e -> {
      Stored stored = Stored.read(e.value(), product, version);
      return read(stored.record().product(), version, stored.descriptor()).map(d -> new Published(stored.record(), d));
    });
  }

  /**
   * {@return {@code content}, a version's descriptor as the store keeps it, read back as a version is judged: with
   * references in promise, expectation and obligation fields followed (locations point into the store)}
   */
  static Optional<ResolvedDescriptor> read(String product, String version, JsonNode content) {
    URI uri = URI.create("registry:/" + product.replace(':', '/') + "/" + version + ".json");
    return DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT)
        .loader(ResourceLoader.inMemory(Map.of(uri.toString(), content.toString()))).build().load(uri).resolved();
  }

  /** The versions matching every criterion of {@code query}, by product then version. */
  List<VersionRecord> search(VersionQuery query) {
    List<VersionRecord> out = new ArrayList<>();
    for (String product : store.keys(PRODUCTS)) {
      versions(product).stream().filter(query::matches).forEach(out::add);
    }
    return out;
  }
}
