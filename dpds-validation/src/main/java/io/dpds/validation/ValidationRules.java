package io.dpds.validation;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import io.dpds.model.Promises;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules {@link DescriptorValidator} checks beyond reading (spec notes, section 12, A to G), with their stable ids.
 * Reading and reference rules are in {@link io.dpds.load.LoadRules}; the generated catalogue {@code docs/rules.md}
 * lists them all.
 */
public final class ValidationRules {

  // A. Document
  /** {@code spec.version}: dataProductDescriptor names DPDS 1.0.x; other versions are not interpreted. */
  public static final Rule SPEC_VERSION = rule("spec.version", ERROR,
      "dataProductDescriptor names DPDS 1.0.x; other versions are not interpreted",
      "Set dataProductDescriptor to \"1.0.0\" and write the document to DPDS 1.0.0, or use a tool for that version.");
  /** {@code spec.version-patch}: dataProductDescriptor is a 1.0 patch release other than 1.0.0 (read as 1.0.0). */
  public static final Rule SPEC_VERSION_PATCH = rule("spec.version-patch", WARNING,
      "dataProductDescriptor is a 1.0 patch release other than 1.0.0 (read as 1.0.0)",
      "Patch releases only fix the text; write \"1.0.0\" unless a later patch is meant.");
  /** {@code spec.draft}: A field or shape of the 1.0.0-DRAFT spec that DPDS 1.0.0 replaced. */
  public static final Rule SPEC_DRAFT = rule("spec.draft", WARNING,
      "A field or shape of the 1.0.0-DRAFT spec that DPDS 1.0.0 replaced",
      "Migrate to DPDS 1.0.0: contracts -> obligations; buildInfo, deployInfo and provisionInfo -> tasks in"
          + " internalComponents.lifecycleInfo; a Standard Definition needs its own name and version and puts the"
          + " external spec's version in specificationVersion.");
  /** {@code property.unknown}: A property that is neither a field of its object nor an x- extension (it is ignored). */
  public static final Rule PROPERTY_UNKNOWN = rule("property.unknown", WARNING,
      "A property that is neither a field of its object nor an x- extension (it is ignored)",
      "Correct the name (to the field the message suggests, if it names one), prefix it with x- to keep it as an"
          + " extension, or remove it.");
  /**
   * {@code property.ignored}: A property on a closed object (Interface Components, Internal Components, Reference,
   * External Resource), which the spec ignores, x- extensions included.
   */
  public static final Rule PROPERTY_IGNORED = rule("property.ignored", WARNING,
      "A property on a closed object (Interface Components, Internal Components, Reference, External Resource),"
          + " which the spec ignores, x- extensions included",
      "Remove it, or move an extension to the enclosing object that allows x- fields.");
  /** {@code property.alias}: depreceationPolicy, the spelling of the prose, used for deprecationPolicy. */
  public static final Rule PROPERTY_ALIAS = rule("property.alias", WARNING,
      "depreceationPolicy, the spelling of the prose, used for deprecationPolicy",
      "Rename it to deprecationPolicy, the spelling of the JSON Schema and of every example.");

