package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.Pointers;
import io.dpds.model.Component;
import io.dpds.model.Port;
import io.dpds.model.StandardDefinition;
import io.dpds.report.Rule;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Uniqueness rules (E23 to E25). Components are counted where they are used, not in the Components Object, and one
 * Standard Definition used in several places (same content) counts once.
 */
final class UniquenessCheck implements ObjectCheck {

  private static final String DESCRIPTION = "description";
  private static final Pattern COMPONENTS_KEY = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");
  private static final List<String> IDENTITIES = List.of("fullyQualifiedName", "id");
  /** The Standard Definitions a port brings, about: its API, SLO and deprecation policy. */
  private static final int DEFINITIONS_PER_COMPONENT = 3;

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.UNIQUE_NAME, ValidationRules.UNIQUE_IDENTITY, ValidationRules.COMPONENTS_KEY,
        ValidationRules.UNIQUE_DISPLAY_NAME);
  }

  @Override
  public Pass start(CheckContext context) {
    return new Seen(context);
  }

  /** What one validation has seen so far: the first holder of each name, identity and display name. */
  private static final class Seen implements Pass {
    private final CheckContext context;
    private final Map<Object, ObjectSite> names;
    private final Map<Object, ObjectSite> identities;
    private final Map<Object, ObjectSite> displayNames;
    private final Map<Scoped, Written> definitionNames; // their scopes are the definitions' own

    Seen(CheckContext context) {
      this.context = context;
      int components = 1 + context.components() * 4 / 3; // most descriptors: no map grows
      this.names = new HashMap<>(components);
      this.identities = new HashMap<>(2 * components);
      this.displayNames = new HashMap<>(components);
      this.definitionNames = new HashMap<>(DEFINITIONS_PER_COMPONENT * components);
    }

    @Override
    public void visit(List<ObjectSite> objects, int from, int to) {
      for (int i = from; i < to; i++) {
        object(i, objects.get(i));
      }
    }

    private void object(int index, ObjectSite site) {
      if (site.inComponents() || !(site.object() instanceof Component component) || site.role() == Role.REFERENCE) {
        return;
      }
      Object scope = scope(site, component);
      if (site.role() == Role.STANDARD_DEFINITION) {
        component.name().ifPresent(name -> definitionName(site, context.node(index), new Scoped(scope, name)));
        return;
      }
      component.name().ifPresent(name -> unique(names, new Scoped(scope, name), site, "name", name));
      for (String field : IDENTITIES) {
        text(component, field).ifPresent(value -> unique(identities, value, site, field, value));
      }
      Object displayScope = site.role() == Role.PORT ? Role.PORT : scope; // one scope for every kind of port
      component.displayName().ifPresent(display -> unique(displayNames, new Scoped(displayScope, display), site,
          "displayName", display));
    }

    /** Reports {@code site}'s {@code field} when {@code key} already has a first holder. */
    private void unique(Map<Object, ObjectSite> seen, Object key, ObjectSite site, String field, String value) {
      ObjectSite first = seen.putIfAbsent(key, site);
      if (first != null) {
        Rule rule = switch (field) {
          case "name" -> ValidationRules.UNIQUE_NAME;
          case "displayName" -> ValidationRules.UNIQUE_DISPLAY_NAME;
          default -> ValidationRules.UNIQUE_IDENTITY;
        };
        context.report(rule, site.child(field), taken(field, value, first));
      }
    }

    /** A definition's name is taken unless the first holder is the same definition (see sameDefinition). */
    private void definitionName(ObjectSite site, JsonNode node, Scoped name) {
      Written first = definitionNames.putIfAbsent(name, new Written(site, node));
      if (first != null && !sameDefinition(node, first.node())) {
        context.report(ValidationRules.UNIQUE_NAME, site.child("name"), taken("name", name.value(), first.site()));
      }
    }

    /** The message of a {@code field} whose {@code value} {@code first} has already, with where {@code first} is. */
    private String taken(String field, String value, ObjectSite first) {
      return field + " '" + value + "' is already used by " + first.pointer() + context.where(first.pointer());
    }

    @Override
    public void finish() {
      JsonNode components = context.resolved().tree().path("components");
      components.fields().forEachRemaining(map -> {
        if (map.getValue().isObject() && !map.getKey().startsWith("x-")) {
          map.getValue().fieldNames().forEachRemaining(key -> {
            if (!COMPONENTS_KEY.matcher(key).matches()) {
              String pointer = "/components/" + Pointers.escape(map.getKey()) + "/" + Pointers.escape(key);
              context.report(ValidationRules.COMPONENTS_KEY, pointer, "Components key '" + key + "' has characters"
                  + " other than letters, digits, '.', '-' and '_'", context.locateEntry(pointer).orElse(null));
            }
          });
        }
      });
    }
  }

  /**
   * {@return where a component's name must be unique: its kind of port, the kind of definition it is, or its role} The
   * scopes are distinct values, none a string built per component.
   */
  private static Object scope(ObjectSite site, Component component) {
    if (component instanceof Port port) {
      return port.kind();
    }
    if (component instanceof StandardDefinition definition) {
      return new DefinitionScope(definition.entityType().orElse(""));
    }
    return site.role();
  }

  /** The scope of the Standard Definitions of one entity type. */
  private record DefinitionScope(String entityType) {}

  /** A value unique within a scope (see {@link #scope}). */
  private record Scoped(Object scope, String value) {}

  /** A Standard Definition and its node as written. */
  private record Written(ObjectSite site, JsonNode node) {}

  /**
   * The same Standard Definition used twice, as written: the same node (one shared through references), or the same
   * members; a reference's own description may differ from its target's. Nothing is copied.
   */
  private static boolean sameDefinition(JsonNode a, JsonNode b) {
    if (a == b) {
      return true;
    }
    if (!a.isObject() || !b.isObject() || size(a) != size(b)) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> member = it.next();
      if (!member.getKey().equals(DESCRIPTION) && !member.getValue().equals(b.get(member.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** The number of members besides the description. */
  private static int size(JsonNode object) {
    return object.size() - (object.has(DESCRIPTION) ? 1 : 0);
  }

  private static Optional<String> text(Component component, String field) {
    return field.equals("id") ? component.id() : component.fullyQualifiedName();
  }
}
