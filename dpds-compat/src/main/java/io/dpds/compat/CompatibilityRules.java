package io.dpds.compat;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules {@link CompatibilityChecker} classifies descriptor changes by (compatibility rules, tables b1 and b6), with
 * their stable ids; the API and payload rules are in {@link AsyncApiRules}, {@link OpenApiRules} and the payload
 * engines. A change's severity is breaking (error), warning (cannot be proven safe) or info; the severity given here
 * is the usual one, and a rule whose outcome depends on the port's direction reports the severity of that direction.
 */
public final class CompatibilityRules {

  // b1: the descriptor
  /** {@code compat.spec.minor}: dataProductDescriptor moved within major 1 (minors are additive). */
  public static final Rule SPEC_MINOR = rule("compat.spec.minor", INFO,
      "dataProductDescriptor moved within major 1 (minors are additive)", "Nothing to do.");
  /** {@code compat.spec.major}: dataProductDescriptor changed major: the meaning of fields may differ. */
  public static final Rule SPEC_MAJOR = rule("compat.spec.major", WARNING,
      "dataProductDescriptor changed major: the meaning of fields may differ",
      "Re-validate the descriptor against the new spec version and review what consumers rely on.");
  /**
   * {@code compat.product.fqn}: info.fullyQualifiedName changed other than its major segment following a major bump: a
   * new product.
   */
  public static final Rule PRODUCT_FQN = rule("compat.product.fqn", ERROR,
      "info.fullyQualifiedName changed other than its major segment following a major bump: a new product",
      "Keep the FQN (only its last segment follows the major of info.version), or publish a new product.");
  /**
   * {@code compat.product.name}: info.name changed: the product's name is part of every FQN, so this is a new product.
   */
  public static final Rule PRODUCT_NAME = rule("compat.product.name", ERROR,
      "info.name changed: the product's name is part of every FQN, so this is a new product",
      "Keep the name, or publish a new product and deprecate this one.");
  /** {@code compat.product.domain}: info.domain changed: ownership or namespace moved. */
  public static final Rule PRODUCT_DOMAIN = rule("compat.product.domain", WARNING,
      "info.domain changed: ownership or namespace moved", "Tell consumers; check access rules that use the domain.");
  /**
   * {@code compat.identity}: A read-only identity field (fullyQualifiedName, id, entityType) changed other than by a
   * product major bump.
   */
  public static final Rule IDENTITY = rule("compat.identity", ERROR,
      "A read-only identity field (fullyQualifiedName, id, entityType) changed other than by a product major bump",
      "Leave identity fields to the platform: they follow the name and the product major.");
  /**
   * {@code compat.identity.derived}: An identity field was written out, dropped, or follows the product's major bump or
   * name.
   */
  public static final Rule IDENTITY_DERIVED = rule("compat.identity.derived", INFO,
      "An identity field was written out, dropped, or follows the product's major bump or name",
      "Nothing to do.");
  /** {@code compat.version.changed}: A version field changed (checked by the version rules). */
  public static final Rule VERSION_CHANGED = rule("compat.version.changed", INFO,
      "A version field changed (checked by the version rules)", "Nothing to do.");
  /**
   * {@code compat.metadata}: Descriptive fields changed: owner, contact points, description, display name, tags,
   * external docs.
   */
  public static final Rule METADATA = rule("compat.metadata", INFO,
      "Descriptive fields changed: owner, contact points, description, display name, tags, external docs",
      "Nothing to do.");
  /** {@code compat.extension}: An x- extension changed (not part of the contract). */
  public static final Rule EXTENSION = rule("compat.extension", INFO,
      "An x- extension changed (not part of the contract)", "Nothing to do; override the severity if your platform"
          + " gives extensions meaning.");
  /**
   * {@code compat.internal}: Internal components changed (not part of the interface; dangling references are validation
   * errors).
   */
  public static final Rule INTERNAL = rule("compat.internal", INFO,
      "Internal components changed (not part of the interface; dangling references are validation errors)",
      "Nothing to do.");
  /** {@code compat.components}: The Components Object changed; its entries are judged where ports use them. */
  public static final Rule COMPONENTS = rule("compat.components", INFO,
      "The Components Object changed; its entries are judged where ports use them", "Nothing to do.");
  /** {@code compat.unknown}: A change the rules do not cover, so it cannot be proven safe. */
  public static final Rule UNKNOWN = rule("compat.unknown", WARNING,
      "A change the rules do not cover, so it cannot be proven safe",
      "Review it, then waive it or override the rule's severity.");

