package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dpds.load.ReferenceSite;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.InterfaceComponents;
import io.dpds.model.InternalComponents;
import io.dpds.model.PortKind;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link DescriptorCheck} sees of one validation: the resolved descriptor with its source map, the typed model,
 * every DPDS object with its pointer and role, the profile, and where to report. One context per validation; not
 * shared between threads.
 */
public final class CheckContext {

  /** The objects a component brings, about: a port with its promises, expectations, obligations and their parts. */
  private static final int OBJECTS_PER_COMPONENT = 8;
  private static final int SCANNED = 64;

  private final ResolvedDescriptor resolved;
  private final Profile profile;
  private final ArrayList<ObjectSite> objects = new ArrayList<>(); // listed by ObjectWalk, see listObjects
  private final ArrayList<JsonNode> nodes = new ArrayList<>(); // of each object, at its index
  private boolean listed; // whether every object is
  private @Nullable Map<String, ObjectSite> byPointer; // indexed once a lookup is not found by scanning (see scan)
  private int byPointerIndexed; // how many of the objects byPointer has seen (two may share a pointer)
  private int scanned; // where scan looks first: after the object it found last
  private @Nullable Map<ObjectSite, JsonNode> nodeBySite; // as byPointer
  private List<Diagnostic> findings = new ArrayList<>(); // where reports go: see reportTo
  private Map<String, List<ReferenceSite>> referencesByPointer;

  CheckContext(ResolvedDescriptor resolved, Profile profile) {
    this.resolved = resolved;
    this.profile = profile;
  }

  /**
   * Lists the objects, calling {@code stretchEnd} with the count listed so far after every {@code stretch} of them
   * (not after the last ones when fewer): what {@link CheckRun} looks at while the walk has just read it. When they
   * are listed already, only calls {@code stretchEnd} as it would have.
   */
  void listObjects(int stretch, IntConsumer stretchEnd) {
    if (listed) {
      for (int end = stretch; end <= objects.size(); end += stretch) {
        stretchEnd.accept(end);
      }
      return;
    }
    int expected = 16 + OBJECTS_PER_COMPONENT * components(); // most descriptors: neither list grows
    objects.ensureCapacity(expected);
    nodes.ensureCapacity(expected);
    int[] next = {stretch}; // the count at which the next stretch ends
    ObjectWalk.walk(resolved.descriptor(), resolved.tree(), (site, node) -> {
      objects.add(site);
      nodes.add(node);
      if (objects.size() == next[0]) {
        next[0] += stretch;
        stretchEnd.accept(objects.size());
      }
    });
    listed = true;
  }

  /** {@return how many components the descriptor uses (its ports, applications and infrastructure)} */
  int components() {
    int used = 0;
    Optional<InterfaceComponents> ports = descriptor().interfaceComponents();
    if (ports.isPresent()) {
      for (PortKind kind : PortKind.values()) {
        used += ports.get().ports(kind).size();
      }
    }
    Optional<InternalComponents> internal = descriptor().internalComponents();
    if (internal.isPresent()) {
      used += internal.get().applicationComponents().size() + internal.get().infrastructuralComponents().size();
    }
    return used;
  }

  /** {@return the objects listed so far, in document order: every one once {@link #listObjects} is done} */
  List<ObjectSite> listedSoFar() {
    return objects;
  }

  /** {@return the resolved descriptor: tree, documents, references and the source map} */
  public ResolvedDescriptor resolved() {
    return resolved;
  }

  /** {@return the typed descriptor} */
  public DataProductDescriptor descriptor() {
    return resolved.descriptor();
  }

  /** {@return the profile the descriptor is validated under} */
  public Profile profile() {
    return profile;
  }

  /** {@return every DPDS object of the descriptor in document order} */
  public List<ObjectSite> objects() {
    if (!listed) {
      listObjects(Integer.MAX_VALUE, end -> { });
    }
    return Collections.unmodifiableList(objects);
  }

  /**
   * {@return the objects of one role in document order}
   *
   * @param role the role
   */
  public List<ObjectSite> objects(Role role) {
    List<ObjectSite> all = objects();
    List<ObjectSite> ofRole = new ArrayList<>();
    for (ObjectSite site : all) { // a loop: a stream's set-up cost more than the filter on a small descriptor
      if (site.role() == role) {
        ofRole.add(site);
      }
    }
    return Collections.unmodifiableList(ofRole);
  }

  /**
   * {@return the node of the resolved tree {@code site} stands for, found once when the objects were listed; a missing
   * node for a site that is not one of {@link #objects()}}
   *
   * @param site one of {@link #objects()}
   */
  public JsonNode node(ObjectSite site) {
    if (nodeBySite == null) {
      nodeBySite = new IdentityHashMap<>();
    }
    for (int i = nodeBySite.size(); i < objects.size(); i++) { // sites are distinct: the map's size is what it has
      nodeBySite.put(objects.get(i), nodes.get(i));
    }
    JsonNode node = nodeBySite.get(site);
    return node == null ? MissingNode.getInstance() : node;
  }

  /**
   * {@return the node of the object at {@code index} of {@link #objects()}}: what a check that goes through the list
   * by index reads without a lookup
   */
  JsonNode node(int index) {
    return nodes.get(index);
  }

