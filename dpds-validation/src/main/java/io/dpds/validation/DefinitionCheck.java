package io.dpds.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dpds.load.Format;
import io.dpds.load.ReferenceSite;
import io.dpds.model.Port;
import io.dpds.model.StandardDefinition;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Standard Definition content (G35 and API definitions): where the external spec's version is when
 * specificationVersion is absent, and for AsyncAPI and OpenAPI definitions that the document is one, that its version
 * matches specificationVersion, that their payload schemas are valid ({@link PayloadSchemas}), and that two ports do
 * not link to one definition by mistake. Findings about a definition's content are located in the definition's own
 * document. Definitions in the Components Object are checked where they are used.
 */
final class DefinitionCheck implements ObjectCheck {

  /** The top-level field that carries the version, per specification name. */
  private static final Map<String, List<String>> VERSION_FIELDS =
      Map.of(
          "asyncapi", List.of("asyncapi"),
          "openapi", List.of("openapi", "swagger"),
          "swagger", List.of("swagger"),
          "datastoreapi", List.of("datastoreapi"));

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final String PORT_API = "/promises/api";

  private final PayloadSchemas payloads = new PayloadSchemas();

  @Override
  public List<Rule> rules() {
    return List.of(
        ValidationRules.DEFINITION_SPEC_VERSION, ValidationRules.API_PARSE, ValidationRules.API_VERSION,
        ValidationRules.API_AVRO, ValidationRules.API_AVRO_NAMES, ValidationRules.API_JSON_SCHEMA,
        ValidationRules.API_PAYLOAD_UNREADABLE, ValidationRules.API_SHARED_DEFINITION);
  }

  @Override
  public Pass start(CheckContext context) {
    Map<URI, ObjectSite> linkedApis = new HashMap<>();
    return (objects, from, to) -> {
      for (int i = from; i < to; i++) {
        ObjectSite site = objects.get(i);
        if (site.role() == Role.STANDARD_DEFINITION && !site.inComponents()) {
          JsonNode node = context.node(i); // every check below starts from it
          definition(context, site, node, (StandardDefinition) site.object());
          if (site.pointer().endsWith(PORT_API)) {
            sharedLink(context, site, node, linkedApis);
          }
        }
      }
    };
  }

  /**
   * Two ports whose own API Standard Definitions link to the same definition document: most often a copy slip (the
   * second port still points at the first one's API). One Standard Definition shared from components.apis is not one.
   */
  private static void sharedLink(CheckContext context, ObjectSite site, JsonNode node,
      Map<URI, ObjectSite> linkedApis) {
    linkTarget(context, site, node.path("definition")).ifPresent(uri -> {
      ObjectSite first = linkedApis.putIfAbsent(uri, site);
      if (first != null && context.node(first) != node) {
        context.report(ValidationRules.API_SHARED_DEFINITION, site.child("definition"), port(context, site)
            + "'s API links to the same definition as " + port(context, first) + "'s (" + context.document(uri)
            + "); point it at its"
            + " own definition, or share one Standard Definition from components.apis if the two ports really serve"
            + " one API");
      }
    });
  }

  /**
   * The document the {@code definition} of {@code site}'s Standard Definition names by {@code $href} or by a followed
   * {@code $ref}. Its pointer is built only when needed: a definition written in place, in a descriptor without
   * references, links nowhere.
   */
  private static Optional<URI> linkTarget(CheckContext context, ObjectSite site, JsonNode definition) {
    JsonNode href = definition.path("$href");
    if (href.isTextual()) {
      try {
        URI base = context.locate(site.child("definition")).map(SourceLocation::uri).orElse(context.resolved().uri());
        return Optional.of(base.resolve(new URI(href.textValue())));
      } catch (URISyntaxException | IllegalArgumentException e) {
        return Optional.empty(); // href.not-absolute says why
      }
    }
    if (context.resolved().references().isEmpty()) {
      return Optional.empty();
    }
    List<ReferenceSite> followed = context.references(site.child("definition"));
    return followed.isEmpty() ? Optional.empty() : followed.get(0).targetUri();
  }

  private static String port(CheckContext context, ObjectSite api) {
    String portPointer = api.pointer().substring(0, api.pointer().length() - PORT_API.length());
    return context.object(portPointer)
        .map(site -> ((Port) site.object()).kind().title().toLowerCase(Locale.ROOT) + " "
            + ((Port) site.object()).name().orElse(portPointer))
        .orElse(portPointer);
  }