  // b1: ports
  /** {@code compat.port.added}: A port was added. */
  public static final Rule PORT_ADDED = rule("compat.port.added", INFO,
      "A port was added", "Nothing to do.");
  /**
   * {@code compat.port.removed}: A port was removed (a renamed port is a removal and an addition): breaking for the
   * consumers of an output port; a warning for an input port (push or pull is not known), a discovery, observability or
   * control port, and a port the old version deprecated whose period has elapsed.
   */
  public static final Rule PORT_REMOVED = rule("compat.port.removed", ERROR,
      "A port was removed (a renamed port is a removal and an addition): breaking for the consumers of an output port;"
          + " a warning for an input port (push or pull is not known), a discovery, observability or control port,"
          + " and a port the old version deprecated whose period has elapsed",
      "Keep the port, deprecate it first (promises.deprecationPolicy, x-deprecated), or bump the product major.");
  /**
   * {@code compat.port.contract-added}: A port declares something it did not declare before (platform, services type,
   * API, SLO, deprecation policy, SLA): an addition to its contract.
   */
  public static final Rule CONTRACT_ADDED = rule("compat.port.contract-added", INFO,
      "A port declares something it did not declare before (platform, services type, API, SLO, deprecation policy,"
          + " SLA): an addition to its contract", "Nothing to do.");
  /** {@code compat.port.platform}: promises.platform changed or was removed: the port moved. */
  public static final Rule PLATFORM = rule("compat.port.platform", ERROR,
      "promises.platform changed or was removed: the port moved", "Keep the platform, or bump the port major.");
  /** {@code compat.port.services-type}: promises.servicesType changed or was removed. */
  public static final Rule SERVICES_TYPE = rule("compat.port.services-type", ERROR,
      "promises.servicesType changed or was removed", "Keep the services type, or bump the port major.");
  /** {@code compat.api.specification}: promises.api.specification changed or the API was removed. */
  public static final Rule API_SPECIFICATION = rule("compat.api.specification", ERROR,
      "promises.api.specification changed or the API was removed", "Keep the API, or bump the port major.");
  /**
   * {@code compat.api.spec-version}: promises.api.specificationVersion changed: the two definitions are compared as far
   * as both versions allow.
   */
  public static final Rule API_SPEC_VERSION = rule("compat.api.spec-version", WARNING,
      "promises.api.specificationVersion changed: the two definitions are compared as far as both versions allow",
      "Review the definition for constructs whose meaning changed between the two versions.");
  /**
   * {@code compat.api.definition}: The API definition changed and no engine for its specification could prove the
   * change safe.
   */
  public static final Rule API_DEFINITION = rule("compat.api.definition", WARNING,
      "The API definition changed and no engine for its specification could prove the change safe",
      "Review the change; engines exist for AsyncAPI and OpenAPI with Avro and JSON Schema payloads.");
  /**
   * {@code compat.promise.slo}: promises.slo removed or changed (weakened cannot be told from strengthened); added is
   * info.
   */
  public static final Rule SLO = rule("compat.promise.slo", WARNING,
      "promises.slo removed or changed (weakened cannot be told from strengthened); added is info",
      "Tell consumers what changed; waive the finding when the SLO got stronger.");
  /**
   * {@code compat.promise.deprecation-policy}: promises.deprecationPolicy removed, shortened, or changed where its grace
   * period cannot be read in both versions; lengthened or added is info.
   */
  public static final Rule DEPRECATION_POLICY = rule("compat.promise.deprecation-policy", WARNING,
      "promises.deprecationPolicy removed, shortened, or changed where its grace period cannot be read in both"
          + " versions (x-deprecation-period or period, ISO 8601 or 3M); lengthened or added is info",
      "Keep the grace period at least as long; write it as x-deprecation-period so that it can be compared.");
  /**
   * {@code compat.expectation}: expectations.audience or usage added or changed (narrowed); removed is info (widened).
   */
  public static final Rule EXPECTATION = rule("compat.expectation", WARNING,
      "expectations.audience or usage added or changed (narrowed); removed is info (widened)",
      "Tell consumers whose entitlement may change.");
  /**
   * {@code compat.obligation.sla}: obligations.sla removed (breaking for consumers of an output port) or changed
   * (cannot be told weaker or stronger); added is info.
   */
  public static final Rule SLA = rule("compat.obligation.sla", WARNING,
      "obligations.sla removed (breaking for consumers of an output port) or changed (cannot be told weaker or"
          + " stronger); added is info",
      "A weaker SLA is a contract change: agree it with consumers or bump the port major.");
  /**
   * {@code compat.obligation.terms}: obligations.termsAndConditions or billingPolicy changed: consumers must accept
   * them again.
   */
  public static final Rule TERMS = rule("compat.obligation.terms", WARNING,
      "obligations.termsAndConditions or billingPolicy changed: consumers must accept them again",
      "Have consumers accept the new terms.");

