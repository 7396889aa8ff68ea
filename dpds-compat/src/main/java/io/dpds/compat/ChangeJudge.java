package io.dpds.compat;

import static io.dpds.compat.CompatibilityRules.API_DEFINITION;
import static io.dpds.compat.CompatibilityRules.API_SPECIFICATION;
import static io.dpds.compat.CompatibilityRules.API_SPEC_VERSION;
import static io.dpds.compat.CompatibilityRules.COMPONENTS;
import static io.dpds.compat.CompatibilityRules.CONTRACT_ADDED;
import static io.dpds.compat.CompatibilityRules.DEPRECATION_POLICY;
import static io.dpds.compat.CompatibilityRules.EXPECTATION;
import static io.dpds.compat.CompatibilityRules.EXTENSION;
import static io.dpds.compat.CompatibilityRules.IDENTITY;
import static io.dpds.compat.CompatibilityRules.IDENTITY_DERIVED;
import static io.dpds.compat.CompatibilityRules.INTERNAL;
import static io.dpds.compat.CompatibilityRules.METADATA;
import static io.dpds.compat.CompatibilityRules.PLATFORM;
import static io.dpds.compat.CompatibilityRules.PORT_ADDED;
import static io.dpds.compat.CompatibilityRules.PORT_REMOVED;
import static io.dpds.compat.CompatibilityRules.PRODUCT_DOMAIN;
import static io.dpds.compat.CompatibilityRules.PRODUCT_FQN;
import static io.dpds.compat.CompatibilityRules.PRODUCT_NAME;
import static io.dpds.compat.CompatibilityRules.SERVICES_TYPE;
import static io.dpds.compat.CompatibilityRules.SLA;
import static io.dpds.compat.CompatibilityRules.SLO;
import static io.dpds.compat.CompatibilityRules.SPEC_MAJOR;
import static io.dpds.compat.CompatibilityRules.SPEC_MINOR;
import static io.dpds.compat.CompatibilityRules.TERMS;
import static io.dpds.compat.CompatibilityRules.UNKNOWN;
import static io.dpds.compat.CompatibilityRules.VERSION_CHANGED;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.Api;
import io.dpds.api.ApiNode;
import io.dpds.identity.Fqn;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.StandardDefinition;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Judges the changes of a {@link DescriptorDiff} by table b1 of the compatibility rules: each change gets a rule, the
 * severity the port's direction gives it (see {@link CompatibilityMode}), a message, and the bump it asks for when it
 * is not breaking. Changes inside one Standard Definition of a port (its API definition, SLO, deprecation policy,
 * audience, usage, SLA, terms, billing policy) are judged once, as a change of the whole definition.
 */
final class ChangeJudge {

  /**
   * A judged change, before the host's severities and waivers.
   *
   * @param impact the bump the change asks for unless it is breaking: NONE, PATCH or MINOR
   */
  record Verdict(Rule rule, Severity severity, String message, Change change, Bump impact) {}

  private static final List<String> WHOLE = List.of("/promises/api/definition", "/promises/slo",
      "/promises/deprecationPolicy", "/expectations/audience", "/expectations/usage", "/obligations/sla",
      "/obligations/termsAndConditions", "/obligations/billingPolicy");
  private static final Set<String> METADATA_FIELDS = Set.of("displayName", "description", "tags", "externalDocs");
  private static final Set<String> INFO_METADATA = Set.of("displayName", "description", "owner", "contactPoints");
  private static final Set<String> IDENTITY_FIELDS = Set.of("fullyQualifiedName", "id", "entityType");

  private final ResolvedDescriptor old;
  private final ResolvedDescriptor now;
  private final Function<PortId, CompatibilityMode> modes;
  private final LocalDate today;
  private final Map<PortId, String> oldPorts;
  private final Map<PortId, String> newPorts;
  private final boolean majorBumped;
  private final PayloadEngines engines;

  ChangeJudge(ResolvedDescriptor old, ResolvedDescriptor now, Function<PortId, CompatibilityMode> modes,
      PayloadEngines engines, LocalDate today) {
    this.old = old;
    this.now = now;
    this.modes = modes;
    this.engines = engines;
    this.today = today;
    this.oldPorts = PortIndex.pointers(old.tree());
    this.newPorts = PortIndex.pointers(now.tree());
    Optional<String> oldMajor = Bump.major(old.tree().path("info").path("version").textValue());
    Optional<String> newMajor = Bump.major(now.tree().path("info").path("version").textValue());
    this.majorBumped = oldMajor.isPresent() && newMajor.isPresent() && !oldMajor.equals(newMajor);
  }

