package io.dpds.policy;

import io.dpds.load.Pointers;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a descriptor may hold secrets: the configuration areas of lifecycle tasks and their templates (and the DRAFT
 * build, deploy and provision information), and any field named like a secret. Policy messages never quote a value
 * found there, so that a plaintext secret reaches neither the output nor the audit trail.
 */
final class Sensitive {

  /** The fields whose whole content is configuration. */
  static final Set<String> AREAS = Set.of("configurations", "template", "buildInfo", "deployInfo", "provisionInfo",
      "lifecycleInfo");
  /** What a message says instead of a withheld value. */
  static final String WITHHELD = "a value not shown (it is configuration, or its field is named like a secret)";

  private static final Pattern SECRET_KEY = Pattern.compile("(?i)(secret|passw(or)?d|pwd|api[_-]?key|apikey"
      + "|access[_-]?key|private[_-]?key|token|credential|auth[_-]?key|(^|[_.-])key$)");

  private Sensitive() {}

  /** Whether a field named {@code key} is named like a secret (password, api_key, token, ...). */
  static boolean secretKey(String key) {
    return SECRET_KEY.matcher(key).find();
  }

  /** Whether the value at {@code pointer} is configuration or under a field named like a secret. */
  static boolean at(String pointer) {
    List<String> tokens = Pointers.tokens(pointer);
    for (String token : tokens) {
      if (AREAS.contains(token) || token.startsWith("x-") || secretKey(token)) {
        return true;
      }
    }
    return false;
  }
}