  // Version rules (reported apart from the changes)
  /** {@code compat.version.decreased}: info.version or a port version is lower than in the previous version. */
  public static final Rule VERSION_DECREASED = rule("compat.version.decreased", ERROR,
      "info.version or a port version is lower than in the previous version", "Versions only ever increase.");
  /**
   * {@code compat.version.unreadable}: A version is not SemVer 2.0.0 in one of the two descriptors, so its bump cannot
   * be judged.
   */
  public static final Rule VERSION_UNREADABLE = rule("compat.version.unreadable", ERROR,
      "A version is not SemVer 2.0.0 in one of the two descriptors, so its bump cannot be judged",
      "Write versions as MAJOR.MINOR.PATCH (validation rule format.version says where).");
  /**
   * {@code compat.version.bump-too-small}: info.version does not move as far as the changes require (breaking: major,
   * or minor while the major is 0; additive: minor; other: patch).
   */
  public static final Rule BUMP_TOO_SMALL = rule("compat.version.bump-too-small", ERROR,
      "info.version does not move as far as the changes require (breaking: major, or minor while the major is 0;"
          + " additive: minor; other: patch)",
      "Raise info.version by at least the required bump.");
  /**
   * {@code compat.version.unneeded-major}: info.version moved to a new major although no change is breaking: consumers
   * must migrate for nothing.
   */
  public static final Rule UNNEEDED_MAJOR = rule("compat.version.unneeded-major", INFO,
      "info.version moved to a new major although no change is breaking: consumers must migrate for nothing",
      "Nothing to do when the major is deliberate; otherwise a minor or patch bump is enough.");
  /**
   * {@code compat.version.port-major-not-bumped}: A port has a breaking change but its major version did not change.
   */
  public static final Rule PORT_MAJOR_NOT_BUMPED = rule("compat.version.port-major-not-bumped", ERROR,
      "A port has a breaking change but its major version did not change", "Bump the port's major version.");
  /**
   * {@code compat.version.port-major-without-product-major}: A port's major version changed but info.version's major
   * did not (DPDS: a port major bump forces the product's).
   */
  public static final Rule PORT_MAJOR_WITHOUT_PRODUCT = rule("compat.version.port-major-without-product-major", ERROR,
      "A port's major version changed but info.version's major did not (DPDS: a port major bump forces the product's)",
      "Bump the major of info.version.");
  /**
   * {@code compat.version.fqn-major}: The major segment of info.fullyQualifiedName does not follow the major of
   * info.version.
   */
  public static final Rule FQN_MAJOR = rule("compat.version.fqn-major", ERROR,
      "The major segment of info.fullyQualifiedName does not follow the major of info.version",
      "Write the major of info.version as the FQN's last segment.");

  /**
   * {@code compat.mode-port}: A compatibility mode is set for a port that one of the two versions has (a mode for no
   * port is a slip).
   */
  public static final Rule MODE_PORT = rule("compat.mode-port", ERROR,
      "A compatibility mode is set for a port that one of the two versions has (a mode for no port is a slip)",
      "Name the port as KIND:NAME of a port of either version (see the message), or remove the mode.");

  /** Every rule above by section, in catalogue order. */
  public static final Map<String, List<Rule>> SECTIONS;

  static {
    Map<String, List<Rule>> sections = new LinkedHashMap<>();
    sections.put("b1. Descriptor", List.of(SPEC_MINOR, SPEC_MAJOR, PRODUCT_FQN, PRODUCT_NAME, PRODUCT_DOMAIN, IDENTITY,
        IDENTITY_DERIVED, VERSION_CHANGED, METADATA, EXTENSION, INTERNAL, COMPONENTS, UNKNOWN));
    sections.put("b1. Ports", List.of(PORT_ADDED, PORT_REMOVED, CONTRACT_ADDED, PLATFORM, SERVICES_TYPE,
        API_SPECIFICATION, API_SPEC_VERSION, API_DEFINITION, SLO, DEPRECATION_POLICY, EXPECTATION, SLA, TERMS));
    sections.put("Versions", List.of(VERSION_DECREASED, VERSION_UNREADABLE, BUMP_TOO_SMALL, UNNEEDED_MAJOR,
        PORT_MAJOR_NOT_BUMPED, PORT_MAJOR_WITHOUT_PRODUCT, FQN_MAJOR));
    sections.put("Settings", List.of(MODE_PORT));
    SECTIONS = Collections.unmodifiableMap(sections);
  }

  /** Every rule above, in catalogue order. */
  public static final List<Rule> ALL = SECTIONS.values().stream().flatMap(List::stream).toList();

  private static Rule rule(String id, Severity severity, String title, String hint) {
    return new Rule(id, severity, title, hint);
  }

  private CompatibilityRules() {}
}