  /** A verdict for each change, or for each group of changes inside one Standard Definition, in the changes' order. */
  List<Verdict> judge(List<Change> changes) {
    Map<Object, List<Change>> groups = new LinkedHashMap<>();
    for (Change change : changes) {
      String whole = change.port().isPresent() ? whole(change.path()) : null;
      Object key = whole == null ? change : change.port().get() + whole;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(change);
    }
    List<Verdict> verdicts = new ArrayList<>();
    for (List<Change> group : groups.values()) {
      Change first = group.get(0);
      String whole = first.port().isPresent() ? whole(first.path()) : null;
      if (whole != null && !DEFINITION.equals(whole) && descriptive(whole, group)) {
        group.forEach(c -> verdicts.add(describing(c, segment(c.path(), segments(whole)))));
        continue;
      }
      Change change = whole == null ? first : merged(first.port().get(), whole, group);
      verdicts.addAll(DEFINITION.equals(whole) ? definition(change.port().get(), change) : List.of(judge(change)));
    }
    // A definition may be the same text whose references (an Avro .avsc file) now name other content
    newPorts.keySet().stream().filter(port -> oldPorts.containsKey(port)
            && !groups.containsKey(port + DEFINITION) && engineFor(port) != null
            && ApiComparison.refersOutside(now.tree().at(newPorts.get(port) + DEFINITION)))
        .forEach(port -> verdicts.addAll(api(port)));
    return verdicts;
  }

  private static final String DEFINITION = "/promises/api/definition";

  /** The verdicts on a changed API definition: an engine's when one reads both versions, else one warning. */
  private List<Verdict> definition(PortId port, Change c) {
    if (c.type() == Change.Type.CHANGED && engineFor(port) != null) {
      List<Verdict> verdicts = api(port);
      if (!verdicts.isEmpty()) {
        return verdicts;
      }
    }
    return List.of(promise(port, c));
  }

  /** The specification both versions of a port's API use when an engine compares it (asyncapi, openapi). */
  private String engineFor(PortId port) {
    String a = old.tree().at(oldPorts.get(port) + "/promises/api/specification").asText().strip()
        .toLowerCase(Locale.ROOT);
    String b = now.tree().at(newPorts.get(port) + "/promises/api/specification").asText().strip()
        .toLowerCase(Locale.ROOT);
    return a.equals(b) && (a.equals("asyncapi") || a.equals("openapi")) ? a : null;
  }

  /** The API engine's verdicts, or none when either definition cannot be read as a document. */
  private List<Verdict> api(PortId port) {
    Optional<ApiNode> a = Api.of(old, oldPorts.get(port)).map(Api::definition);
    Optional<ApiNode> b = Api.of(now, newPorts.get(port)).map(Api::definition);
    if (a.isEmpty() || b.isEmpty()) {
      return List.of();
    }
    CompatibilityMode mode = modes.apply(port);
    String spec = engineFor(port);
    String majorA = a.get().node().path(spec).asText("").split("\\.")[0];
    String majorB = b.get().node().path(spec).asText("").split("\\.")[0];
    if (spec.equals("asyncapi") && !majorA.equals(majorB)) {
      Change whole = new Change(Change.Type.CHANGED, Change.side(a.get()), Change.side(b.get()), port, DEFINITION);
      List<Verdict> verdicts = new ArrayList<>(AsyncApiComparison.compare(port, mode, engines, newPorts.get(port),
          a.get(), b.get()));
      verdicts.add(0, directed(port, API_DEFINITION, WARNING, WARNING, whole, "AsyncAPI " + majorA + " and "
          + majorB + " are compared by channel address, direction, message and payload; review what else the"
          + " migration changes (security, replies, bindings)", Bump.MINOR));
      return verdicts;
    }
    if (spec.equals("openapi") && !(majorA.equals("3") && majorB.equals("3"))) {
      Change whole = new Change(Change.Type.CHANGED, Change.side(a.get()), Change.side(b.get()), port, DEFINITION);
      String versionA = openApiVersion(a.get());
      String versionB = openApiVersion(b.get());
      String versions = versionA + (versionA.equals(versionB) ? "" : " and " + versionB);
      return List.of(directed(port, API_DEFINITION, WARNING, WARNING, whole, "OpenAPI " + versions + " is not"
          + " compared path by path (the checker reads OpenAPI 3.0 and 3.1); review the change", Bump.MINOR));
    }
    return spec.equals("asyncapi")
        ? AsyncApiComparison.compare(port, mode, engines, newPorts.get(port), a.get(), b.get())
        : OpenApiComparison.compare(port, mode, engines, newPorts.get(port), a.get(), b.get());
  }

