package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.Expectations;
import io.dpds.model.Obligations;
import io.dpds.model.Promises;
import io.dpds.model.StandardDefinition;
import io.dpds.report.Rule;
import io.dpds.report.Suggestions;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Properties the spec does not define (rules A3, A4): misspellings with a suggestion, DRAFT-era fields with their
 * migration, the prose's {@code depreceationPolicy} spelling, and anything on a closed object.
 */
final class PropertyCheck implements ObjectCheck {

  private static final int MAX_LINKS_SHOWN = 5;
  static final int MAX_SUGGESTIONS = 4_096;
  /**
   * The longest name whose suggestion is remembered. A longer one, far longer than any field's name, is measured
   * against none of them, so it costs nothing to answer again, and would only fill the memory.
   */
  static final int LONGEST_REMEMBERED = 64;

  private final Map<Misspelling, String> suggestions = new ConcurrentHashMap<>();

  /** The fields of a port's promises, expectations and obligations, in this order. */
  private static final Map<String, Set<String>> PORT_PARTS = orderedParts();

  /** DRAFT-era fields and where DPDS 1.0.0 moved what they held. */
  private static final Map<String, String> DRAFT_FIELDS =
      Map.of(
          "contracts", "'contracts' is the 1.0.0-DRAFT name of 'obligations'",
          "buildInfo", "'buildInfo' is a 1.0.0-DRAFT field; DPDS 1.0.0 describes builds as tasks in"
              + " internalComponents.lifecycleInfo",
          "deployInfo", "'deployInfo' is a 1.0.0-DRAFT field; DPDS 1.0.0 describes deployments as tasks in"
              + " internalComponents.lifecycleInfo",
          "provisionInfo", "'provisionInfo' is a 1.0.0-DRAFT field; DPDS 1.0.0 describes provisioning as tasks in"
              + " internalComponents.lifecycleInfo");

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.PROPERTY_UNKNOWN, ValidationRules.PROPERTY_IGNORED, ValidationRules.PROPERTY_ALIAS,
        ValidationRules.SPEC_DRAFT);
  }

  @Override
  public Pass start(CheckContext context) {
    return (objects, from, to) -> {
      for (int i = from; i < to; i++) {
        object(context, i, objects.get(i));
      }
    };
  }

  private void object(CheckContext context, int index, ObjectSite site) {
    if (site.role() == Role.REFERENCE) {
      return; // a Reference Object's siblings are the reference check's
    }
    List<String> unknown = site.object().unknownPropertyNames();
    JsonNode node = context.node(index);
    for (int k = 0; k < unknown.size(); k++) { // by index: most objects have none, and need no iterator
      property(context, site, node, unknown.get(k));
    }
    if (site.object() instanceof StandardDefinition definition && draftShaped(definition)) {
      context.report(ValidationRules.SPEC_DRAFT, site.pointer(), "A Standard Definition without name whose"
          + " 'version' looks like the external spec's version is 1.0.0-DRAFT-shaped", node, null);
    }
  }

  /** Reports the member {@code name} of {@code node}, the object of {@code site}, a field the object does not have. */
  private void property(CheckContext context, ObjectSite site, JsonNode node, String name) {
    String pointer = site.child(name);
    if (isDraftField(site.role(), name)) {
      context.report(ValidationRules.SPEC_DRAFT, pointer, DRAFT_FIELDS.get(name) + "; DPDS 1.0.0 ignores it"
          + unfollowed(node.path(name)), node, name); // the links of the value as written
    } else if (name.equals("depreceationPolicy") && site.role() == Role.PROMISES) {
      context.report(ValidationRules.PROPERTY_ALIAS, pointer,
          "'depreceationPolicy' (the prose's spelling) is read as 'deprecationPolicy'", node, name);
    } else if (!site.object().isExtensible()) {
      context.report(ValidationRules.PROPERTY_IGNORED, pointer, "'" + name + "' is ignored: the " + site.title()
          + " takes no other fields" + suggestion(name, site, false), node, name);
    } else {
      context.report(ValidationRules.PROPERTY_UNKNOWN, pointer, "'" + name + "' is not a field of the "
          + site.title() + suggestion(name, site, site.role() == Role.PORT), node, name);
    }
  }

  /**
   * The suggestion for a name written on a port that belongs in one of its parts ({@code servicesType} or
   * {@code platform} beside {@code promises} instead of in it), or nothing.
   */
  private static String portPart(String name) {
    for (Map.Entry<String, Set<String>> part : PORT_PARTS.entrySet()) {
      Optional<String> field = Suggestions.closest(name, part.getValue());
      if (field.isPresent()) {
        return "; did you mean '" + part.getKey() + "." + field.get() + "', a field of the port's " + part.getKey()
            + "?";
      }
    }
    return "";
  }

  /**
   * Names the links a DRAFT-only field holds: DPDS 1.0.0 does not define the field, so its {@code $ref}s are not
   * followed and its {@code $href}s not checked.
   */
  private static String unfollowed(JsonNode value) {
    Set<String> links = new LinkedHashSet<>();
    collectLinks(value, links);
    if (links.isEmpty()) {
      return "";
    }
    List<String> shown = links.stream().limit(MAX_LINKS_SHOWN).toList();
    return ", so the links inside it are neither followed nor checked: " + String.join(", ", shown)
        + (links.size() > shown.size() ? " and " + (links.size() - shown.size()) + " more" : "");
  }

  private static void collectLinks(JsonNode node, Set<String> links) {
    if (node.isObject()) {
      for (String key : List.of("$ref", "$href")) {
        JsonNode link = node.get(key);
        if (link != null && link.isTextual()) {
          links.add(key + " '" + link.textValue() + "'");
        }
      }
    }
    if (node.isContainerNode()) {
      node.forEach(child -> collectLinks(child, links));
    }
  }

  private static boolean isDraftField(Role role, String name) {
    return switch (role) {
      case PORT -> name.equals("contracts");
      case APPLICATION -> name.equals("buildInfo") || name.equals("deployInfo");
      case INFRASTRUCTURE -> name.equals("provisionInfo");
      default -> false;
    };
  }

  /**
   * The suggestion for a misspelt name on a kind of object, measured against its fields once and remembered across
   * validations (up to {@value #MAX_SUGGESTIONS} names of up to {@value #LONGEST_REMEMBERED} characters; when full,
   * the memory starts again). When none of the fields is close and {@code parts} is set (the object is a port), the
   * fields of the port's parts are tried ({@link #portPart}).
   */
  private String suggestion(String name, ObjectSite site, boolean parts) {
    Set<String> fields = site.object().fixedFields();
    if (name.length() > LONGEST_REMEMBERED) {
      return suggestion(name, fields, parts);
    }
    if (suggestions.size() >= MAX_SUGGESTIONS) {
      suggestions.clear();
    }
    return suggestions.computeIfAbsent(new Misspelling(fields, name, parts), m -> suggestion(name, fields, parts));
  }

  private static String suggestion(String name, Set<String> fields, boolean parts) {
    String field = Suggestions.closest(name, fields).map(found -> "; did you mean '" + found + "'?").orElse("");
    return field.isEmpty() && parts ? portPart(name) : field;
  }

  private static Map<String, Set<String>> orderedParts() {
    Map<String, Set<String>> parts = new LinkedHashMap<>();
    parts.put("promises", Promises.builder().build().fixedFields());
    parts.put("expectations", Expectations.builder().build().fixedFields());
    parts.put("obligations", Obligations.builder().build().fixedFields());
    return parts;
  }

  /** {@return how many suggestions are remembered} */
  int remembered() {
    return suggestions.size();
  }

  /**
   * A name on a kind of object, and whether the object's parts are searched too; the kind's fixed fields are one set
   * per kind, compared by identity.
   */
  private record Misspelling(Set<String> fields, String name, boolean parts) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Misspelling other && other.fields == fields && other.name.equals(name)
          && other.parts == parts;
    }

    @Override
    public int hashCode() {
      return (System.identityHashCode(fields) * 31 + name.hashCode()) * 2 + (parts ? 1 : 0);
    }
  }

  /** DRAFT Standard Definitions had no name and used version for the external spec's version. */
  private static boolean draftShaped(StandardDefinition definition) {
    return definition.name().isEmpty()
        && definition.specificationVersion().isEmpty()
        && definition.version().isPresent();
  }
}
