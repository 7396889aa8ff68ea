package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.identity.Fqn;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.Info;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.Port;
import io.dpds.model.PortKind;
import io.dpds.report.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Graph rules (G33, G34): dependsOn names internal components of this product, infrastructure depends on infrastructure
 * only, the dependency graph is acyclic, and consumesFrom/providesTo name this product's ports or infrastructure;
 * another product's port or infrastructure is plausible there, and reported as unresolved (spec notes G34: not
 * checkable here, not wrong). FQNs are compared by product name, major, kind and component name, and by namespace when
 * the product declares one, so a descriptor without FQNs can still be checked.
 */
final class GraphCheck implements ObjectCheck {

  /** The FQN segments of the internal components' kinds (a port's is its kind's {@link PortKind#fqnSegment()}). */
  private static final String APPLICATIONS_SEGMENT = "applications";
  private static final String INFRASTRUCTURE_SEGMENT = "infrastructure";
  /** What a lineage FQN may name: a port or an infrastructural component, of this product or another. */
  private static final Set<Fqn.Kind> LINEAGE_KINDS = Set.of(Fqn.Kind.PORT, Fqn.Kind.INFRASTRUCTURE);

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.DEPENDS_ON_UNRESOLVED, ValidationRules.DEPENDS_ON_KIND, ValidationRules.DEPENDS_ON_CYCLE,
        ValidationRules.LINEAGE_UNRESOLVED);
  }

  /** A component named by an FQN: its kind segment and name. */
  private record Key(String kind, String name) {}

  @Override
  public Pass start(CheckContext context) {
    Optional<Info> info = context.descriptor().info();
    Optional<String> product = info.flatMap(Info::name);
    long major = info.flatMap(Info::version).map(Formats::major).orElse(-1L);
    Optional<String> namespace = info.flatMap(Info::fullyQualifiedName).flatMap(Fqn::parse).map(Fqn::namespace);
    if (product.isEmpty() || major < 0) {
      return (objects, from, to) -> {}; // nothing to compare FQNs with; info.required or format.version reports why
    }
    Components components = new Components(context.components());
    unknownItems(context.resolved().tree(), components);
    return new Pass() {
      @Override
      public void visit(List<ObjectSite> objects, int from, int to) {
        for (int i = from; i < to; i++) {
          ObjectSite site = objects.get(i);
          if (site.inComponents() || !(site.object() instanceof Component c)) {
            continue;
          }
          String kind = kind(c);
          if (kind == null) {
            continue;
          }
          if (site.role() == Role.REFERENCE || c.name().isEmpty()) {
            components.unknown(kind); // an unresolved reference or a nameless component: said elsewhere
          } else {
            components.add(new Key(kind, c.name().get()), site);
          }
        }
      }

      @Override
      public void finish() {
        edges(context, new Resolver(product.get(), Long.toString(major), namespace), components);
      }
    };
  }

  /**
   * The components by key, the first of each key kept, each with its position in the order they were listed; and the
   * kinds some of whose components cannot be named (a reference that was not resolved or names no object, a component
   * without a name), where an FQN that names no component may name that one: it is not reported, the first mistake
   * already is.
   */
  private static final class Components {
    private final Map<Key, Integer> positions;
    private final List<ObjectSite> sites;
    private final Set<String> unknownKinds = new HashSet<>(0);

    Components(int expected) {
      positions = new HashMap<>(1 + expected * 4 / 3); // none grows
      sites = new ArrayList<>(expected);
    }

    void add(Key key, ObjectSite site) {
      if (positions.putIfAbsent(key, sites.size()) == null) {
        sites.add(site);
      }
    }

    void unknown(String kind) {
      unknownKinds.add(kind);
    }

    /** {@return the position of the component of {@code key}, or -1 when there is none} */
    int find(Optional<Key> key) {
      Integer position = key.isPresent() ? positions.get(key.get()) : null;
      return position == null ? -1 : position;
    }

    /** {@return whether {@code key} may name a component of a kind that has one that cannot be named} */
    boolean mayBeUnknown(Optional<Key> key) {
      return key.isPresent() && unknownKinds.contains(key.get().kind());
    }
  }

  /**
   * Checks each component's dependencies and lineage, then looks for cycles among the dependencies: a graph of the
   * components' positions, with no hashing of sites.
   */
  private static void edges(CheckContext context, Resolver resolver, Components components) {
    int[][] edges = new int[components.sites.size()][]; // null for a port, which has no dependsOn
    for (int i = 0; i < edges.length; i++) {
      ObjectSite site = components.sites.get(i);
      if (site.object() instanceof ApplicationComponent app) {
        edges[i] = dependsOn(context, site, app.dependsOn(), resolver, components, false);
        lineage(context, site, "consumesFrom", app.consumesFrom(), resolver, components);
        lineage(context, site, "providesTo", app.providesTo(), resolver, components);
      } else if (site.object() instanceof InfrastructuralComponent infra) {
        edges[i] = dependsOn(context, site, infra.dependsOn(), resolver, components, true);
      }
    }
    new Cycles(context, components.sites, edges).find();
  }

  /**
   * Marks the kinds of the lists that hold an item that is no object (a reference to text or to a list, a number): its
   * component has no name to be found by, as an unresolved reference has none.
   */
  private static void unknownItems(JsonNode tree, Components components) {
    JsonNode ports = tree.path("interfaceComponents");
    for (PortKind kind : PortKind.values()) {
      if (holdsNoObject(ports.path(kind.field()))) {
        components.unknown(kind.fqnSegment());
      }
    }
    JsonNode internal = tree.path("internalComponents");
    if (holdsNoObject(internal.path("applicationComponents"))) {
      components.unknown(APPLICATIONS_SEGMENT);
    }
    if (holdsNoObject(internal.path("infrastructuralComponents"))) {
      components.unknown(INFRASTRUCTURE_SEGMENT);
    }
  }

  private static boolean holdsNoObject(JsonNode list) {
    if (list.isArray()) {
      for (JsonNode item : list) {
        if (!item.isObject()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@return the FQN segment of the component's kind; null for a Standard Definition} */
  private static @Nullable String kind(Component component) {
    if (component instanceof Port port) {
      return port.kind().fqnSegment();
    } else if (component instanceof ApplicationComponent) {
      return APPLICATIONS_SEGMENT;
    } else if (component instanceof InfrastructuralComponent) {
      return INFRASTRUCTURE_SEGMENT;
    }
    return null;
  }

  private static int[] dependsOn(CheckContext context, ObjectSite site, List<String> fqns, Resolver resolver,
      Components components, boolean infrastructureOnly) {
    int[] targets = new int[fqns.size()];
    int count = 0;
    for (int i = 0; i < fqns.size(); i++) {
      Optional<Key> key = Fqn.parse(fqns.get(i)).flatMap(resolver::key);
      int position = components.find(key);
      ObjectSite target = position < 0 ? null : components.sites.get(position);
      if (target == null && components.mayBeUnknown(key)) {
        continue;
      } else if (target == null || target.role() != Role.APPLICATION && target.role() != Role.INFRASTRUCTURE) {
        context.report(ValidationRules.DEPENDS_ON_UNRESOLVED, dependsOnEntry(site, i), "'" + fqns.get(i)
            + "' names no application or infrastructural component of this product");
      } else if (infrastructureOnly && target.role() != Role.INFRASTRUCTURE) {
        context.report(ValidationRules.DEPENDS_ON_KIND, dependsOnEntry(site, i), "infrastructural component depends on"
            + " the application '" + fqns.get(i) + "'; infrastructure may depend on infrastructure only");
      } else {
        targets[count++] = position;
      }
    }
    return count == targets.length ? targets : Arrays.copyOf(targets, count);
  }

  /** {@return the pointer of entry {@code i} of the site's dependsOn}: built for a finding only */
  private static String dependsOnEntry(ObjectSite site, int i) {
    return site.child("dependsOn") + "/" + i;
  }

  /** Checks each FQN of the site's lineage {@code field}; a pointer is built for a finding only. */
  private static void lineage(CheckContext context, ObjectSite site, String field, List<String> fqns,
      Resolver resolver, Components components) {
    for (int i = 0; i < fqns.size(); i++) {
      Optional<Fqn> fqn = Fqn.parse(fqns.get(i));
      if (fqn.isPresent() && !resolver.ours(fqn.get()) && LINEAGE_KINDS.contains(fqn.get().kind())) {
        // another product's port or infrastructure: plausible, but not checkable here (unresolved, not wrong)
        context.report(ValidationRules.LINEAGE_UNRESOLVED, site.child(field) + "/" + i, "'" + fqns.get(i)
            + "' names a component of " + resolver.whose(fqn.get()) + ", which cannot be checked here");
        continue;
      }
      Optional<Key> key = fqn.flatMap(resolver::key);
      int position = components.find(key);
      if (position < 0 && !components.mayBeUnknown(key)
          || position >= 0 && components.sites.get(position).role() == Role.APPLICATION) {
        context.report(ValidationRules.LINEAGE_UNRESOLVED, site.child(field) + "/" + i, "'" + fqns.get(i)
            + "' names no port or infrastructural component of this product");
      }
    }
  }

  /** Reads FQNs relative to this product. */
  private record Resolver(String product, String major, Optional<String> namespace) {

    boolean ours(Fqn fqn) {
      return fqn.productName().orElse("").equals(product) && fqn.productMajor().orElse("").equals(major)
          && inNamespace(fqn);
    }

    /** Whether {@code fqn} is in this product's namespace, or the product declares none. */
    private boolean inNamespace(Fqn fqn) {
      return namespace.map(ns -> ns.equals(fqn.namespace())).orElse(true);
    }

    /** {@return whose component {@code fqn}, not {@link #ours}, names: another major of this product, or a product} */
    String whose(Fqn fqn) {
      String name = fqn.productName().orElse("?");
      String otherMajor = fqn.productMajor().orElse("?");
      return name.equals(product) && inNamespace(fqn)
          ? "major version " + otherMajor + " of this data product"
          : "another data product (" + fqn.namespace() + ":" + name + ":" + otherMajor + ")";
    }

    /** {@return the key of the component {@code fqn} names in this product, if it names one here} */
    Optional<Key> key(Fqn fqn) {
      Optional<String> name = fqn.componentName();
      return ours(fqn) && name.isPresent() ? Optional.of(new Key(segment(fqn), name.get())) : Optional.empty();
    }

    private static String segment(Fqn fqn) {
      return switch (fqn.kind()) {
        case PORT -> fqn.portKind().orElseThrow().fqnSegment();
        case APPLICATION -> APPLICATIONS_SEGMENT;
        case INFRASTRUCTURE -> INFRASTRUCTURE_SEGMENT;
        default -> "";
      };
    }
  }

  /** Depth-first search reporting each cycle once, at the dependsOn of the node that closes it. */
  private static final class Cycles {
    private static final byte ON_PATH = 1;
    private static final byte DONE = 2;

    private final CheckContext context;
    private final List<ObjectSite> sites;
    private final int[][] edges;
    private final byte[] state;
    private final int[] path;
    private int depth;

    Cycles(CheckContext context, List<ObjectSite> sites, int[][] edges) {
      this.context = context;
      this.sites = sites;
      this.edges = edges;
      this.state = new byte[edges.length];
      this.path = new int[edges.length];
    }

    /** Visits the components that have edges in their order. */
    void find() {
      for (int node = 0; node < edges.length; node++) {
        if (edges[node] != null) {
          visit(node);
        }
      }
    }

    private void visit(int node) {
      if (state[node] != 0 || edges[node] == null) {
        return;
      }
      state[node] = ON_PATH;
      path[depth++] = node;
      for (int next : edges[node]) {
        if (state[next] == ON_PATH) {
          List<String> names = new ArrayList<>();
          int from = 0;
          while (path[from] != next) {
            from++;
          }
          for (int step = from; step < depth; step++) {
            names.add(name(sites.get(path[step])));
          }
          names.add(name(sites.get(next)));
          context.report(ValidationRules.DEPENDS_ON_CYCLE, sites.get(node).child("dependsOn"),
              "dependsOn forms a cycle: " + String.join(" -> ", names));
        } else {
          visit(next);
        }
      }
      depth--;
      state[node] = DONE;
    }

    private static String name(ObjectSite site) {
      return ((Component) site.object()).name().orElse(site.pointer());
    }
  }
}
