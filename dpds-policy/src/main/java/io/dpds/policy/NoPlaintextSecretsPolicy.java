package io.dpds.policy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.spi.policy.Policy;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in policy {@code builtin.no-plaintext-secrets}: lifecycle task configurations and templates, DRAFT build,
 * deploy and provision information, any {@code configurations} object and every {@code x-} extension hold no literal
 * secrets: no key named like a secret (secret, password, api_key, token, credential, private key, ...) with a literal
 * value, and no high-entropy literal. References are fine: {@code ${VAR}}, {@code $ENV{VAR}}, {@code $VAR},
 * {@code {{ secrets.x }}}, {@code vault:}, {@code secret:}, {@code env:}, AWS/GCP/Azure secret stores. Messages name
 * the key, never the value.
 */
final class NoPlaintextSecretsPolicy implements Policy {

  static final String ID = "builtin.no-plaintext-secrets";
  /** A whole value that is a variable: {@code $ENV{VAR}} or {@code $VAR}; matched in linear time. */
  private static final Pattern VARIABLE = Pattern.compile("(?i)\\$ENV\\{[^}]+}|\\$[A-Z_][A-Z0-9_]*");
  /** The start of a reference to a secret store; matched with {@code lookingAt}, in linear time. */
  private static final Pattern STORE = Pattern.compile("(?i)(vault|secret|secrets|env|ssm|keyvault|azure-keyvault"
      + "|gcp-secret):|arn:aws:(secretsmanager|ssm):|projects/[^/]+/secrets/");
  /** Values longer than this are examined up to this length only: inspection stays linear and bounded. */
  static final int MAX_EXAMINED = 64 * 1024;
  private static final int MIN_SECRET_LENGTH = 20;
  private static final double MIN_ENTROPY = 4.0;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Lifecycle task configurations, templates and x- extensions hold no plaintext secrets (keys named like"
        + " secret, password, api_key or token with literal values, or high-entropy literals)";
  }

  @Override
  public String hint() {
    return "Reference an environment variable (${KAFKA_API_KEY}) or a secret store (vault:kv/kafka#key) instead,"
        + " and rotate the exposed credential.";
  }

  @Override
  public boolean blocking() {
    return true;
  }

  @Override
  public Set<PolicyEvent> events() {
    return Set.of();
  }

  @Override
  public List<PolicyViolation> evaluate(PolicyInput input) {
    ResolvedDescriptor descriptor = input.subject();
    List<PolicyViolation> violations = new ArrayList<>();
    find(descriptor, descriptor.tree(), new ArrayList<>(), false, violations);
    return violations;
  }

  /**
   * Walks the tree; inside an area (or an extension) every string value is inspected. {@code path} holds the
   * pointer's tokens, joined only when a value is reported.
   */
  private static void find(ResolvedDescriptor d, JsonNode node, List<String> path, boolean inside,
      List<PolicyViolation> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String key = field.getKey();
        boolean area = inside || Sensitive.AREAS.contains(key) || key.startsWith("x-");
        JsonNode value = field.getValue();
        path.add(key);
        if (area && value.isTextual()) {
          inspect(d, key, value.textValue(), path, out);
        } else if (value.isContainerNode()) {
          find(d, value, path, area, out);
        }
        path.remove(path.size() - 1);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        path.add(Integer.toString(i));
        if (inside && item.isTextual()) {
          inspect(d, "", item.textValue(), path, out);
        } else if (item.isContainerNode()) {
          find(d, item, path, inside, out);
        }
        path.remove(path.size() - 1);
      }
    }
  }

  private static void inspect(ResolvedDescriptor d, String key, String value, List<String> path,
      List<PolicyViolation> out) {
    String trimmed = (value.length() > MAX_EXAMINED ? value.substring(0, MAX_EXAMINED) : value).trim();
    if (trimmed.isEmpty() || isReference(trimmed)) {
      return;
    }
    String message = null;
    if (!key.isEmpty() && Sensitive.secretKey(key)) {
      message = key + " holds a literal value; a secret must be a reference (environment variable or secret store)";
    } else if (highEntropy(trimmed)) {
      message = (key.isEmpty() ? "A value" : key) + " holds a literal that looks like a credential (high entropy)";
    }
    if (message != null) {
      String pointer = Pointers.of(path);
      out.add(new PolicyViolation(pointer, message, d.locate(pointer).orElse(null)));
    }
  }

  /**
   * Whether {@code value} is a reference rather than a literal: a variable, a template ({@code {{ ... }}}), a value
   * holding {@code ${VAR}}, or a secret store's address. Linear in the value's length.
   */
  static boolean isReference(String value) {
    if (VARIABLE.matcher(value).matches() || STORE.matcher(value).lookingAt()) {
      return true;
    }
    int template = value.indexOf("{{");
    if (template >= 0 && value.indexOf("}}", template + 2) >= 0) {
      return true;
    }
    for (int at = value.indexOf("${"); at >= 0; at = value.indexOf("${", at + 2)) {
      int end = value.indexOf('}', at + 2);
      if (end < 0) {
        return false; // no closing brace after this one, nor after any later one
      }
      if (end > at + 2) {
        return true;
      }
    }
    return false;
  }

  /** Long, unbroken, mixed letters and digits, and at least {@value #MIN_ENTROPY} bits of entropy per character. */
  static boolean highEntropy(String value) {
    if (value.length() < MIN_SECRET_LENGTH || value.contains("://") || value.chars().anyMatch(Character::isWhitespace)
        || value.chars().noneMatch(Character::isDigit) || value.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    int[] counts = new int[128];
    int other = 0;
    for (char c : value.toCharArray()) {
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double entropy = 0;
    for (int count : counts) {
      if (count > 0) {
        double p = (double) count / value.length();
        entropy -= p * Math.log(p) / Math.log(2);
      }
    }
    return other == 0 && entropy >= MIN_ENTROPY;
  }
}
