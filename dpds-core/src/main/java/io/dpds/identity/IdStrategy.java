package io.dpds.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How an entity's {@code id} is derived from its fully qualified name. Implementations are stateless. */
@FunctionalInterface
public interface IdStrategy {

  /**
   * {@return the id of the entity whose fully qualified name is {@code fqn}}
   *
   * @param fqn a fully qualified name
   */
  UUID idFor(String fqn);

  /** The DNS namespace UUID of RFC 4122, appendix C. */
  UUID NAMESPACE_DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  /**
   * DPDS 1.0.0: UUID version 5 (SHA-1) of the FQN in the DNS namespace, which reproduces the spec's example values
   * (e.g. {@code urn:dpds:it.quantyca:dataproducts:tripExecution:1} gives {@code 2b172838-73b1-5d6c-be45-cc75aee180a0}).
   */
  IdStrategy UUID_V5 = fqn -> v5(NAMESPACE_DNS, fqn);

  /**
   * Compatibility with the ODM reference platform, which uses Java's {@code UUID.nameUUIDFromBytes} (version 3, MD5,
   * no namespace). Not what the spec says; use it only to match ids that platform issued.
   */
  IdStrategy ODM_PLATFORM = fqn -> UUID.nameUUIDFromBytes(fqn.getBytes(StandardCharsets.UTF_8));

  /** The names of the built-in strategies, as a configuration file or a command line gives them. */
  List<String> NAMES = List.of("uuid-v5", "odm-platform");

  /**
   * {@return the built-in strategy named {@code name}: {@code uuid-v5} ({@link #UUID_V5}) or {@code odm-platform}
   * ({@link #ODM_PLATFORM}); empty for any other name}
   *
   * @param name the strategy's name, one of {@link #NAMES}
   */
  static Optional<IdStrategy> named(String name) {
    return switch (name) {
      case "uuid-v5" -> Optional.of(UUID_V5);
      case "odm-platform" -> Optional.of(ODM_PLATFORM);
      default -> Optional.empty();
    };
  }

  /**
   * {@return the RFC 4122 name-based UUID, version 5 (SHA-1), of {@code name} (UTF-8) in {@code namespace}}
   *
   * @param namespace the namespace UUID
   * @param name the name
   */
  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    sha1.update(toBytes(namespace.getMostSignificantBits()));
    sha1.update(toBytes(namespace.getLeastSignificantBits()));
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (hash[i] & 0xff);
      lsb = (lsb << 8) | (hash[i + 8] & 0xff);
    }
    return new UUID(msb, lsb);
  }

  private static byte[] toBytes(long value) {
    byte[] out = new byte[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = (byte) value;
      value >>>= 8;
    }
    return out;
  }
}