  // B. Required fields
  /**
   * {@code root.required}: The root has dataProductDescriptor, info and interfaceComponents; interfaceComponents has
   * outputPorts.
   */
  public static final Rule ROOT_REQUIRED = rule("root.required", ERROR,
      "The root has dataProductDescriptor, info and interfaceComponents; interfaceComponents has outputPorts",
      "Add the missing field.");
  /** {@code output-ports.empty}: interfaceComponents.outputPorts is empty: the product exposes nothing to consumers. */
  public static final Rule OUTPUT_PORTS_EMPTY = rule("output-ports.empty", WARNING,
      "interfaceComponents.outputPorts is empty: the product exposes nothing to consumers",
      "Declare at least one output port.");
  /** {@code info.required}: info has name, version, domain and owner; owner has id. */
  public static final Rule INFO_REQUIRED = rule("info.required", ERROR,
      "info has name, version, domain and owner; owner has id",
      "Add the missing field.");
  /**
   * {@code info.fqn-missing}: info.fullyQualifiedName is absent: the platform derives it (READONLY in the prose,
   * required by the schema).
   */
  public static final Rule INFO_FQN_MISSING = rule("info.fqn-missing", INFO,
      "info.fullyQualifiedName is absent: the platform derives it (READONLY in the prose, required by the schema)",
      "Add urn:dpds:{namespace}:dataproducts:{info.name}:{major of info.version} before publishing.");
  /** {@code component.required}: Ports, application and infrastructural components have name and version. */
  public static final Rule COMPONENT_REQUIRED = rule("component.required", ERROR,
      "Ports, application and infrastructural components have name and version",
      "Add the missing field.");
  /** {@code definition.required}: A Standard Definition has name, version, specification and definition. */
  public static final Rule DEFINITION_REQUIRED = rule("definition.required", ERROR,
      "A Standard Definition has name, version, specification and definition",
      "Add the missing field; the external spec's own version goes in specificationVersion.");
  /**
   * {@code reference.required}: A Reference Object has a non-empty $ref; an External Resource Object a non-empty $href.
   */
  public static final Rule REFERENCE_REQUIRED = rule("reference.required", ERROR,
      "A Reference Object has a non-empty $ref; an External Resource Object a non-empty $href",
      "Give the URI of the target.");
  /**
   * {@code schema.type}: A value has the JSON type (and meets any other constraint) the DPDS 1.0.0 JSON Schema gives
   * its field.
   */
  public static final Rule SCHEMA_TYPE = rule("schema.type", ERROR,
      "A value has the JSON type (and meets any other constraint) the DPDS 1.0.0 JSON Schema gives its field",
      "Write the value with the expected type (see the message).");

  // C. Formats
  /** {@code format.name}: A name (string:name) is an ASCII letter followed by at least one letter or digit. */
  public static final Rule FORMAT_NAME = rule("format.name", ERROR,
      "A name (string:name) is an ASCII letter followed by at least one letter or digit",
      "Use camelCase letters and digits only, e.g. tripStatus: no spaces, '-', '_' or '.'.");
  /** {@code format.version}: A version (string:version) is a SemVer 2.0.0 version. */
  public static final Rule FORMAT_VERSION = rule("format.version", ERROR,
      "A version (string:version) is a SemVer 2.0.0 version",
      "Write MAJOR.MINOR.PATCH without leading zeros or a 'v' prefix, e.g. 1.2.0.");
  /** {@code format.fqn}: A fully qualified name (string:fqn) is a letter followed by letters, digits, '.' and ':'. */
  public static final Rule FORMAT_FQN = rule("format.fqn", ERROR,
      "A fully qualified name (string:fqn) is a letter followed by letters, digits, '.' and ':'",
      "Write a URN such as urn:dpds:com.example:dataproducts:tripExecution:1.");
  /**
   * {@code fqn.charset}: A fully qualified name uses '-' or '_', which the spec's fqn format does not allow (strict
   * profile: error).
   */
  public static final Rule FQN_CHARSET = rule("fqn.charset", WARNING,
      "A fully qualified name uses '-' or '_', which the spec's fqn format does not allow (strict profile: error)",
      "Drop '-' and '_' from the namespace and names, e.g. com.companyxyz.");
  /** {@code format.uuid}: An id (string:uuid) is an RFC 4122 UUID. */
  public static final Rule FORMAT_UUID = rule("format.uuid", ERROR,
      "An id (string:uuid) is an RFC 4122 UUID",
      "Remove the id and let the platform derive it, or write the UUID v5 of the fullyQualifiedName.");
  /** {@code format.alphanumeric}: An entityType (string:alphanumeric) has letters and digits only. */
  public static final Rule FORMAT_ALPHANUMERIC = rule("format.alphanumeric", ERROR,
      "An entityType (string:alphanumeric) has letters and digits only",
      "Use the constant of the position, e.g. outputport.");
  /** {@code format.uri-reference}: A $ref is an RFC 3986 URI reference. */
  public static final Rule FORMAT_URI_REFERENCE = rule("format.uri-reference", ERROR,
      "A $ref is an RFC 3986 URI reference",
      "Percent-encode spaces and other characters a URI does not allow.");
  /**
   * {@code href.not-absolute}: An $href is an absolute URI (relative links have no base in DPDS 1.0.0; placeholders are
   * not URIs).
   */
  public static final Rule HREF_NOT_ABSOLUTE = rule("href.not-absolute", WARNING,
      "An $href is an absolute URI (relative links have no base in DPDS 1.0.0; placeholders are not URIs)",
      "Write an absolute URI such as https://host/path.");
  /** {@code media-type}: A mediaType is type/subtype per RFC 6838. */
  public static final Rule MEDIA_TYPE = rule("media-type", WARNING,
      "A mediaType is type/subtype per RFC 6838",
      "Write a registered media type such as application/json or application/vnd.apache.avro+json.");
  /**
   * {@code promises.services-type}: promises.servicesType is one of the values the spec names: ,  (another value is
   * most often a slip).
   */
  public static final Rule SERVICES_TYPE = rule("promises.services-type", WARNING,
      "promises.servicesType is one of the values the spec names: " + String.join(", ", Promises.SERVICES_TYPES)
          + " (another value is most often a slip)",
      "Write the nearest known value (see the message), or keep a value of your own only if your policies know it.");
  /** {@code task.order}: A lifecycle task's order is an integer within int32. */
  public static final Rule TASK_ORDER = rule("task.order", ERROR,
      "A lifecycle task's order is an integer within int32",
      "Write a whole number between -2147483648 and 2147483647.");