  /** The version an OpenAPI definition declares ({@code openapi}, or Swagger 2's {@code swagger}). */
  private static String openApiVersion(ApiNode definition) {
    return definition.node().path("openapi").asText(definition.node().path("swagger").asText("(none)"));
  }

  private static String whole(String path) {
    for (String prefix : WHOLE) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return prefix;
      }
    }
    return null;
  }

  /** One change of the Standard Definition at {@code path} of {@code port}, standing for the changes inside it. */
  private Change merged(PortId port, String path, List<Change> group) {
    if (group.size() == 1 && group.get(0).path().equals(path)) {
      return group.get(0);
    }
    Change.Side before = side(old, oldPorts.get(port), path);
    Change.Side after = side(now, newPorts.get(port), path);
    Change.Type type = before == null ? Change.Type.ADDED : after == null ? Change.Type.REMOVED : Change.Type.CHANGED;
    return new Change(type, before, after, port, path);
  }

  private static Change.Side side(ResolvedDescriptor descriptor, String port, String path) {
    if (port == null) {
      return null;
    }
    String pointer = PortIndex.field(descriptor.tree(), port, path);
    JsonNode value = descriptor.tree().at(pointer);
    return value.isMissingNode() ? null : new Change.Side(pointer, value, descriptor.locate(pointer).orElse(null));
  }

  private Verdict judge(Change change) {
    return change.port().map(port -> port(port, change)).orElseGet(() -> descriptor(change));
  }

  // The descriptor outside ports

  private Verdict descriptor(Change c) {
    String path = c.path();
    if (isExtension(path)) {
      return verdict(EXTENSION, INFO, c, "not part of the contract", Bump.PATCH);
    }
    String first = segment(path, 0);
    String second = segment(path, 1);
    if (path.equals("/dataProductDescriptor")) {
      boolean sameMajor = c.type() == Change.Type.CHANGED
          && Bump.major(c.oldValue().get().asText()).equals(Bump.major(c.newValue().get().asText()))
          && Bump.major(c.newValue().get().asText()).isPresent();
      return sameMajor
          ? verdict(SPEC_MINOR, INFO, c, "minor versions of the spec only add", Bump.PATCH)
          : verdict(SPEC_MAJOR, WARNING, c, "fields may mean something else", Bump.MINOR);
    }
    if (first.equals("info") && path.equals("/info/" + second)) {
      switch (second) {
        case "name":
          return verdict(PRODUCT_NAME, ERROR, c, "this is another product", Bump.PATCH);
        case "version":
          return verdict(VERSION_CHANGED, INFO, c, "judged by the version rules", Bump.NONE);
        case "domain":
          return verdict(PRODUCT_DOMAIN, WARNING, c, "ownership or namespace moved", Bump.PATCH);
        case "fullyQualifiedName":
          return productFqnFollows(c)
              ? derived(c, "follows info.name and the major of info.version")
              : verdict(PRODUCT_FQN, ERROR, c, "this is another product", Bump.PATCH);
        case "id":
          return c.type() != Change.Type.CHANGED || majorBumped || changed(old, now, "/info/fullyQualifiedName")
              ? derived(c, "follows the product's FQN")
              : verdict(IDENTITY, ERROR, c, "the id changed while the FQN did not", Bump.PATCH);
        case "entityType":
          return identity(c);
        default:
          break;
      }
    }
    if (first.equals("info") && INFO_METADATA.contains(second) || METADATA_FIELDS.contains(first)) {
      return verdict(METADATA, INFO, c, "descriptive", Bump.PATCH);
    }
    if (first.equals("internalComponents")) {
      return verdict(INTERNAL, INFO, c, "not part of the interface", Bump.PATCH);
    }
    if (first.equals("components")) {
      return verdict(COMPONENTS, INFO, c, "judged where ports use it", Bump.PATCH);
    }
    return verdict(UNKNOWN, WARNING, c, "no rule covers it, so it cannot be proven safe", Bump.PATCH);
  }

  /** Whether a changed product FQN only follows info.name and the major of info.version (same namespace). */
  private boolean productFqnFollows(Change c) {
    if (c.type() != Change.Type.CHANGED) {
      return true;
    }
    Optional<Fqn> before = Fqn.parse(c.oldValue().get().asText());
    Optional<Fqn> after = Fqn.parse(c.newValue().get().asText());
    JsonNode info = now.tree().path("info");
    return before.isPresent() && after.isPresent()
        && before.get().namespace().equals(after.get().namespace())
        && after.get().productName().equals(Optional.ofNullable(info.path("name").textValue()))
        && after.get().productMajor().equals(Bump.major(info.path("version").textValue()));
  }

  // Ports

  private Verdict port(PortId port, Change c) {
    String path = c.path();
    if (path.isEmpty()) {
      return switch (c.type()) {
        case ADDED -> verdict(PORT_ADDED, INFO, c, "new", Bump.MINOR);
        case REMOVED -> removal(port, c);
        case CHANGED -> directed(port, UNKNOWN, WARNING, WARNING, c, "the port is no longer an object", Bump.MINOR);
      };
    }
    if (isExtension(path)) {
      return verdict(EXTENSION, INFO, c, "not part of the contract", Bump.PATCH);
    }
    String first = segment(path, 0);
    if (path.equals("/version")) { // the document changed, so the product's version must move too
      return verdict(VERSION_CHANGED, INFO, c, "judged by the version rules", Bump.PATCH);
    }
    if (IDENTITY_FIELDS.contains(first) && path.equals("/" + first)) {
      return portIdentity(port, c, first);
    }
    if (METADATA_FIELDS.contains(first)) {
      return verdict(METADATA, INFO, c, "descriptive", Bump.PATCH);
    }
    if (path.equals("/componentGroup")) {
      return verdict(INTERNAL, INFO, c, "an internal grouping", Bump.PATCH);
    }
    return switch (first) {
      case "promises" -> promise(port, c);
      case "expectations" -> expectation(port, c);
      case "obligations" -> obligation(port, c);
      default -> directed(port, UNKNOWN, WARNING, WARNING, c, "no rule covers it, so it cannot be proven safe",
          Bump.MINOR);
    };
  }

  private Verdict removal(PortId port, Change c) {
    String title = port.kind().title().toLowerCase(Locale.ROOT);
    Optional<LocalDate> sunset = Deprecation.sunset(c.oldValue().get());
    String message = title + " " + port.name() + " removed";
    if (modes.apply(port) == CompatibilityMode.NONE) {
      return new Verdict(PORT_REMOVED, INFO, message + " (compatibility mode NONE)", c, Bump.MINOR);
    }
    if (sunset.isPresent() && !today.isBefore(sunset.get())) {
      return new Verdict(PORT_REMOVED, WARNING, message + ": it was deprecated and its deprecation period ended on "
          + sunset.get(), c, Bump.MINOR);
    }
    String pending = sunset.map(day -> " (deprecated, but its deprecation period only ends on " + day + ")")
        .orElse("");
    return switch (port.kind()) {
      case OUTPUT -> new Verdict(PORT_REMOVED, ERROR, message + ": its consumers lose it" + pending, c, Bump.MINOR);
      case INPUT -> new Verdict(PORT_REMOVED, WARNING, message + ": producers that push to it are refused (fine"
          + " when it pulled its data)" + pending, c, Bump.MINOR);
      default -> new Verdict(PORT_REMOVED, WARNING, message + ": platform and operations tools that use it lose it"
          + pending, c, Bump.MINOR);
    };
  }

  private Verdict portIdentity(PortId port, Change c, String field) {
    if (field.equals("entityType")) {
      return identity(c);
    }
    if (c.type() != Change.Type.CHANGED) {
      return derived(c, "written out or left to the platform");
    }
    if (field.equals("id")) {
      return majorBumped || changed(old, now, oldPorts.get(port), newPorts.get(port), "/fullyQualifiedName")
          ? derived(c, "follows the port's FQN")
          : verdict(IDENTITY, ERROR, c, "the id changed while the FQN did not", Bump.PATCH);
    }
    Optional<Fqn> before = Fqn.parse(c.oldValue().get().asText());
    Optional<Fqn> after = Fqn.parse(c.newValue().get().asText());
    boolean follows = before.isPresent() && after.isPresent()
        && before.get().portKind().equals(after.get().portKind())
        && before.get().componentName().equals(after.get().componentName());
    return follows
        ? derived(c, "follows the product's FQN")
        : verdict(IDENTITY, ERROR, c, "the FQN names another port: to consumers this one is gone", Bump.PATCH);
  }

  private Verdict identity(Change c) {
    return c.type() == Change.Type.CHANGED
        ? verdict(IDENTITY, ERROR, c, "entityType is a constant", Bump.PATCH)
        : derived(c, "written out or left to the platform");
  }

  private Verdict derived(Change c, String why) {
    return verdict(IDENTITY_DERIVED, INFO, c, why, Bump.NONE);
  }

  private Verdict promise(PortId port, Change c) {
    String path = c.path();
    boolean added = c.type() == Change.Type.ADDED;
    switch (path) {
      case "/promises/platform":
        return added ? contractAdded(port, c)
            : directed(port, PLATFORM, ERROR, ERROR, c, "consumers must move with it", Bump.MINOR);
      case "/promises/servicesType":
        return added ? contractAdded(port, c)
            : directed(port, SERVICES_TYPE, ERROR, ERROR, c, "clients must change how they call it", Bump.MINOR);
      case "/promises/api":
        return added ? contractAdded(port, c)
            : directed(port, API_SPECIFICATION, ERROR, ERROR, c, "clients lose the API they use", Bump.MINOR);
      case "/promises/api/specification":
        return writtenOtherwise(c, false) ? verdict(METADATA, INFO, c, "the same specification", Bump.PATCH)
            : directed(port, API_SPECIFICATION, ERROR, ERROR, c, "clients must speak another API", Bump.MINOR);
      case "/promises/api/specificationVersion":
        return writtenOtherwise(c, true) ? verdict(METADATA, INFO, c, "the same version", Bump.PATCH)
            : directed(port, API_SPEC_VERSION, WARNING, WARNING, c,
                "the definitions are compared as far as both versions allow", Bump.MINOR);
      case "/promises/api/definition":
        return added ? contractAdded(port, c)
            : directed(port, API_DEFINITION, WARNING, WARNING, c, "no engine could prove it safe", Bump.MINOR);
      case "/promises/slo":
        return added ? contractAdded(port, c)
            : directed(port, SLO, WARNING, WARNING, c, "it may be weaker", Bump.MINOR);
      case "/promises/deprecationPolicy":
        return added ? contractAdded(port, c) : deprecationPolicy(port, c);
      default:
        break;
    }
    String field = segment(path, 2);
    if (path.startsWith("/promises/api/") && (DESCRIPTIVE.contains(field) || METADATA_FIELDS.contains(field))) {
      return describing(c, field);
    }
    return directed(port, UNKNOWN, WARNING, WARNING, c, "no rule covers it, so it cannot be proven safe", Bump.MINOR);
  }

  /**
   * Whether the changed text names what it named before, written otherwise: in another letter case ({@code asyncapi},
   * {@code AsyncAPI}), with white space around it, or, for a {@code version}, with its trailing {@code .0} left out
   * ({@code 2.6}, {@code 2.6.0}), as validation reads a specificationVersion
   * ({@link StandardDefinition#sameSpecificationVersion}).
   */
  private static boolean writtenOtherwise(Change c, boolean version) {
    if (c.type() != Change.Type.CHANGED || !c.oldValue().get().isTextual() || !c.newValue().get().isTextual()) {
      return false;
    }
    String before = c.oldValue().get().textValue().strip().toLowerCase(Locale.ROOT);
    String after = c.newValue().get().textValue().strip().toLowerCase(Locale.ROOT);
    return version ? StandardDefinition.sameSpecificationVersion(before, after) : before.equals(after);
  }

  /**
   * The fields of a Standard Definition that say nothing of what it promises or asks: its name, own version, display
   * name, tags and identity. Its description, external docs and extensions may hold the terms themselves (the DRAFT
   * examples write an SLA or a price there), so a change to them is judged with the definition's.
   */
  private static final Set<String> DESCRIPTIVE = Set.of("name", "version", "displayName", "tags",
      "fullyQualifiedName", "id", "entityType");

  /** Whether every change of {@code group}, inside the definition at {@code whole}, is to a descriptive field. */
  private static boolean descriptive(String whole, List<Change> group) {
    int field = segments(whole);
    return group.stream().allMatch(c -> c.path().startsWith(whole + "/")
        && DESCRIPTIVE.contains(segment(c.path(), field)));
  }

  /** A change of {@code field}, a descriptive field of a Standard Definition (or of the API's, its documentation). */
  private Verdict describing(Change c, String field) {
    if (field.equals("version")) {
      return verdict(VERSION_CHANGED, INFO, c, "the definition's own version", Bump.PATCH);
    }
    if (IDENTITY_FIELDS.contains(field)) {
      return derived(c, "follows the definition's name and version");
    }
    return verdict(METADATA, INFO, c, "descriptive", Bump.PATCH);
  }

  private Verdict expectation(PortId port, Change c) {
    String path = c.path();
    if (path.equals("/expectations/audience") || path.equals("/expectations/usage")) {
      return c.type() == Change.Type.REMOVED
          ? directed(port, EXPECTATION, INFO, INFO, c, "no longer restricted", Bump.MINOR)
          : directed(port, EXPECTATION, WARNING, WARNING, c, "it may leave out some consumers", Bump.MINOR);
    }
    return directed(port, UNKNOWN, WARNING, WARNING, c, "no rule covers it, so it cannot be proven safe", Bump.MINOR);
  }

  private Verdict obligation(PortId port, Change c) {
    String path = c.path();
    if (path.equals("/obligations/sla")) {
      return switch (c.type()) {
        case ADDED -> contractAdded(port, c);
        case REMOVED -> directed(port, SLA, ERROR, WARNING, c, "consumers lose the agreement they rely on",
            Bump.MINOR);
        case CHANGED -> directed(port, SLA, WARNING, WARNING, c, "it may be weaker", Bump.MINOR);
      };
    }
    if (path.equals("/obligations/termsAndConditions") || path.equals("/obligations/billingPolicy")) {
      return directed(port, TERMS, WARNING, WARNING, c, "consumers must accept them again", Bump.MINOR);
    }
    return directed(port, UNKNOWN, WARNING, WARNING, c, "no rule covers it, so it cannot be proven safe", Bump.MINOR);
  }

  private Verdict contractAdded(PortId port, Change c) {
    return verdict(CONTRACT_ADDED, INFO, c, "an addition to the port's contract", Bump.MINOR);
  }

  /** A changed or removed deprecation policy: only a grace period known in both versions and no shorter is safe. */
  private Verdict deprecationPolicy(PortId port, Change c) {
    Optional<Period> before = c.oldValue().flatMap(Deprecation::gracePeriod);
    Optional<Period> after = c.newValue().flatMap(Deprecation::gracePeriod);
    if (before.isPresent() && after.isPresent()) {
      boolean shorter = Deprecation.shorter(after.get(), before.get());
      String why = "the grace period went from " + before.get() + " to " + after.get();
      return shorter ? directed(port, DEPRECATION_POLICY, WARNING, WARNING, c, why + ": consumers have less time to"
          + " move", Bump.MINOR) : verdict(DEPRECATION_POLICY, INFO, c, why + ": no shorter", Bump.MINOR);
    }
    return directed(port, DEPRECATION_POLICY, WARNING, WARNING, c, "the period may be shorter", Bump.MINOR);
  }

  /**
   * A verdict whose severity depends on whose expectations the port is judged by: {@code out} for its consumers,
   * {@code in} for its producers, the worse of the two for both, info for none.
   */
  private Verdict directed(PortId port, Rule rule, Severity out, Severity in, Change c, String why, Bump impact) {
    CompatibilityMode mode = modes.apply(port);
    Severity severity = INFO;
    if (mode.judgesConsumers()) {
      severity = worse(severity, out);
    }
    if (mode.judgesProducers()) {
      severity = worse(severity, in);
    }
    return verdict(rule, severity, c, why, impact);
  }

  private static Severity worse(Severity a, Severity b) {
    return a.isAtLeast(b) ? a : b;
  }

  private static Verdict verdict(Rule rule, Severity severity, Change c, String why, Bump impact) {
    return new Verdict(rule, severity, Messages.describe(c) + "; " + why, c, impact);
  }

  private static boolean changed(ResolvedDescriptor a, ResolvedDescriptor b, String pointer) {
    return !a.tree().at(pointer).equals(b.tree().at(pointer));
  }

  private static boolean changed(ResolvedDescriptor a, ResolvedDescriptor b, String portA, String portB,
      String path) {
    return portA != null && portB != null && !a.tree().at(portA + path).equals(b.tree().at(portB + path));
  }

  private static boolean isExtension(String path) {
    for (String token : path.split("/")) {
      if (token.startsWith("x-")) {
        return true;
      }
    }
    return false;
  }

  /** {@return how many tokens a pointer has} */
  private static int segments(String path) {
    return path.split("/", -1).length - 1;
  }

  /** The {@code index}th token of a pointer, or {@code ""}. */
  private static String segment(String path, int index) {
    String[] tokens = path.split("/", -1);
    return index + 1 < tokens.length ? tokens[index + 1] : "";
  }
}
