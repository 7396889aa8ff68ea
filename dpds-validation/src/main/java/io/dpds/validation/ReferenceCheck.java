package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.Pointers;
import io.dpds.load.ReferenceSite;
import io.dpds.load.ResourceException;
import io.dpds.model.Port;
import io.dpds.report.Rule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference rules beyond resolution (F27 to F32): the target's type, references where the spec allows none, internal
 * references into the wrong Components map, unused Components entries, ignored siblings and remote references.
 */
final class ReferenceCheck implements DescriptorCheck {

  private static final Set<String> REFERENCE_FIELDS = Set.of("$ref", "description", "mediaType");
  private static final Set<Role> DEFINITION_HOLDERS = Set.of(Role.PROMISES, Role.EXPECTATIONS, Role.OBLIGATIONS);

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.REF_TARGET_TYPE, ValidationRules.REF_POSITION, ValidationRules.REF_COMPONENTS_KIND,
        ValidationRules.COMPONENTS_UNUSED, ValidationRules.REF_SIBLINGS, ValidationRules.REF_REMOTE);
  }

  @Override
  public void check(CheckContext context) {
    Map<String, JsonNode> maps = componentMaps(context);
    boolean components = maps.values().stream().anyMatch(map -> !map.isEmpty());
    Set<String> targets = new HashSet<>(); // document URI # decoded fragment; only asked when there are components
    Set<String> sitePointers = new HashSet<>();
    for (ReferenceSite site : context.resolved().references()) {
      sitePointers.add(site.pointer());
      if (components) {
        site.targetUri().ifPresent(uri -> chain(context, uri, targets));
      }
      reference(context, site);
    }
    for (ObjectSite stub : context.objects(Role.REFERENCE)) {
      if (sitePointers.contains(stub.pointer())) {
        continue; // followed and failed: the loader reported it
      }
      siblings(context, stub.pointer(), stub.object().toJson(), null);
      boolean definitionField = context.object(Pointers.parent(stub.pointer()))
          .map(parent -> DEFINITION_HOLDERS.contains(parent.role()))
          .orElse(false);
      if (definitionField) {
        context.report(ValidationRules.REF_POSITION, stub.pointer(), "A Reference Object is not allowed in '"
            + Pointers.last(stub.pointer()) + "' by the spec, so it was not followed");
      }
    }
    if (components) {
      unused(context, maps, targets);
    }
  }

  /** {@return the maps of components the descriptor has, by name, in order (extensions and non-objects left out)} */
  private static Map<String, JsonNode> componentMaps(CheckContext context) {
    Map<String, JsonNode> maps = new LinkedHashMap<>();
    context.resolved().tree().path("components").fields().forEachRemaining(map -> {
      if (!map.getKey().startsWith("x-") && map.getValue().isObject()) {
        maps.put(map.getKey(), map.getValue());
      }
    });
    return maps;
  }

  private static void reference(CheckContext context, ReferenceSite site) {
    siblings(context, site.pointer(), site.reference(), site);
    if (!site.specPosition() && !site.ref().isBlank()) { // an empty or non-text $ref is ref.invalid's, not followed
      context.report(ValidationRules.REF_POSITION, site.pointer(), "The spec allows no Reference Object in '"
          + Pointers.last(site.pointer()) + "'; '" + site.ref() + "' was followed as a lenient extension",
          site.location());
    }
    site.targetUri()
        .filter(uri -> "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        .ifPresent(uri -> context.report(ValidationRules.REF_REMOTE, site.pointer(),
            "'" + site.ref() + "' is a remote document", site.location()));
    JsonNode target = Pointers.at(context.resolved().tree(), site.pointer());
    if (target.isObject() && !site.pointer().isEmpty() && target.has("dataProductDescriptor")) {
      context.report(ValidationRules.REF_TARGET_TYPE, site.pointer(), "'" + site.ref() + "' is a whole data"
          + " product descriptor, not the object this position expects", site.location());
    } else if (!target.isObject() && !target.isMissingNode() && !definition(context, site.pointer())) {
      context.report(ValidationRules.REF_TARGET_TYPE, site.pointer(), "'" + site.ref() + "' is " + kind(target)
          + ", not the object this position expects", site.location());
    }
    String ref = site.ref();
    if (ref.startsWith("#/components/")) {
      String map = ref.substring("#/components/".length()).split("/", 2)[0];
      String expected = expectedMap(context, site.pointer());
      if (expected != null && !expected.equals(map)) {
        context.report(ValidationRules.REF_COMPONENTS_KIND, site.pointer(), "'" + ref + "' points into"
            + " components." + map + " but this position takes an object of components." + expected, site.location());
      }
    }
  }

  /** Whether {@code pointer} is a Standard Definition's {@code definition}, which may be any value (text too). */
  private static boolean definition(CheckContext context, String pointer) {
    return Pointers.last(pointer).equals("definition") && context.object(Pointers.parent(pointer))
        .filter(parent -> parent.role() == Role.STANDARD_DEFINITION).isPresent();
  }

  /** What a node that is no object is, with its article: {@code a string}, {@code an array}. */
  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "null"; // a loaded document holds nothing else
    };
  }

  /** The Components map whose objects fit the position, when it has one. */
  private static String expectedMap(CheckContext context, String pointer) {
    String field = Pointers.last(Pointers.parent(pointer));
    if (field.equals("applicationComponents") || field.equals("infrastructuralComponents")) {
      return field;
    }
    return switch (Pointers.last(pointer)) {
      case "template" -> "templates";
      case "api" -> "apis";
      default -> context.object(pointer)
          .filter(site -> site.object() instanceof Port)
          .map(site -> ((Port) site.object()).kind().field())
          .orElse(null);
    };
  }

  private static void siblings(CheckContext context, String pointer, JsonNode reference, ReferenceSite site) {
    reference.fieldNames().forEachRemaining(name -> {
      if (!REFERENCE_FIELDS.contains(name)) {
        String message = "'" + name + "' beside $ref is ignored: a Reference Object takes only description and"
            + " mediaType";
        if (site == null) {
          context.report(ValidationRules.REF_SIBLINGS, pointer + "/" + Pointers.escape(name), message);
        } else {
          context.report(ValidationRules.REF_SIBLINGS, pointer, message, site.location());
        }
      }
    });
  }

  /**
   * Adds {@code target} to {@code targets}, and what it names in turn when it is itself a Reference Object: a port
   * given as {@code ports.yaml#/shared}, which is {@code {$ref: 'descriptor.yaml#/components/outputPorts/trips'}},
   * uses that entry, though the resolver records only the first reference of such a chain outside the descriptor.
   */
  private static void chain(CheckContext context, URI target, Set<String> targets) {
    URI at = target;
    for (int hop = 0; hop < LONGEST_CHAIN && targets.add(withoutFragment(at) + "#" + at.getFragment()); hop++) {
      try {
        String fragment = at.getFragment() == null ? "" : at.getFragment();
        JsonNode node = context.resolved().read(at).tree().map(tree -> Pointers.at(tree, fragment)).orElse(null);
        if (node == null || !node.path("$ref").isTextual()) {
          return;
        }
        at = at.resolve(new URI(node.get("$ref").textValue()));
      } catch (ResourceException | URISyntaxException | IllegalArgumentException e) {
        return; // the loader reported what cannot be read
      }
    }
  }

  private static final int LONGEST_CHAIN = 64;

  /** The document part of a URI in one form: {@code file:/x} and {@code file:///x} are the same document. */
  private static String withoutFragment(URI uri) {
    if (uri.getPath() == null) {
      return uri.getScheme() + ":" + uri.getSchemeSpecificPart();
    }
    return uri.getScheme() + "://" + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority()) + uri.getRawPath();
  }

  private static void unused(CheckContext context, Map<String, JsonNode> maps, Set<String> targets) {
    String root = withoutFragment(context.resolved().uri());
    maps.forEach((name, map) -> map.fieldNames().forEachRemaining(key -> {
      String pointer = "/components/" + Pointers.escape(name) + "/" + Pointers.escape(key);
      if (!targets.contains(root + "#" + pointer)) {
        context.report(ValidationRules.COMPONENTS_UNUSED, pointer,
            "components." + name + "." + key + " is not referenced, so it has no effect",
            context.locateEntry(pointer).orElse(null));
      }
    }));
  }
}