  // D. Identity
  /**
   * {@code fqn.product}: info.fullyQualifiedName is urn:dpds:{namespace}:dataproducts:{info.name}:{major of
   * info.version}.
   */
  public static final Rule FQN_PRODUCT = rule("fqn.product", ERROR,
      "info.fullyQualifiedName is urn:dpds:{namespace}:dataproducts:{info.name}:{major of info.version}",
      "Correct the name and major segments, or remove the field and let the platform derive it.");
  /**
   * {@code fqn.component}: A port, application or infrastructure FQN is the product FQN plus :{kind}:{name} for its
   * position.
   */
  public static final Rule FQN_COMPONENT = rule("fqn.component", ERROR,
      "A port, application or infrastructure FQN is the product FQN plus :{kind}:{name} for its position",
      "Correct it to the derived value (see the message), or remove it and let the platform derive it.");
  /**
   * {@code fqn.definition}: A Standard Definition FQN is urn:dpds:{namespace}:{entityType}s:{name}:{version} in the
   * product's namespace.
   */
  public static final Rule FQN_DEFINITION = rule("fqn.definition", ERROR,
      "A Standard Definition FQN is urn:dpds:{namespace}:{entityType}s:{name}:{version} in the product's namespace",
      "Correct the segments, or remove the field.");
  /**
   * {@code entity-type}: entityType equals the constant of its position (dataproduct, inputport, outputport,
   * discoveryport, observabilityport, controlport, application, infrastructure).
   */
  public static final Rule ENTITY_TYPE = rule("entity-type", ERROR,
      "entityType equals the constant of its position (dataproduct, inputport, outputport, discoveryport,"
          + " observabilityport, controlport, application, infrastructure)",
      "Correct it, or remove it: it is READONLY and derived by the platform.");
  /** {@code id.mismatch}: id equals the UUID v5 (DNS namespace) of the fullyQualifiedName. */
  public static final Rule ID_MISMATCH = rule("id.mismatch", WARNING,
      "id equals the UUID v5 (DNS namespace) of the fullyQualifiedName",
      "Remove the id and let the platform derive it, or correct it to the derived value.");
  /** {@code read-only.declared}: An author wrote a READONLY id; the platform derives it at publication. */
  public static final Rule READ_ONLY = rule("read-only.declared", INFO,
      "An author wrote a READONLY id; the platform derives it at publication",
      "Nothing to do when it matches; removing it keeps the descriptor minimal.");

