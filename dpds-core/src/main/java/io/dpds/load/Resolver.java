package io.dpds.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces DPDS Reference Objects by their targets, exactly where the spec allows them (spec notes, section 5.1),
 * and nowhere else: {@code $ref}s inside foreign content ({@code definition} documents, configurations) belong to
 * other specifications and are left alone; {@code $href} links are never followed.
 *
 * <p>A relative {@code $ref} is resolved against the document that contains it; a fragment is a JSON pointer into the
 * target. Chains ({@code $ref} to a {@code $ref}) are followed up to the limit, and cycles are reported with the whole
 * chain. The input trees are never modified: an object that holds a resolved reference is copied (copy on write), so
 * the documents stay as authored and every untouched subtree is shared. A target used twice is resolved once.
 *
 * <p>One instance per load; not thread-safe.
 */
final class Resolver {

  /** What a position holds, which decides where references may appear below it. */
  enum Slot {
    ROOT,
    INTERFACE,
    INTERNAL,
    COMPONENTS,
    PORT,
    PROMISES,
    EXPECTATIONS,
    OBLIGATIONS,
    STANDARD_DEFINITION,
    TASK,
    APPLICATION,
    INFRASTRUCTURE,
    /** A DPDS value whose inside is not DPDS (task service, configurations). */
    OPAQUE,
    /** A Standard Definition's definition: a reference loads a foreign document. */
    DEFINITION
  }

  /** How many values a field holds. */
  private enum Many {
    ONE,
    ARRAY,
    MAP,
    MAP_OF_ARRAYS
  }

  /** Whether a Reference Object is followed at a position. */
  private enum Refs {
    NEVER,
    ALWAYS,
    /** Only with {@link ReferencePositions#LENIENT}: the Standard-Definition fields of promises and the like. */
    LENIENT
  }

  private record Child(String field, Slot slot, Many many, Refs refs) {}

  private static final Map<Slot, List<Child>> CHILDREN = new EnumMap<>(Slot.class);

  /** Types whose {@code description} a reference's own description overrides. */
  private static final Set<Slot> DESCRIBED =
      Set.of(Slot.PORT, Slot.APPLICATION, Slot.INFRASTRUCTURE, Slot.STANDARD_DEFINITION);

  static {
    children(Slot.ROOT,
        new Child("interfaceComponents", Slot.INTERFACE, Many.ONE, Refs.NEVER),
        new Child("internalComponents", Slot.INTERNAL, Many.ONE, Refs.NEVER),
        new Child("components", Slot.COMPONENTS, Many.ONE, Refs.NEVER));
    List<Child> ports = new ArrayList<>();
    List<Child> components = new ArrayList<>();
    for (String kind : List.of("inputPorts", "outputPorts", "discoveryPorts", "observabilityPorts", "controlPorts")) {
      ports.add(new Child(kind, Slot.PORT, Many.ARRAY, Refs.ALWAYS));
      components.add(new Child(kind, Slot.PORT, Many.MAP, Refs.ALWAYS));
    }
    CHILDREN.put(Slot.INTERFACE, ports);
    components.add(new Child("applicationComponents", Slot.APPLICATION, Many.MAP, Refs.ALWAYS));
    components.add(new Child("infrastructuralComponents", Slot.INFRASTRUCTURE, Many.MAP, Refs.ALWAYS));
    components.add(new Child("apis", Slot.STANDARD_DEFINITION, Many.MAP, Refs.ALWAYS));
    components.add(new Child("templates", Slot.STANDARD_DEFINITION, Many.MAP, Refs.ALWAYS));
    CHILDREN.put(Slot.COMPONENTS, components);
    children(Slot.PORT,
        new Child("promises", Slot.PROMISES, Many.ONE, Refs.ALWAYS),
        new Child("expectations", Slot.EXPECTATIONS, Many.ONE, Refs.ALWAYS),
        new Child("obligations", Slot.OBLIGATIONS, Many.ONE, Refs.ALWAYS));
    children(Slot.PROMISES, definitions("api", "deprecationPolicy", "slo"));
    children(Slot.EXPECTATIONS, definitions("audience", "usage"));
    children(Slot.OBLIGATIONS, definitions("termsAndConditions", "billingPolicy", "sla"));
    children(Slot.STANDARD_DEFINITION, new Child("definition", Slot.DEFINITION, Many.ONE, Refs.ALWAYS));
    children(Slot.INTERNAL,
        new Child("lifecycleInfo", Slot.TASK, Many.MAP_OF_ARRAYS, Refs.NEVER),
        new Child("applicationComponents", Slot.APPLICATION, Many.ARRAY, Refs.ALWAYS),
        new Child("infrastructuralComponents", Slot.INFRASTRUCTURE, Many.ARRAY, Refs.ALWAYS));
    children(Slot.TASK,
        new Child("service", Slot.OPAQUE, Many.ONE, Refs.ALWAYS),
        new Child("template", Slot.STANDARD_DEFINITION, Many.ONE, Refs.ALWAYS),
        new Child("configurations", Slot.OPAQUE, Many.ONE, Refs.ALWAYS));
    // The DRAFT-only fields (contracts, buildInfo, deployInfo, provisionInfo) are not DPDS 1.0.0: no child is listed
    // for them, so they stay as written, references included, and are compared as opaque values.
  }

