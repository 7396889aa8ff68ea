package io.dpds.fix;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.fix.SourceIndex.Node;
import io.dpds.identity.Enricher;
import io.dpds.identity.IdStrategy;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.ModelJson;
import io.dpds.report.Diagnostic;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fix of every rule whose findings have one answer, and the choices of those that need a person. A fix looks at
 * one finding in the descriptor as it stands and gives the edits of the one document that holds the node, or nothing
 * when the finding is not of the kind it knows (it is then left, and reported).
 */
final class Fixes {

  /** What the fix of each fixable rule does, by rule id (the rule catalogue lists it). */
  static final Map<String, String> FIXABLE = fixable();

  /** What can be done about an undecided finding, or null when its rule is not one a person must decide. */
  static @Nullable String choices(Diagnostic finding, JsonNode tree) {
    JsonNode value = tree.at(finding.pointer());
    return switch (finding.ruleId()) {
      case "format.name" -> value.isTextual()
          ? "choose a valid name, e.g. dpds fix --rename '" + value.asText() + "=" + camelCase(value.asText())
              + "' (every FQN and reference that names it follows)"
          : "write a name: a letter, then letters and digits, e.g. tripStatus";
      case "unique.name" -> "rename one of the two with --rename OLD=NEW (FQNs and references follow), or remove one";
      case "info.required", "component.required", "root.required", "definition.required" ->
          "add what is missing; its value is yours to choose (" + finding.message() + ")";
      case "href.not-absolute" -> "give the base URL relative $href values are under with --href-base URL";
      case "ref.invalid" -> "write the $ref as a URI: folders separated by '/' (not '\\'), and what a URI does not"
          + " allow percent-encoded";
      default -> null;
    };
  }

  /**
   * {@return {@code text} as a valid name (a letter, then letters and digits): {@code Transport Management}, {@code
   * trip-status} and {@code trip_status} as {@code transportManagement}, {@code tripStatus} and {@code tripStatus}}
   * Accents are dropped ({@code Ünïcode} is {@code unicode}), leading digits too, and a single letter gets {@code
   * Name} after it; a valid name is kept as it is.
   */
  static String camelCase(String text) {
    if (VALID_NAME.matcher(text).matches()) {
      return text;
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : plain.toCharArray()) {
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter || (c >= '0' && c <= '9') && !out.isEmpty()) {
        out.append(out.isEmpty() ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        upper = !out.isEmpty();
      }
    }
    return out.isEmpty() ? "name" : out.length() == 1 ? out + "Name" : out.toString();
  }