  // E. Uniqueness
  /**
   * {@code unique.name}: Names are unique among ports of one kind, among applications, among infrastructural components
   * and among Standard Definitions of one entity type.
   */
  public static final Rule UNIQUE_NAME = rule("unique.name", ERROR,
      "Names are unique among ports of one kind, among applications, among infrastructural components and among"
          + " Standard Definitions of one entity type",
      "Rename one of them.");
  /** {@code unique.identity}: Fully qualified names and ids are unique within the descriptor. */
  public static final Rule UNIQUE_IDENTITY = rule("unique.identity", ERROR,
      "Fully qualified names and ids are unique within the descriptor",
      "Correct the duplicate, or remove it and let the platform derive it.");
  /** {@code components.key}: A Components map key matches ^[a-zA-Z0-9.\-_]+$. */
  public static final Rule COMPONENTS_KEY = rule("components.key", ERROR,
      "A Components map key matches ^[a-zA-Z0-9.\\-_]+$",
      "Rename the key with letters, digits, '.', '-' and '_' only.");
  /** {@code unique.display-name}: displayName is not reused within its scope (ports, applications, infrastructure). */
  public static final Rule UNIQUE_DISPLAY_NAME = rule("unique.display-name", WARNING,
      "displayName is not reused within its scope (ports, applications, infrastructure)",
      "Give each component its own display name.");

  // F. References (resolution itself: ref.* rules of the loader)
  /** {@code ref.target-type}: A reference's target is an object of the type its position expects. */
  public static final Rule REF_TARGET_TYPE = rule("ref.target-type", ERROR,
      "A reference's target is an object of the type its position expects",
      "Point the $ref at the object itself, e.g. file.json#/interfaceComponents/outputPorts/0 for a port inside a"
          + " whole descriptor.");
  /**
   * {@code ref.position}: A Reference Object where the spec allows none (Standard-Definition-typed fields of promises,
   * expectations and obligations); followed by the default profile, refused by the strict profile.
   */
  public static final Rule REF_POSITION = rule("ref.position", WARNING,
      "A Reference Object where the spec allows none (Standard-Definition-typed fields of promises, expectations"
          + " and obligations); followed by the default profile, refused by the strict profile",
      "Write the Standard Definition inline, or reference the whole promises, expectations or obligations object.");
  /** {@code ref.components-kind}: An internal reference points into the Components map of its position's kind. */
  public static final Rule REF_COMPONENTS_KIND = rule("ref.components-kind", WARNING,
      "An internal reference points into the Components map of its position's kind",
      "Reference #/components/{same kind}/{key}, e.g. outputPorts items -> #/components/outputPorts/...");
  /** {@code components.unused}: A Components entry nothing references (it has no effect). */
  public static final Rule COMPONENTS_UNUSED = rule("components.unused", INFO,
      "A Components entry nothing references (it has no effect)",
      "Reference it, or remove it.");
  /**
   * {@code ref.siblings}: A Reference Object carries fields other than $ref, description and mediaType (they are
   * ignored).
   */
  public static final Rule REF_SIBLINGS = rule("ref.siblings", WARNING,
      "A Reference Object carries fields other than $ref, description and mediaType (they are ignored)",
      "Move those fields into the target, or remove them.");
  /**
   * {@code ref.remote}: A reference is absolute and remote: the descriptor depends on a document served by another
   * host.
   */
  public static final Rule REF_REMOTE = rule("ref.remote", INFO,
      "A reference is absolute and remote: the descriptor depends on a document served by another host",
      "Keep the descriptor reproducible: mirror the document locally (URI-prefix mapping) or pin its version.");