  private static void children(Slot slot, Child... children) {
    CHILDREN.put(slot, List.of(children));
  }

  private static Child[] definitions(String... fields) {
    Child[] out = new Child[fields.length];
    for (int i = 0; i < fields.length; i++) {
      out[i] = new Child(fields[i], Slot.STANDARD_DEFINITION, Many.ONE, Refs.LENIENT);
    }
    return out;
  }

  /** Where the walk is: the document being read and the pointer in the resolved tree, built only when asked for. */
  private static final class Site {
    final URI doc;
    private final Site parent;
    private final String token;
    private String pointer;

    Site(URI doc, String pointer) {
      this(doc, null, null);
      this.pointer = pointer;
    }

    private Site(URI doc, Site parent, String token) {
      this.doc = doc;
      this.parent = parent;
      this.token = token;
    }

    Site child(String token) {
      return new Site(doc, this, token);
    }

    String pointer() {
      if (pointer == null) {
        pointer = parent.pointer() + "/" + Pointers.escape(token);
      }
      return pointer;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final DocumentStore store;
  private final Origins origins;
  private final Limits limits;
  private final boolean lenient;
  private final List<Diagnostic> diagnostics;
  /**
   * What each object became in each slot it was walked in: its slot when walking left it as it was, a {@link Walked}
   * when it became another node, a map for several slots. Kept on the object node itself when it is one of this load
   * ({@link Origins#walked}), else here.
   */
  private final Map<JsonNode, Object> resolved = new IdentityHashMap<>(4); // nodes that cannot carry a note
  private final Map<JsonNode, Boolean> inProgress = new IdentityHashMap<>(4);
  private final Deque<String> chain = new ArrayDeque<>();
  private final Map<JsonNode, SourceLocation> detached = new IdentityHashMap<>(4);
  private final Set<URI> problemsTold = new HashSet<>(2); // the definition documents whose problems are reported
  private final List<ReferenceSite> sites = new ArrayList<>();

  private @Nullable URI root; // of the root document: messages name files from its folder

  Resolver(DocumentStore store, Limits limits, ReferencePositions positions, List<Diagnostic> diagnostics) {
    this.store = store;
    this.origins = store.origins;
    this.limits = limits;
    this.lenient = positions == ReferencePositions.LENIENT;
    this.diagnostics = diagnostics;
  }

  /** The result of walking one object in one slot, when it is not the object itself. */
  private record Walked(Slot slot, JsonNode result) {}

  private Object note(JsonNode node) {
    Object note = Origins.walked(node);
    return note != null ? note : resolved.get(node);
  }

  private void note(JsonNode node, Object note) {
    if (!Origins.walked(node, note)) {
      resolved.put(node, note);
    }
  }

  /** The note of an object walked in one slot, as a {@link Walked}; null for no note or several slots. */
  private static Walked one(Object note, JsonNode node) {
    return note instanceof Slot slot ? new Walked(slot, node) : note instanceof Walked walked ? walked : null;
  }

  private JsonNode known(JsonNode node, Slot slot) {
    Object known = note(node);
    if (known instanceof EnumMap<?, ?> bySlot) {
      return (JsonNode) bySlot.get(slot);
    }
    Walked one = one(known, node);
    return one != null && one.slot() == slot ? one.result() : null;
  }

  @SuppressWarnings("unchecked")
  private void remember(JsonNode node, Slot slot, JsonNode result) {
    Object known = note(node);
    Walked one = one(known, node);
    if (known == null || one != null && one.slot() == slot) {
      note(node, result == node ? slot : new Walked(slot, result));
      return;
    }
    EnumMap<Slot, JsonNode> bySlot = one == null ? (EnumMap<Slot, JsonNode>) known : new EnumMap<>(Slot.class);
    if (one != null) {
      bySlot.put(one.slot(), one.result());
      note(node, bySlot);
    }
    bySlot.put(slot, result);
  }

  /** Every reference met at a position where references are followed, in the order met. */
  List<ReferenceSite> sites() {
    return sites;
  }

  /** The resolved descriptor of a root document's tree. */
  JsonNode resolve(Document root) {
    this.root = root.uri();
    JsonNode tree = root.tree().orElseThrow();
    return walk(tree, Slot.ROOT, new Site(root.uri(), ""));
  }

  private JsonNode walk(JsonNode node, Slot slot, Site site) {
    List<Child> children = CHILDREN.get(slot);
    if (!node.isObject() || children == null) {
      return node;
    }
    Map<String, JsonNode> changed = null;
    for (Child child : children) {
      JsonNode value = node.get(child.field);
      if (value == null) {
        continue;
      }
      Site at = site.child(child.field);
      JsonNode now =
          switch (child.many) {
            case ONE -> value(value, child, at, 0);
            case ARRAY -> elements(value, child, at);
            case MAP -> entries(value, child, at, false);
            case MAP_OF_ARRAYS -> entries(value, child, at, true);
          };
      if (now != value) {
        if (changed == null) {
          changed = new LinkedHashMap<>();
        }
        changed.put(child.field, now);
      }
    }
    return changed == null ? node : copy(node, changed);
  }

  /** Resolves {@code value}, at {@code at}, an item of a list of {@code listed} items (0 outside a list). */
  private JsonNode value(JsonNode value, Child child, Site at, int listed) {
    if (isReference(value) && (child.refs == Refs.ALWAYS || child.refs == Refs.LENIENT && lenient)) {
      URI uri = targetUri(value, at);
      sites.add(new ReferenceSite(at.pointer(), value, refLocation(value), uri, child.refs == Refs.ALWAYS));
      return child.slot == Slot.DEFINITION ? definition(value, uri, at) : reference(value, uri, child.slot, at, listed);
    }
    if (child.slot == Slot.DEFINITION || child.slot == Slot.OPAQUE || !value.isObject()) {
      return value;
    }
    JsonNode known = known(value, child.slot);
    if (known != null) {
      return known;
    }
    JsonNode result = walk(value, child.slot, at);
    remember(value, child.slot, result);
    return result;
  }

  private JsonNode elements(JsonNode array, Child child, Site at) {
    if (!array.isArray()) {
      return array;
    }
    List<JsonNode> out = null;
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      JsonNode now = value(element, child, at.child(Integer.toString(i)), array.size());
      if (now != element && out == null) {
        out = new ArrayList<>(array.size());
        for (int j = 0; j < i; j++) {
          out.add(array.get(j));
        }
      }
      if (out != null) {
        out.add(now);
      }
    }
    if (out == null) {
      return array;
    }
    Map<String, JsonNode> changed = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i) != array.get(i)) {
        changed.put(Integer.toString(i), out.get(i));
      }
    }
    ArrayNode copy = Origins.arrayNode(NODES, out.size());
    copy.addAll(out);
    return registerCopy(array, copy, changed);
  }

  private JsonNode entries(JsonNode object, Child child, Site at, boolean arrays) {
    if (!object.isObject()) {
      return object;
    }
    Map<String, JsonNode> changed = null;
    for (var it = object.fields(); it.hasNext(); ) {
      var entry = it.next();
      Site entrySite = at.child(entry.getKey());
      JsonNode now =
          arrays ? elements(entry.getValue(), child, entrySite) : value(entry.getValue(), child, entrySite, 0);
      if (now != entry.getValue()) {
        if (changed == null) {
          changed = new LinkedHashMap<>();
        }
        changed.put(entry.getKey(), now);
      }
    }
    return changed == null ? object : copy(object, changed);
  }

  /**
   * Follows a Reference Object to a DPDS value; on failure reports and returns the reference unchanged. {@code uri} is
   * the reference's URI already resolved ({@link #targetUri}), or null to resolve it here; {@code listed} is the size
   * of the list the reference is an item of, 0 outside a list.
   */
  private JsonNode reference(JsonNode ref, @Nullable URI uri, Slot slot, Site at, int listed) {
    Target target = target(ref, uri, at);
    if (target == null) {
      return ref;
    }
    int ports = slot == Slot.PORT && target.pointer.isEmpty() ? listed : 0; // a port that is a whole document
    DocumentStore.Outcome outcome = store.dpds(target.doc, target.pointer, at.pointer(), diagnostics, ports);
    if (outcome.document() == null) {
      report(outcome.rule(), "Cannot resolve $ref '" + refText(ref) + "': " + outcome.problem(), ref, at);
      return ref;
    }
    JsonNode node = at(outcome.document().tree().orElseThrow(), target.pointer);
    if (node.isMissingNode()) {
      report(LoadRules.REF_POINTER, "Cannot resolve $ref '" + refText(ref) + "': " + named(target.doc)
          + " has no node at #" + target.pointer, ref, at);
      return ref;
    }
    String name = named(target.doc) + "#" + target.pointer;
    if (inProgress.containsKey(node)) {
      report(LoadRules.REF_CYCLE, "Reference cycle: " + String.join(" -> ", chain) + " -> " + name, ref, at);
      return ref;
    }
    if (chain.size() >= limits.maxReferenceChain()) {
      report(LoadRules.LIMIT, "More than " + limits.maxReferenceChain() + " references in a chain, reached at "
          + name, ref, at);
      return ref;
    }
    JsonNode result = known(node, slot);
    if (result == null) {
      inProgress.put(node, Boolean.TRUE);
      chain.addLast(name);
      Site targetSite = new Site(target.doc, at.pointer());
      result = isReference(node) ? reference(node, null, slot, targetSite, listed) : walk(node, slot, targetSite);
      chain.removeLast();
      inProgress.remove(node);
      if (isReference(result)) {
        return ref; // the chain broke further on, already reported
      }
      remember(node, slot, result);
    }
    return overrideDescription(ref, slot, result);
  }

  /**
   * Loads the foreign document behind a definition's reference; its content replaces the reference. {@code uri} as for
   * {@link #reference}.
   */
  private JsonNode definition(JsonNode ref, @Nullable URI uri, Site at) {
    Target target = target(ref, uri, at);
    if (target == null) {
      return ref;
    }
    DocumentStore.Outcome outcome = store.foreign(target.doc);
    if (outcome.document() == null) {
      report(outcome.rule(), "Cannot load the definition '" + refText(ref) + "': " + outcome.problem(), ref, at);
      return ref;
    }
    Document doc = outcome.document();
    if (doc.tree().isPresent() && !doc.problems().isEmpty() && problemsTold.add(doc.uri())) {
      doc.problems().forEach(d -> diagnostics.add(d.toBuilder().pointer(at.pointer()).build())); // once a document
    }
    if (doc.tree().isEmpty()) {
      if (!target.pointer.isEmpty()) {
        report(LoadRules.REF_POINTER, "Cannot resolve $ref '" + refText(ref) + "': " + named(target.doc)
            + " is text, so a fragment cannot point into it", ref, at);
        return ref;
      }
      JsonNode text = new TextNode(doc.text().orElseThrow());
      detached.put(text, new SourceLocation(doc.uri(), 1, 1));
      return text;
    }
    JsonNode node = at(doc.tree().get(), target.pointer);
    if (node.isMissingNode()) {
      report(LoadRules.REF_POINTER, "Cannot resolve $ref '" + refText(ref) + "': " + named(target.doc)
          + " has no node at #" + target.pointer, ref, at);
      return ref;
    }
    return node;
  }

  private record Target(URI doc, String pointer) {}

  /** The node at a JSON pointer, or a missing node (also for a pointer Jackson cannot compile). */
  private static JsonNode at(JsonNode tree, String pointer) {
    try {
      return tree.at(JsonPointer.compile(pointer));
    } catch (IllegalArgumentException e) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }

  /**
   * The document and pointer a reference names, or null (reported) when it is malformed. {@code resolved} is its URI
   * resolved already, or null to resolve it here.
   */
  private Target target(JsonNode ref, @Nullable URI resolved, Site at) {
    JsonNode value = ref.get("$ref");
    if (!value.isTextual() || value.textValue().isBlank()) {
      report(LoadRules.REF_INVALID, "$ref must be a non-empty string", ref, at);
      return null;
    }
    URI uri = resolved;
    if (uri == null) {
      try {
        uri = at.doc.resolve(new URI(value.textValue()));
      } catch (URISyntaxException | IllegalArgumentException e) {
        report(LoadRules.REF_INVALID, "$ref '" + value.textValue() + "' is not a URI reference: "
            + (e instanceof URISyntaxException u ? u.getReason() + encoded(value.textValue(), u.getIndex())
                : e.getMessage()), ref, at);
        return null;
      }
    }
    String pointer = uri.getFragment() == null ? "" : uri.getFragment();
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      report(LoadRules.REF_POINTER, "The fragment of $ref '" + value.textValue()
          + "' is not a JSON pointer; write it as #/path/to/node", ref, at);
      return null;
    }
    try {
      return new Target(withoutFragment(uri), pointer);
    } catch (URISyntaxException e) {
      report(LoadRules.REF_INVALID, "$ref '" + value.textValue() + "' is not a URI reference", ref, at);
      return null;
    }
  }

  /**
   * {@return the document {@code uri} is in: {@code uri} without its fragment, as {@link URI#URI(String, String,
   * String)} makes it from the scheme and the decoded scheme-specific part} Without a fragment and an escape, that is
   * {@code uri} itself, which most references to another file are. (Its string is asked, not its raw scheme-specific
   * part: of a resolved URI, the JDK makes that part from the decoded path, so it may show no escape when there is.)
   */
  static URI withoutFragment(URI uri) throws URISyntaxException {
    if (uri.getRawFragment() == null && uri.toString().indexOf('%') < 0) {
      return uri;
    }
    return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
  }

  private JsonNode overrideDescription(JsonNode ref, Slot slot, JsonNode target) {
    JsonNode description = ref.get("description");
    if (description == null || !DESCRIBED.contains(slot) || !target.isObject()) {
      return target;
    }
    ObjectNode copy = Origins.objectNode(NODES);
    copy.setAll((ObjectNode) target);
    copy.set("description", description);
    Map<String, SourceLocation> overrides = new HashMap<>();
    SourceLocation at = childLocation(ref, "description");
    if (at != null) {
      overrides.put("description", at);
    }
    return register(target, copy, overrides);
  }

  private JsonNode copy(JsonNode node, Map<String, JsonNode> changed) {
    ObjectNode copy = Origins.objectNode(NODES);
    copy.setAll((ObjectNode) node);
    changed.forEach(copy::set);
    return registerCopy(node, copy, changed);
  }

  private JsonNode registerCopy(JsonNode original, JsonNode copy, Map<String, JsonNode> changed) {
    Map<String, SourceLocation> overrides = new HashMap<>();
    changed.forEach( // text loaded from another document is located there
        (token, value) -> {
          SourceLocation elsewhere = detached.get(value);
          if (elsewhere != null) {
            overrides.put(token, elsewhere);
          }
        });
    return register(original, copy, overrides);
  }

  /** Gives a copied container the origin of the original, with some children placed elsewhere. */
  private JsonNode register(JsonNode original, JsonNode copy, Map<String, SourceLocation> overrides) {
    Origins.ContainerOrigin origin = origins.get(original);
    if (origin != null) {
      origins.put(copy, origin.forCopy(original, copy, overrides));
    }
    return copy;
  }

  private static boolean isReference(JsonNode node) {
    return node.isObject() && node.has("$ref");
  }

  private static String refText(JsonNode ref) {
    return ref.get("$ref").asText();
  }

  /**
   * How a message names a document: a local file relative to the root document's folder (so a message reads the same
   * on every machine), anything else by its URI.
   */
  private String named(URI doc) {
    SourceLocation at = new SourceLocation(doc, 1, 1);
    return root == null ? at.displayUri() : at.displayPathFrom(root);
  }

  private SourceLocation childLocation(JsonNode container, String field) {
    Origins.ContainerOrigin origin = origins.get(container);
    return origin == null ? null : origin.childLocation(container, field);
  }

  private void report(Rule rule, String message, JsonNode ref, Site at) {
    diagnostics.add(rule.at(at.pointer()).message(message).location(refLocation(ref)).build());
  }

  private SourceLocation refLocation(JsonNode ref) {
    SourceLocation where = childLocation(ref, "$ref");
    if (where == null) {
      Origins.ContainerOrigin origin = origins.get(ref);
      where = origin == null ? null : origins.location(origin.uri, origin.self);
    }
    return where;
  }

  /**
   * {@return how the character at {@code index} of {@code ref}, which a URI does not allow there, is written in one
   * (percent-encoded, as UTF-8 bytes); empty when the index names none or a character a URI allows elsewhere}
   */
  private static String encoded(String ref, int index) {
    if (index < 0 || index >= ref.length()) {
      return "";
    }
    int c = ref.codePointAt(index);
    if (c < 0x80 && c > ' ' && c != 0x7F && "\"<>\\^`{|}%[]".indexOf(c) < 0) {
      return ""; // a character of URIs out of its place (a second '#'), which encoding would change the meaning of
    }
    String character = new String(Character.toChars(c));
    StringBuilder percent = new StringBuilder();
    for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
      percent.append('%').append(String.format("%02X", b & 0xFF));
    }
    return "; write '" + character + "' (character " + (index + 1) + ") percent-encoded, as " + percent;
  }

  /** The absolute URI a reference names, or null when it is not a URI reference (reported when followed). */
  private static URI targetUri(JsonNode ref, Site at) {
    JsonNode value = ref.get("$ref");
    if (!value.isTextual()) {
      return null;
    }
    try {
      return at.doc.resolve(new URI(value.textValue()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