  private void definition(CheckContext context, ObjectSite site, JsonNode siteNode, StandardDefinition definition) {
    String spec = definition.specification().map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("");
    List<String> versionFields = VERSION_FIELDS.get(spec);
    if (versionFields == null) {
      return; // a specification whose documents we do not know
    }
    boolean api = spec.equals("asyncapi") || spec.equals("openapi");
    if (api && site.pointer().endsWith(PORT_API)) { // wherever its payloads are written: checked through Api
      payloads.check(context, site.pointer(), siteNode);
    }
    JsonNode node = siteNode.path("definition");
    if (node.isMissingNode() || node.has("$ref") || node.has("$href")) {
      return; // absent (schema), unresolved (loader), or a link, which is never fetched
    }
    JsonNode document = document(context, site, node, api); // its pointer and what follows made for findings only
    if (document == null) {
      return;
    }
    String declaredField = firstPresent(versionFields, document);
    String declared = declaredField == null ? null : document.get(declaredField).asText();
    Optional<String> expected = definition.specificationVersion();
    if (expected.isEmpty() && declared == null) {
      context.report(ValidationRules.DEFINITION_SPEC_VERSION, site.pointer(), "Standard Definition of " + spec
          + " has no specificationVersion, and its definition has no top-level '" + versionFields.get(0) + "'");
    }
    if (!api) {
      return;
    }
    if (declared == null) {
      context.report(ValidationRules.API_PARSE, site.child("definition"), "The definition has no top-level '"
          + versionFields.get(0) + "' field, so it is not an " + title(spec) + " document");
    } else if (expected.isPresent() && !StandardDefinition.sameSpecificationVersion(expected.get(), declared)) {
      String pointer = site.child("definition");
      context.report(ValidationRules.API_VERSION, node.isObject() ? pointer + "/" + declaredField : pointer,
          "The definition declares " + declaredField + " " + declared + " but specificationVersion is "
              + expected.get());
    }
  }

  /** The first of {@code fields} that {@code document} has; null when none. */
  private static @Nullable String firstPresent(List<String> fields, JsonNode document) {
    for (String field : fields) {
      if (document.has(field)) {
        return field;
      }
    }
    return null;
  }

  private static String title(String spec) {
    return spec.equals("asyncapi") ? "AsyncAPI" : "OpenAPI";
  }

  /**
   * The definition of {@code site} as a JSON object: inline or loaded, or parsed from text; reports text that does not
   * parse. Null when it is none.
   */
  private static @Nullable JsonNode document(CheckContext context, ObjectSite site, JsonNode node, boolean api) {
    if (node.isObject()) {
      return node;
    }
    if (!node.isTextual()) {
      return null; // the schema check reports the type
    }
    String pointer = site.child("definition");
    try {
      JsonNode parsed = YAML.readTree(node.textValue());
      if (parsed != null && parsed.isObject()) {
        return parsed;
      }
    } catch (JsonProcessingException e) {
      if (api) {
        Optional<Diagnostic> read = whyNotRead(context, pointer, node.textValue());
        if (read.isPresent()) {
          context.report(ValidationRules.API_PARSE, pointer, "The definition does not parse: "
              + read.get().message(), read.get().location().orElse(null));
        } else {
          context.report(ValidationRules.API_PARSE, pointer, "The definition does not parse as JSON or YAML: "
              + problem(e));
        }
      }
      return null;
    }
    if (api) {
      context.report(ValidationRules.API_PARSE, pointer, "The definition is text, not a JSON or YAML document");
    }
    return null;
  }

  /**
   * {@return why the document {@code text} was read from, the definition's {@code $ref} target, did not parse, as its
   * reading found and located it} Empty for text written in the descriptor.
   */
  private static Optional<Diagnostic> whyNotRead(CheckContext context, String pointer, String text) {
    return context.locate(pointer).flatMap(at -> context.resolved().document(at.uri()))
        .filter(doc -> doc.format() == Format.TEXT && doc.text().filter(text::equals).isPresent())
        .flatMap(doc -> doc.problems().stream().findFirst());
  }

  /** {@return the problem the YAML reader names, where in the text, without the lines of text it quotes} */
  private static String problem(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null
        && yaml.getProblemMark() != null) {
      return yaml.getProblem() + " (line " + (yaml.getProblemMark().getLine() + 1) + ", column "
          + (yaml.getProblemMark().getColumn() + 1) + " of the text)";
    }
    return e.getOriginalMessage().lines().findFirst().orElse("").strip();
  }
}