  // G. Graph and semantics
  /** {@code depends-on.unresolved}: Each dependsOn item is the FQN of an internal component of this product. */
  public static final Rule DEPENDS_ON_UNRESOLVED = rule("depends-on.unresolved", ERROR,
      "Each dependsOn item is the FQN of an internal component of this product",
      "Use the fullyQualifiedName of an application or infrastructural component of this descriptor.");
  /** {@code depends-on.kind}: An infrastructural component depends on infrastructural components only. */
  public static final Rule DEPENDS_ON_KIND = rule("depends-on.kind", ERROR,
      "An infrastructural component depends on infrastructural components only",
      "Remove the dependency on the application; applications may depend on infrastructure, not the reverse.");
  /** {@code depends-on.cycle}: dependsOn edges between internal components form no cycle. */
  public static final Rule DEPENDS_ON_CYCLE = rule("depends-on.cycle", ERROR,
      "dependsOn edges between internal components form no cycle",
      "Break the cycle named in the message.");
  /**
   * {@code lineage.unresolved}: consumesFrom and providesTo items name a port or infrastructural component of this
   * product.
   */
  public static final Rule LINEAGE_UNRESOLVED = rule("lineage.unresolved", WARNING,
      "consumesFrom and providesTo items name a port or infrastructural component of this product",
      "Check the FQN; a port of another product is possible but cannot be checked here.");
  /**
   * {@code definition.spec-version}: A Standard Definition without specificationVersion carries the version inside its
   * definition.
   */
  public static final Rule DEFINITION_SPEC_VERSION = rule("definition.spec-version", WARNING,
      "A Standard Definition without specificationVersion carries the version inside its definition",
      "Add specificationVersion: the version of the specification the definition follows (3.0.3 for OpenAPI 3.0.3),"
          + " or write it in the definition as that specification does.");
  /** {@code lifecycle.order-duplicate}: Tasks of one lifecycle stage have distinct order values. */
  public static final Rule LIFECYCLE_ORDER = rule("lifecycle.order-duplicate", WARNING,
      "Tasks of one lifecycle stage have distinct order values",
      "Give each task its own order; ties run in document order, which is easy to break by editing.");
  /**
   * {@code lifecycle.task-empty}: A lifecycle task names a service and a template (else there is nothing to execute).
   */
  public static final Rule LIFECYCLE_TASK_EMPTY = rule("lifecycle.task-empty", WARNING,
      "A lifecycle task names a service and a template (else there is nothing to execute)",
      "Add service and template, or remove the task.");
  /**
   * {@code lifecycle.service-ref}: A task's service is an External Resource ($href) as in the schema and the spec's
   * example, not a $ref.
   */
  public static final Rule LIFECYCLE_SERVICE_REF = rule("lifecycle.service-ref", WARNING,
      "A task's service is an External Resource ($href) as in the schema and the spec's example, not a $ref",
      "Write service as {\"$href\": \"<executor URI>\"}.");
  /**
   * {@code version.unstable}: info.version has major 0: the product is not generally available and may break without a
   * major bump.
   */
  public static final Rule VERSION_UNSTABLE = rule("version.unstable", INFO,
      "info.version has major 0: the product is not generally available and may break without a major bump",
      "Release 1.0.0 when consumers may rely on the product.");

  // API definitions
  /** {@code api.parse}: An AsyncAPI or OpenAPI definition is a document of that spec. */
  public static final Rule API_PARSE = rule("api.parse", WARNING,
      "An AsyncAPI or OpenAPI definition is a document of that spec",
      "Check the definition's syntax and its top-level asyncapi/openapi field.");
  /** {@code api.version-mismatch}: specificationVersion equals the version the API definition declares. */
  public static final Rule API_VERSION = rule("api.version-mismatch", WARNING,
      "specificationVersion equals the version the API definition declares",
      "Make specificationVersion and the definition's asyncapi/openapi field agree.");
  /** {@code api.avro}: An Avro payload schema of an API definition parses with Apache Avro (wherever it is written). */
  public static final Rule API_AVRO = rule("api.avro", ERROR,
      "An Avro payload schema of an API definition parses with Apache Avro (wherever it is written)",
      "Fix the schema at the given node: e.g. a type is a primitive, a defined name or a {\"type\": ...} object.");
  /**
   * {@code api.avro-names}: An Avro payload schema parses with strict names and validated defaults, as schema
   * registries parse it.
   */
  public static final Rule API_AVRO_NAMES = rule("api.avro-names", WARNING,
      "An Avro payload schema parses with strict names and validated defaults, as schema registries parse it",
      "Fix the schema: names are [A-Za-z_][A-Za-z0-9_]*, namespaces dot-separated names, defaults of the field's"
          + " type.");
  /**
   * {@code api.json-schema}: A JSON Schema payload of an API definition (AsyncAPI schema, application/schema+json,
   * OpenAPI body) is valid against its meta-schema.
   */
  public static final Rule API_JSON_SCHEMA = rule("api.json-schema", ERROR,
      "A JSON Schema payload of an API definition (AsyncAPI schema, application/schema+json, OpenAPI body) is valid"
          + " against its meta-schema",
      "Fix the schema at the given node: e.g. type is one of array, boolean, integer, null, number, object, string;"
          + " required is an array of names.");
  /**
   * {@code api.payload-unreadable}: A payload schema an API definition refers to can be read (the document exists, the
   * node is in it, the load's rules allow it).
   */
  public static final Rule API_PAYLOAD_UNREADABLE = rule("api.payload-unreadable", WARNING,
      "A payload schema an API definition refers to can be read (the document exists, the node is in it, the load's"
          + " rules allow it)",
      "Fix the $ref (relative to the definition's own document), add the schema file, or allow its host.");