  private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]+");
  /** Fields some object requires, which a null is not removed from: that would only make it lack them. */
  private static final Set<String> REQUIRED_FIELDS = Set.of("name", "version", "domain", "owner", "outputPorts",
      "info", "interfaceComponents", "dataProductDescriptor", "specification", "definition", "$ref", "$href");
  private static final Pattern PRODUCT_FQN = Pattern.compile("urn:(?:dpds:)?([^:]+):dataproducts:.*");
  private static final Pattern MAJOR = Pattern.compile("(0|[1-9][0-9]*)\\..*");
  /** MAJOR.MINOR.PATCH, perhaps with a pre-release or build: what may become a Standard Definition's version. */
  private static final Pattern SEMVER =
      Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)([-+].+)?");
  private static final Set<String> DRAFT_BLOCKS = Set.of("buildInfo", "deployInfo", "provisionInfo");

  private static final String DEPRECATION = "deprecationPolicy";
  private static final String SERVICES_TYPE = "servicesType";

  /** How the fix of the spec version begins: it waits for a round where nothing else is fixed. */
  static final String VERSION_FIX = "dataProductDescriptor ";

  private Fixes() {}

  private static Map<String, String> fixable() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("spec.version", "A DRAFT or 0.x dataProductDescriptor becomes 1.0.0 (with the other DRAFT shapes migrated)");
    m.put("spec.draft", "contracts becomes obligations; buildInfo, deployInfo and provisionInfo are kept as x-"
        + " extensions; a DRAFT Standard Definition's version moves to specificationVersion and version becomes the"
        + " definition's own info.version");
    m.put("property.alias", "depreceationPolicy is renamed deprecationPolicy, unless its object has both");
    m.put("property.unknown", "serviceType in promises (the spelling of the spec's examples) is renamed servicesType,"
        + " unless promises has both; other unknown fields are yours to rename or remove");
    m.put("ref.invalid", "A space, a character beyond ASCII, or another that a URI does not allow (a double quote,"
        + " angle brackets, braces, a '%' that starts no escape) is percent-encoded: my port.yaml becomes"
        + " my%20port.yaml; a backslash is left to you (a folder separator on Windows, or part of a name)");
    m.put("ref.pointer", "A fragment without its leading slash (#components/...) gets it (#/components/...)");
    m.put("ref.position", "A fragment without its leading slash gets it; whether the reference is followed there"
        + " stays the profile's (--lenient-refs)");
    m.put("schema.type", "An optional field written as null is removed (absent and null mean the same); a number or"
        + " boolean where text is expected is quoted as written (a version as SemVer: version: 1.10 becomes 1.10.0),"
        + " an integer written as text where an integer is expected is unquoted, and a value written alone where a"
        + " list is expected becomes a list of it (tags: streaming becomes tags: [streaming]; an empty object, {},"
        + " an empty list)");
    m.put("task.order", "An order written as text, order: \"1\", is written as the integer 1");
    m.put("format.version", "A version written loosely becomes SemVer: v1.2 becomes 1.2.0, 01.0.0 becomes 1.0.0,"
        + " 1.0.0-rc.01 becomes 1.0.0-rc.1, and white space around it goes");
    m.put("fqn.product", "info.fullyQualifiedName becomes urn:dpds:{namespace}:dataproducts:{name}:{major of"
        + " info.version}, the namespace kept; not while info.name is not a valid name (a person chooses one:"
        + " --rename)");
    m.put("fqn.component", "The component's FQN is derived again from the product's FQN, its kind and its name; not"
        + " while its name or the product's is not a valid name");
    m.put("depends-on.unresolved", "A dependsOn item that names a component by the FQN written for it, or by the"
        + " product's, follows the fix of that FQN (fqn.component, fqn.product)");
    m.put("lineage.unresolved", "A consumesFrom or providesTo item that names a component by the FQN written for it,"
        + " or by the product's, follows the fix of that FQN (fqn.component, fqn.product)");
    m.put("id.mismatch", "The id becomes the UUID v5 of the FQN, as enrich derives it; not while a name the FQN is"
        + " made of is not a valid name");
    m.put("entity-type", "entityType becomes the constant of the object's kind");
    m.put("identity.conflict", "The field becomes the value enrich derives");
    m.put("definition.required", "A Standard Definition without a name gets one from its owner and kind, e.g."
        + " tripStatusApi");
    m.put("href.not-absolute", "With --href-base URL, a relative $href is resolved against it");
    return Map.copyOf(m);
  }

  /** The descriptor as it stands, and the documents' text, for the fixes of one round. */
  interface Context {
    ResolvedDescriptor descriptor();

    /** The index of the document at {@code uri}, or null when it cannot be edited (not a local file). */
    @Nullable SourceIndex index(URI uri);

    @Nullable URI hrefBase();

    /** Whether this round's validation reported {@code ruleId} at {@code pointer}. */
    boolean reported(String ruleId, String pointer);

    /** The descriptor as {@code enrich} makes it, as JSON (computed once a round). */
    JsonNode enriched();

    /** The FQNs this round's fixes replace, which references follow (computed once a round). */
    MovedFqns movedFqns();
  }

  /** One fix planned: where, and what it changes. */
  record Planned(URI document, List<TextEdit> edits, String what) {}

  /** {@return the index of the document {@code finding} is located in, if it can be edited} */
  static @Nullable SourceIndex indexOf(Diagnostic finding, Context context) {
    return finding.location().map(at -> context.index(at.uri())).orElse(null);
  }

  /** {@return the node {@code finding} is about, as written in {@code index} (its document's; null: none)} */
  static @Nullable Node nodeOf(Diagnostic finding, @Nullable SourceIndex index) {
    return index == null ? null : index.at(finding.location().get().line(), finding.location().get().column(),
        Pointers.last(finding.pointer()));
  }

  /** The fix of {@code finding}, if it has one here. */
  static Optional<Planned> plan(Diagnostic finding, Context context) {
    SourceIndex index = indexOf(finding, context);
    Node node = nodeOf(finding, index);
    if (node == null) {
      return Optional.empty();
    }
    URI uri = finding.location().get().uri();
    Writer writer = new Writer(index);
    String pointer = finding.pointer();
    String last = Pointers.last(pointer);
    JsonNode tree = context.descriptor().tree();
    return switch (finding.ruleId()) {
      case "spec.version" -> node.scalar != null && isDraftVersion(node.scalar)
          ? planned(uri, writer.replaceValue(node, "1.0.0"), VERSION_FIX + node.scalar + " -> 1.0.0")
          : Optional.empty();
      case "ref.invalid" -> refEncoded(uri, node, writer);
      case "ref.pointer", "ref.position" -> refPointer(uri, node, writer);
      case "schema.type" -> node.isNull && node.keyStart >= 0 && !required(pointer)
          ? planned(uri, writer.remove(node), "removed " + last + ": null")
          : node.scalar != null && finding.message().contains(" string expected; write it in quotes")
              ? quoted(uri, writer, node, VERSIONS.contains(pointer) || last.equals("version")
                  ? semVer(node.scalar).orElse(node.scalar) : null)
              : !node.isNull && node.keyStart >= 0 && finding.message().endsWith(" found, array expected")
                  && (node.scalar != null) == TEXT_LISTS.contains(last)
                  ? wrapped(uri, writer, node, last) : unquotedInteger(uri, writer, node, finding);
      case "task.order" -> unquotedInteger(uri, writer, node, finding);
      case "format.version" -> node.scalar == null ? Optional.empty()
          : semVer(node.scalar).filter(v -> !v.equals(node.scalar))
              .flatMap(v -> planned(uri, writer.replaceValue(node, v), last + " " + node.scalar + " -> " + v));
      case "fqn.product" -> productFqn(context.descriptor()).filter(f -> !f.equals(node.scalar))
          .flatMap(f -> planned(uri, writer.replaceValue(node, f), "fullyQualifiedName -> " + f));
      case "fqn.component", "id.mismatch", "entity-type", "identity.conflict" ->
          derived(context.enriched(), pointer).filter(v -> node.scalar != null && !v.equals(node.scalar))
              .filter(v -> last.equals("entityType") || validNames(tree, Pointers.parent(pointer)))
              .flatMap(v -> planned(uri, writer.replaceValue(node, v), last + " -> " + v));
      case "depends-on.unresolved", "lineage.unresolved" -> node.scalar == null ? Optional.empty()
          : context.movedFqns().followed(node.scalar).flatMap(v -> planned(uri, writer.replaceValue(node, v),
              Pointers.last(Pointers.parent(pointer)) + " item -> " + v));
      case "spec.draft" -> draft(uri, node, writer, pointer, context.descriptor());
      case "property.alias" -> renamed(uri, node, writer, DEPRECATION);
      case "property.unknown" -> last.equals("serviceType")
          && Pointers.last(Pointers.parent(pointer)).equals("promises")
          ? renamed(uri, node, writer, SERVICES_TYPE) : Optional.empty();
      case "definition.required" -> finding.message().contains("'name'") && node.mapping && node.child("name") == null
          && (node.child("specification") != null || node.child("definition") != null)
          && !context.reported("spec.draft", pointer) // the DRAFT fix names it with its version
          ? definitionName(pointer, tree).flatMap(name -> planned(uri, writer.add(node, "name", name),
              "name: " + name)) : Optional.empty();
      case "href.not-absolute" -> context.hrefBase() == null || node.scalar == null ? Optional.empty()
          : planned(uri, writer.replaceValue(node, context.hrefBase().resolve(node.scalar).toString()),
              "$href -> " + context.hrefBase().resolve(node.scalar));
      default -> Optional.empty();
    };
  }

  /**
   * Whether the object holding {@code pointer} requires its field: the owner its {@code id} only, a contact point
   * nothing; any other object the fields of its name that some object requires.
   */
  private static boolean required(String pointer) {
    String field = Pointers.last(pointer);
    String object = Pointers.parent(pointer);
    if (object.equals("/info/owner")) {
      return field.equals("id");
    }
    return !Pointers.parent(object).equals("/info/contactPoints") && REQUIRED_FIELDS.contains(field);
  }

  /** The key of {@code node} renamed {@code to}, unless its object has that key already. */
  private static Optional<Planned> renamed(URI uri, Node node, Writer writer, String to) {
    return node.keyStart >= 0 && node.parent != null && node.parent.child(to) == null
        ? planned(uri, writer.renameKey(node, to), Pointers.last(node.pointer) + " -> " + to) : Optional.empty();
  }

  private static Optional<Planned> planned(URI uri, List<TextEdit> edits, String what) {
    return Optional.of(new Planned(uri, edits, what));
  }

  /** A number or boolean where text is expected, written as text: as {@code text}, else as it was written. */
  private static Optional<Planned> quoted(URI uri, Writer writer, Node node, @Nullable String text) {
    String value = text != null ? text : node.scalar;
    return planned(uri, writer.replaceValue(node, value), node.scalar + " -> \"" + value + "\"");
  }

  /** The fields whose lists hold text; every other list of a descriptor holds objects. */
  private static final Set<String> TEXT_LISTS = Set.of("tags", "dependsOn", "consumesFrom", "providesTo");

  /**
   * A value written alone where a list is expected ({@code tags: streaming}), written as a list of that value: text
   * where the list holds text, an object where it holds objects (a contact point, a port, a task); an empty object as
   * an empty list.
   */
  private static Optional<Planned> wrapped(URI uri, Writer writer, Node node, String field) {
    if (node.mapping && node.children.isEmpty()) { // nothing to keep, and no empty item to make up
      return planned(uri, writer.replaceUnquoted(node, "[]"), field + ": {} -> []");
    }
    List<TextEdit> edits = writer.wrapInList(node);
    return edits.isEmpty() ? Optional.empty() : planned(uri, edits, field + " -> a list of its one value");
  }

  /** An integer written as text where an integer is expected ({@code order: "1"}), written as the number. */
  private static Optional<Planned> unquotedInteger(URI uri, Writer writer, Node node, Diagnostic finding) {
    if (node.scalar == null || !finding.message().contains("string found, integer expected")
        || !INTEGER.matcher(node.scalar.strip()).matches()) {
      return Optional.empty();
    }
    String number = new BigInteger(node.scalar.strip()).toString();
    return planned(uri, writer.replaceUnquoted(node, number), "\"" + node.scalar + "\" -> " + number);
  }

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

  /** The fields of string:version that are not named {@code version}. */
  private static final Set<String> VERSIONS = Set.of("/dataProductDescriptor");

  /** A version written loosely: a 'v', one to three numbers with leading zeros, then what SemVer allows. */
  private static final Pattern LOOSE_VERSION =
      Pattern.compile("[vV]?([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?(?:-([0-9A-Za-z.-]+))?(\\+[0-9A-Za-z.-]+)?");

  /**
   * {@code version} as SemVer writes it ({@code v1.2} is {@code 1.2.0}, {@code 1.0.0-rc.01} is {@code 1.0.0-rc.1}),
   * when it is a version written loosely, perhaps with white space around it.
   */
  private static Optional<String> semVer(String version) {
    Matcher loose = LOOSE_VERSION.matcher(version.strip());
    if (!loose.matches()) {
      return Optional.empty();
    }
    StringBuilder written = new StringBuilder(number(loose.group(1)) + "." + number(loose.group(2)) + "."
        + number(loose.group(3)));
    if (loose.group(4) != null) {
      String[] identifiers = loose.group(4).split("\\.", -1);
      for (int i = 0; i < identifiers.length; i++) {
        if (identifiers[i].isEmpty()) {
          return Optional.empty(); // rc..1: which identifier was meant is not for the fixer to guess
        }
        written.append(i == 0 ? "-" : ".").append(identifiers[i].matches("[0-9]+") ? number(identifiers[i])
            : identifiers[i]);
      }
    }
    return Optional.of(written + (loose.group(5) == null ? "" : loose.group(5)));
  }

  /** A numeric part without leading zeros; 0 when absent. */
  private static String number(@Nullable String digits) {
    return digits == null ? "0" : new BigInteger(digits).toString();
  }

  private static boolean isDraftVersion(String version) {
    return version.startsWith("0.") || version.toUpperCase(Locale.ROOT).contains("DRAFT");
  }

  /** {@code #components/apis/x} to {@code #/components/apis/x}; the node is the {@code $ref} entry or its object. */
  private static Optional<Planned> refPointer(URI uri, Node node, Writer writer) {
    Node ref = node.mapping ? node.child("$ref") : node;
    if (ref == null || ref.scalar == null) {
      return Optional.empty();
    }
    int hash = ref.scalar.indexOf('#');
    if (hash < 0 || hash + 1 >= ref.scalar.length() || ref.scalar.charAt(hash + 1) == '/') {
      return Optional.empty();
    }
    String fixed = ref.scalar.substring(0, hash + 1) + "/" + ref.scalar.substring(hash + 1);
    return planned(uri, writer.replaceValue(ref, fixed), "$ref -> " + fixed);
  }

  /** A {@code $ref} with the characters a URI does not allow percent-encoded, when that makes it a URI reference. */
  private static Optional<Planned> refEncoded(URI uri, Node node, Writer writer) {
    Node ref = node.mapping ? node.child("$ref") : node;
    if (ref == null || ref.scalar == null) {
      return Optional.empty();
    }
    String encoded = percentEncoded(ref.scalar);
    try {
      new URI(encoded);
    } catch (URISyntaxException e) {
      return Optional.empty(); // a backslash, a second '#', ...: not a matter of encoding
    }
    return encoded.equals(ref.scalar) ? Optional.empty()
        : planned(uri, writer.replaceValue(ref, encoded), "$ref -> " + encoded);
  }

  /**
   * {@code ref} with each character no part of a URI can hold written as its UTF-8 bytes percent-encoded: control
   * characters, the space, characters beyond ASCII, {@code "<>^`{|}[]}, and a {@code %} that starts no escape.
   */
  static String percentEncoded(String ref) {
    StringBuilder out = new StringBuilder(ref.length() + 8);
    for (int i = 0; i < ref.length(); i += Character.charCount(ref.codePointAt(i))) {
      int c = ref.codePointAt(i);
      boolean escape = c == '%' && i + 2 < ref.length() && HEX.indexOf(ref.charAt(i + 1)) >= 0
          && HEX.indexOf(ref.charAt(i + 2)) >= 0;
      if (c > ' ' && c < 0x7F && "\"<>^`{|}[]".indexOf(c) < 0 && (c != '%' || escape)) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
    }
    return out.toString();
  }

  private static final String HEX = "0123456789ABCDEFabcdef";

  /**
   * The product FQN from the written one's namespace, {@code info.name} and the major of {@code info.version}; none
   * when {@code info.name} is not a valid name.
   */
  static Optional<String> productFqn(ResolvedDescriptor descriptor) {
    var info = descriptor.descriptor().info();
    if (info.isEmpty() || info.get().name().filter(name -> VALID_NAME.matcher(name).matches()).isEmpty()
        || info.get().version().isEmpty() || info.get().fullyQualifiedName().isEmpty()) {
      return Optional.empty();
    }
    Matcher namespace = PRODUCT_FQN.matcher(info.get().fullyQualifiedName().get());
    Matcher major = MAJOR.matcher(info.get().version().get());
    if (!namespace.matches() || !major.matches()) {
      return Optional.empty();
    }
    return Optional.of("urn:dpds:" + namespace.group(1) + ":dataproducts:" + info.get().name().get() + ":"
        + major.group(1));
  }

  /**
   * Whether the product's name and that of the object at {@code object} (when it has one) are valid names: an FQN or
   * id derived from an invalid name would change again when a person renames it ({@code --rename}).
   */
  static boolean validNames(JsonNode tree, String object) {
    JsonNode own = tree.at(object + "/name");
    return tree.at("/info/name").isTextual() && VALID_NAME.matcher(tree.at("/info/name").textValue()).matches()
        && (own.isMissingNode() || own.isTextual() && VALID_NAME.matcher(own.textValue()).matches());
  }

  /** The value {@code enrich} derives for the node at {@code pointer}, when it derives one. */
  private static Optional<String> derived(JsonNode enriched, String pointer) {
    JsonNode value = enriched.at(pointer);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** The descriptor as {@code enrich} makes it, as JSON. */
  static JsonNode enrich(ResolvedDescriptor descriptor, IdStrategy ids) {
    return ModelJson.toJson(Enricher.defaults().withIdStrategy(ids).enrich(descriptor.descriptor()).descriptor());
  }

  private static Optional<Planned> draft(URI uri, Node node, Writer writer, String pointer,
      ResolvedDescriptor descriptor) {
    JsonNode tree = descriptor.tree();
    String last = Pointers.last(pointer);
    Node parent = node.parent;
    if (last.equals("dataProductDescriptor") && node.scalar != null && isDraftVersion(node.scalar)) {
      return planned(uri, writer.replaceValue(node, "1.0.0"), VERSION_FIX + node.scalar + " -> 1.0.0");
    }
    if (node.keyStart >= 0 && last.equals("contracts") && parent != null && parent.child("obligations") == null) {
      return planned(uri, writer.renameKey(node, "obligations"), "contracts -> obligations");
    }
    if (node.keyStart >= 0 && DRAFT_BLOCKS.contains(last) && parent != null && parent.child("x-" + last) == null) {
      return planned(uri, writer.renameKey(node, "x-" + last), last + " -> x-" + last + " (kept, not interpreted)");
    }
    Node version = node.mapping ? node.child("version") : null;
    if (version != null && node.child("specificationVersion") == null) {
      JsonNode own = ownVersion(descriptor, pointer);
      if (own.isTextual() && version.scalar != null) {
        boolean semver = SEMVER.matcher(own.asText()).matches(); // else the version stays to be decided
        List<TextEdit> edits = new ArrayList<>(writer.renameKey(version, "specificationVersion"));
        if (semver) {
          edits.addAll(writer.add(node, "version", own.asText()));
        }
        Optional<String> name = node.child("name") == null ? definitionName(pointer, tree) : Optional.empty();
        name.ifPresent(n -> edits.addAll(writer.add(node, "name", n)));
        return planned(uri, edits, "version " + version.scalar + " -> specificationVersion; version: "
            + (semver ? own.asText() : "yours to choose (the definition's '" + own.asText() + "' is not SemVer)")
            + name.map(n -> "; name: " + n).orElse(""));
      }
    }
    return Optional.empty();
  }

  /**
   * The version the definition of the Standard Definition at {@code pointer} gives itself ({@code info.version} of an
   * AsyncAPI or OpenAPI document), inline, behind a followed reference, or behind a readable {@code $href}.
   */
  private static JsonNode ownVersion(ResolvedDescriptor descriptor, String pointer) {
    JsonNode definition = descriptor.tree().at(pointer + "/definition");
    if (definition.path("$href").isTextual()) {
      try {
        return descriptor.read(URI.create(definition.get("$href").asText())).tree()
            .map(t -> t.at("/info/version")).orElse(definition.path("none"));
      } catch (io.dpds.load.ResourceException | IllegalArgumentException e) {
        return definition.path("none"); // not readable here: the version stays to be decided
      }
    }
    return definition.at("/info/version");
  }

  /**
   * A Standard Definition's name from its owner and kind, a valid name whatever the owner's: a port's {@code api} is
   * {@code <port>Api} ({@code trip_events} gives {@code tripEventsApi}).
   */
  private static Optional<String> definitionName(String pointer, JsonNode tree) {
    List<String> tokens = Pointers.tokens(pointer);
    String kind = tokens.get(tokens.size() - 1);
    if (tokens.size() >= 3 && tokens.get(0).equals("components")) {
      return Optional.of(camelCase(tokens.get(2)));
    }
    for (int i = tokens.size() - 2; i > 0; i--) {
      JsonNode owner = tree.at(Pointers.of(tokens.subList(0, i)) + "/name");
      if (owner.isTextual() && !owner.asText().isBlank()) {
        return Optional.of(camelCase(owner.asText()) + Character.toUpperCase(kind.charAt(0)) + kind.substring(1));
      }
    }
    return Optional.empty();
  }
}
