package io.dpds.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.identity.Fqn;
import io.dpds.identity.SemanticVersion;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.Info;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Who a descriptor is in the registry: the product (FQN without the major version, so that all versions share it),
 * the version's FQN and version, and the digest of its canonical content.
 */
record Identity(String product, String fqn, String version, String digest) {

  /**
   * The identity of {@code d} whose content is {@code content} (its self-contained tree), or empty when it has no
   * product FQN or no semantic version.
   */
  static Optional<Identity> of(ResolvedDescriptor d, JsonNode content) {
    Optional<Info> info = d.descriptor().info();
    Optional<Fqn> fqn = info.flatMap(Info::fullyQualifiedName).flatMap(Fqn::parse)
        .filter(f -> f.kind() == Fqn.Kind.DATA_PRODUCT);
    Optional<String> version = info.flatMap(Info::version).filter(SemanticVersion::isValid);
    if (fqn.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    String text = fqn.get().toString();
    String product = text.substring(0, text.lastIndexOf(':'));
    return Optional.of(new Identity(product, text, version.get(), digest(content)));
  }

  /** {@return the version as SemVer reads it} */
  SemanticVersion semanticVersion() {
    return SemanticVersion.parse(version).orElseThrow(); // made of a valid version only
  }

  /** SHA-256 of the tree written with sorted keys: two trees of the same content have the same digest. */
  static String digest(JsonNode tree) {
    StringBuilder canonical = new StringBuilder();
    canonical(tree, canonical);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static void canonical(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      out.append('{');
      for (String name : names) {
        out.append(quote(name)).append(':');
        canonical(node.get(name), out);
        out.append(',');
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      node.forEach(item -> {
        canonical(item, out);
        out.append(',');
      });
      out.append(']');
    } else if (node.isNumber()) {
      out.append(node.decimalValue().stripTrailingZeros().toPlainString());
    } else {
      out.append(node.toString());
    }
  }

  private static String quote(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
  }
}