  /**
   * {@code api.shared-definition}: Two ports with API Standard Definitions of their own do not link to the same
   * definition document.
   */
  public static final Rule API_SHARED_DEFINITION = rule("api.shared-definition", WARNING,
      "Two ports with API Standard Definitions of their own do not link to the same definition document",
      "Point each port's promises.api.definition at its own API, or share one Standard Definition from"
          + " components.apis when the ports serve one API.");

  // Running the validator
  /**
   * {@code validation.check-failed}: A check could not complete on this descriptor (a defect of the check, not of the
   * descriptor).
   */
  public static final Rule CHECK_FAILED = rule("validation.check-failed", ERROR,
      "A check could not complete on this descriptor (a defect of the check, not of the descriptor)",
      "Report it with the descriptor; the other checks ran.");

  /** Every rule above by section of the spec notes (section 12), in catalogue order. */
  public static final Map<String, List<Rule>> SECTIONS;

  static {
    Map<String, List<Rule>> sections = new LinkedHashMap<>();
    sections.put("A. Document", List.of(SPEC_VERSION, SPEC_VERSION_PATCH, SPEC_DRAFT, PROPERTY_UNKNOWN,
        PROPERTY_IGNORED, PROPERTY_ALIAS));
    sections.put("B. Required fields", List.of(ROOT_REQUIRED, OUTPUT_PORTS_EMPTY, INFO_REQUIRED, INFO_FQN_MISSING,
        COMPONENT_REQUIRED, DEFINITION_REQUIRED, REFERENCE_REQUIRED, SCHEMA_TYPE));
    sections.put("C. Formats", List.of(FORMAT_NAME, FORMAT_VERSION, FORMAT_FQN, FQN_CHARSET, FORMAT_UUID,
        FORMAT_ALPHANUMERIC, FORMAT_URI_REFERENCE, HREF_NOT_ABSOLUTE, MEDIA_TYPE, SERVICES_TYPE,
        TASK_ORDER));
    sections.put("D. Identity", List.of(FQN_PRODUCT, FQN_COMPONENT, FQN_DEFINITION, ENTITY_TYPE, ID_MISMATCH,
        READ_ONLY));
    sections.put("E. Uniqueness", List.of(UNIQUE_NAME, UNIQUE_IDENTITY, COMPONENTS_KEY, UNIQUE_DISPLAY_NAME));
    sections.put("F. References", List.of(REF_TARGET_TYPE, REF_POSITION, REF_COMPONENTS_KIND, COMPONENTS_UNUSED,
        REF_SIBLINGS, REF_REMOTE));
    sections.put("G. Graph and semantics", List.of(DEPENDS_ON_UNRESOLVED, DEPENDS_ON_KIND, DEPENDS_ON_CYCLE,
        LINEAGE_UNRESOLVED, DEFINITION_SPEC_VERSION, LIFECYCLE_ORDER, LIFECYCLE_TASK_EMPTY, LIFECYCLE_SERVICE_REF,
        VERSION_UNSTABLE));
    sections.put("API definitions", List.of(API_PARSE, API_VERSION, API_AVRO, API_AVRO_NAMES, API_JSON_SCHEMA,
        API_PAYLOAD_UNREADABLE, API_SHARED_DEFINITION));
    sections.put("Running the validator", List.of(CHECK_FAILED));
    SECTIONS = Collections.unmodifiableMap(sections);
  }

  /** Every rule above, in catalogue order. */
  public static final List<Rule> ALL = SECTIONS.values().stream().flatMap(List::stream).toList();

  private static Rule rule(String id, Severity severity, String title, String hint) {
    return new Rule(id, severity, title, hint);
  }

  private ValidationRules() {}
}