  /**
   * {@return the DPDS object at {@code pointer}, if one is there}
   *
   * @param pointer a JSON pointer into the resolved descriptor
   */
  public Optional<ObjectSite> object(String pointer) {
    if (byPointer == null) {
      int found = scan(pointer);
      if (found >= 0) {
        return Optional.of(objects.get(found));
      }
      byPointer = new HashMap<>(objects.size() * 4 / 3 + 1); // the objects listed so far: most often, all of them
    }
    for (; byPointerIndexed < objects.size(); byPointerIndexed++) {
      ObjectSite site = objects.get(byPointerIndexed);
      byPointer.put(site.pointer(), site);
    }
    return Optional.ofNullable(byPointer.get(pointer));
  }

  /**
   * {@return the position of the last object at {@code pointer}, looked for among the {@value #SCANNED} objects listed
   * after the one found last, or -1} Callers mostly ask for objects in the walk's order, one or a few per port: found
   * this way, no pointer of the thousands of objects of a large descriptor is hashed. Were two objects to share a
   * pointer, the walk would list them one after the other.
   */
  private int scan(String pointer) {
    for (int i = scanned, end = Math.min(objects.size(), scanned + SCANNED); i < end; i++) {
      if (objects.get(i).pointer().equals(pointer)) {
        while (i + 1 < objects.size() && objects.get(i + 1).pointer().equals(pointer)) {
          i++;
        }
        scanned = i + 1;
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return where the node at {@code pointer} was written (its nearest existing ancestor for a missing node)}
   *
   * @param pointer a JSON pointer into the resolved descriptor
   */
  public Optional<SourceLocation> locate(String pointer) {
    return resolved.locate(pointer);
  }

  /**
   * {@return how a message names where the node at {@code pointer} was written, in parentheses: {@code " (ports/
   * out.yaml:12:7)"}, its file relative to the root document's folder (so a message reads the same on every machine);
   * empty when it is not known}
   *
   * @param pointer a JSON pointer into the resolved descriptor
   */
  String where(String pointer) {
    return locate(pointer).map(at -> " (" + at.displayPathFrom(resolved.uri()) + ":" + at.line() + ":" + at.column()
        + ")").orElse("");
  }

  /** {@return how a message names a document the descriptor links to: as {@link #where} names files} */
  String document(URI uri) {
    return new SourceLocation(uri, 1, 1).displayPathFrom(resolved.uri());
  }

  /**
   * Where the entry at {@code pointer} itself was written: the Reference Object's {@code $ref} when the entry is a
   * reference (not its target, as {@link #locate} gives), else as {@link #locate}.
   */
  Optional<SourceLocation> locateEntry(String pointer) {
    return references(pointer).stream().map(ReferenceSite::location).filter(Objects::nonNull).findFirst()
        .or(() -> locate(pointer));
  }

  /**
   * The Reference Objects met at {@code pointer} of the resolved descriptor, in document order (a chain meets several):
   * found through an index built on first use, so a check may ask once per object without scanning every reference.
   */
  List<ReferenceSite> references(String pointer) {
    if (referencesByPointer == null) {
      referencesByPointer = new HashMap<>(resolved.references().size() * 2);
      for (ReferenceSite site : resolved.references()) {
        referencesByPointer.computeIfAbsent(site.pointer(), p -> new ArrayList<>(1)).add(site);
      }
    }
    return referencesByPointer.isEmpty() ? List.of() : referencesByPointer.getOrDefault(pointer, List.of());
  }

  /**
   * Reports a finding of {@code rule} about the node at {@code pointer}, located through the source map.
   *
   * @param rule the rule the finding is of
   * @param pointer the node's JSON pointer in the resolved descriptor
   * @param message what is wrong, for people
   */
  public void report(Rule rule, String pointer, String message) {
    report(rule, pointer, message, locate(pointer).orElse(null));
  }

  /**
   * Reports a finding of {@code rule} about {@code container}, the node at {@code pointer}, or about its member
   * {@code member} when not null (then {@code pointer} is the member's): located as {@link #report(Rule, String,
   * String)} locates it, from the node when the source map knows it, which spares walking the pointer from the root.
   */
  void report(Rule rule, String pointer, String message, JsonNode container, @Nullable String member) {
    Optional<SourceLocation> location =
        member == null ? resolved.locate(container) : resolved.locate(container, member);
    report(rule, pointer, message, location.or(() -> locate(pointer)).orElse(null));
  }

  /**
   * Reports a finding with an explicit source location (null when unknown).
   *
   * @param rule the rule the finding is of
   * @param pointer the node's JSON pointer in the resolved descriptor
   * @param message what is wrong, for people
   * @param location where the node was written, or null
   */
  public void report(Rule rule, String pointer, String message, SourceLocation location) {
    findings.add(rule.at(pointer).message(message).location(location).build());
  }

  /** Reports a finding made elsewhere (a document's reading problem), as it is. */
  void report(Diagnostic finding) {
    findings.add(finding);
  }

  /** Sends the findings reported from now on to {@code sink}: {@link CheckRun} keeps each check's apart. */
  void reportTo(List<Diagnostic> sink) {
    findings = sink;
  }
}
