package io.dpds.validation;

import io.dpds.identity.Fqn;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.Component;
import io.dpds.model.Info;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.Port;
import io.dpds.report.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Graph rules (G33, G34): dependsOn names internal components of this product, infrastructure depends on
 * infrastructure only, the dependency graph is acyclic, and consumesFrom/providesTo name this product's ports or
 * infrastructure. FQNs are compared by product name, major, kind and component name, and by namespace when the product
 * declares one, so a descriptor without FQNs can still be checked.
 */
final class GraphCheck implements ObjectCheck {

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
    Map<Key, ObjectSite> components = new LinkedHashMap<>(1 + context.components() * 4 / 3); // none grows
    return new Pass() {
      @Override
      public void visit(List<ObjectSite> objects, int from, int to) {
        for (int i = from; i < to; i++) {
          ObjectSite site = objects.get(i);
          if (!site.inComponents() && site.role() != Role.REFERENCE && site.object() instanceof Component c) {
            c.name().ifPresent(name -> key(site).ifPresent(kind -> components.putIfAbsent(new Key(kind, name), site)));
          }
        }
      }

      @Override
      public void finish() {
        edges(context, new Resolver(product.get(), Long.toString(major), namespace), components);
      }
    };
  }

  /** Checks each component's dependencies and lineage, then looks for cycles among the dependencies. */
  private static void edges(CheckContext context, Resolver resolver, Map<Key, ObjectSite> components) {
    Map<ObjectSite, List<ObjectSite>> edges = new IdentityHashMap<>(); // sites are distinct: no hashing of objects
    for (ObjectSite site : components.values()) {
      if (site.object() instanceof ApplicationComponent app) {
        edges.put(site, dependsOn(context, site, app.dependsOn(), resolver, components, false));
        lineage(context, site, "consumesFrom", app.consumesFrom(), resolver, components);
        lineage(context, site, "providesTo", app.providesTo(), resolver, components);
      } else if (site.object() instanceof InfrastructuralComponent infra) {
        edges.put(site, dependsOn(context, site, infra.dependsOn(), resolver, components, true));
      }
    }
    new Cycles(context, edges).find(components.values());
  }

  private static Optional<String> key(ObjectSite site) {
    if (site.object() instanceof Port port) {
      return Optional.of(port.kind().fqnSegment());
    }
    return switch (site.role()) {
      case APPLICATION -> Optional.of("applications");
      case INFRASTRUCTURE -> Optional.of("infrastructure");
      default -> Optional.empty();
    };
  }

  private static List<ObjectSite> dependsOn(CheckContext context, ObjectSite site, List<String> fqns,
      Resolver resolver, Map<Key, ObjectSite> components, boolean infrastructureOnly) {
    List<ObjectSite> targets = new ArrayList<>();
    for (int i = 0; i < fqns.size(); i++) {
      Optional<Key> key = Fqn.parse(fqns.get(i)).flatMap(resolver::key);
      ObjectSite target = key.map(components::get).orElse(null);
      if (target == null || target.role() != Role.APPLICATION && target.role() != Role.INFRASTRUCTURE) {
        context.report(ValidationRules.DEPENDS_ON_UNRESOLVED, dependsOnEntry(site, i), "'" + fqns.get(i)
            + "' names no application or infrastructural component of this product");
      } else if (infrastructureOnly && target.role() != Role.INFRASTRUCTURE) {
        context.report(ValidationRules.DEPENDS_ON_KIND, dependsOnEntry(site, i), "infrastructural component depends on"
            + " the application '" + fqns.get(i) + "'; infrastructure may depend on infrastructure only");
      } else {
        targets.add(target);
      }
    }
    return targets;
  }

  /** {@return the pointer of entry {@code i} of the site's dependsOn}: built for a finding only */
  private static String dependsOnEntry(ObjectSite site, int i) {
    return site.child("dependsOn") + "/" + i;
  }

  /** Checks each FQN of the site's lineage {@code field}; a pointer is built for a finding only. */
  private static void lineage(CheckContext context, ObjectSite site, String field, List<String> fqns,
      Resolver resolver, Map<Key, ObjectSite> components) {
    for (int i = 0; i < fqns.size(); i++) {
      Optional<Fqn> fqn = Fqn.parse(fqns.get(i));
      if (fqn.isPresent() && !resolver.ours(fqn.get())) {
        continue; // another product's port: plausible, not checkable here
      }
      ObjectSite target = fqn.flatMap(resolver::key).map(components::get).orElse(null);
      if (target == null || target.role() == Role.APPLICATION) {
        context.report(ValidationRules.LINEAGE_UNRESOLVED, site.child(field) + "/" + i, "'" + fqns.get(i)
            + "' names no port or infrastructural component of this product");
      }
    }
  }

  /** Reads FQNs relative to this product. */
  private record Resolver(String product, String major, Optional<String> namespace) {

    boolean ours(Fqn fqn) {
      return fqn.productName().orElse("").equals(product)
          && fqn.productMajor().orElse("").equals(major)
          && namespace.map(ns -> ns.equals(fqn.namespace())).orElse(true);
    }

    /** {@return the key of the component {@code fqn} names in this product, if it names one here} */
    Optional<Key> key(Fqn fqn) {
      Optional<String> name = fqn.componentName();
      return ours(fqn) && name.isPresent() ? Optional.of(new Key(segment(fqn), name.get())) : Optional.empty();
    }

    private static String segment(Fqn fqn) {
      return switch (fqn.kind()) {
        case PORT -> fqn.portKind().orElseThrow().fqnSegment();
        case APPLICATION -> "applications";
        case INFRASTRUCTURE -> "infrastructure";
        default -> "";
      };
    }
  }

  /** Depth-first search reporting each cycle once, at the dependsOn of the node that closes it. */
  private static final class Cycles {
    private final CheckContext context;
    private final Map<ObjectSite, List<ObjectSite>> edges;
    private final Map<ObjectSite, Integer> state = new IdentityHashMap<>(); // 1 on the path, 2 done
    private final List<ObjectSite> path = new ArrayList<>();

    Cycles(CheckContext context, Map<ObjectSite, List<ObjectSite>> edges) {
      this.context = context;
      this.edges = edges;
    }

    /** Visits the sites that have edges in the order of {@code sites}. */
    void find(Collection<ObjectSite> sites) {
      for (ObjectSite site : sites) {
        if (edges.containsKey(site)) {
          visit(site);
        }
      }
    }

    private void visit(ObjectSite node) {
      if (state.containsKey(node)) {
        return;
      }
      state.put(node, 1);
      path.add(node);
      for (ObjectSite next : edges.getOrDefault(node, List.of())) {
        if (Integer.valueOf(1).equals(state.get(next))) {
          List<String> names = new ArrayList<>();
          for (ObjectSite step : path.subList(path.indexOf(next), path.size())) {
            names.add(name(step));
          }
          names.add(name(next));
          context.report(ValidationRules.DEPENDS_ON_CYCLE, node.child("dependsOn"),
              "dependsOn forms a cycle: " + String.join(" -> ", names));
        } else {
          visit(next);
        }
      }
      path.remove(path.size() - 1);
      state.put(node, 2);
    }

    private static String name(ObjectSite site) {
      return ((Component) site.object()).name().orElse(site.pointer());
    }
  }
}
