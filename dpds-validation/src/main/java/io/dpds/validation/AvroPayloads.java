package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.Document;
import io.dpds.load.Pointers;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;

/**
 * Parses the Avro payload schemas of an AsyncAPI 2.x or 3.0 definition with Apache Avro (strict names, defaults
 * validated). A payload is Avro when its message's (2.x) or its multi-format schema's (3.0) schemaFormat is an Avro
 * media type. Payloads given inline, as a {@code $ref} inside the definition, or as a {@code $ref} to a document the
 * load already read are parsed; other external payload documents are left to the compatibility checker, which loads
 * them.
 *
 * <p>Parsing is a pure function of the schema, so each instance remembers the verdicts of up to {@value #MEMO_SIZE}
 * distinct schemas, compared as JSON values: a registry validates the same payload schemas version after version.
 * Thread-safe.
 */
final class AvroPayloads {

  static final int MEMO_SIZE = 4096;
  private static final String PARSES = "";

  private final Map<JsonNode, String> verdicts = new ConcurrentHashMap<>();

  void check(CheckContext context, String definitionPointer, JsonNode definition) {
    Supplier<Optional<URI>> base = () -> context.locate(definitionPointer).map(l -> l.uri()); // for external $refs
    JsonNode channels = definition.path("channels");
    boolean v3 = definition.path("asyncapi").asText().startsWith("3");
    channels.fields().forEachRemaining(channel -> {
      String at = definitionPointer + "/channels/" + Pointers.escape(channel.getKey());
      if (v3) {
        channel.getValue().path("messages").fields().forEachRemaining(m ->
            message(context, at + "/messages/" + Pointers.escape(m.getKey()), m.getValue(), definition, base));
      } else {
        for (String operation : new String[] {"publish", "subscribe"}) {
          JsonNode message = channel.getValue().path(operation).path("message");
          String messageAt = at + "/" + operation + "/message";
          if (message.path("oneOf").isArray()) {
            for (int i = 0; i < message.get("oneOf").size(); i++) {
              message(context, messageAt + "/oneOf/" + i, message.get("oneOf").get(i), definition, base);
            }
          } else if (!message.isMissingNode()) {
            message(context, messageAt, message, definition, base);
          }
        }
      }
    });
    definition.path("components").path("messages").fields().forEachRemaining(m -> message(context,
        definitionPointer + "/components/messages/" + Pointers.escape(m.getKey()), m.getValue(), definition, base));
  }

  private void message(
      CheckContext context, String pointer, JsonNode message, JsonNode definition, Supplier<Optional<URI>> base) {
    JsonNode payload = message.path("payload");
    String format = message.path("schemaFormat").asText("");
    String payloadPointer = pointer + "/payload";
    if (payload.has("schemaFormat") && payload.has("schema")) { // AsyncAPI 3.0 multi-format schema
      format = payload.path("schemaFormat").asText("");
      payload = payload.get("schema");
      payloadPointer = payloadPointer + "/schema";
    }
    if (payload.isMissingNode() || !format.toLowerCase(Locale.ROOT).startsWith("application/vnd.apache.avro")) {
      return;
    }
    String where = payloadPointer;
    if (payload.isObject() && payload.has("$ref")) {
      String ref = payload.get("$ref").asText();
      Optional<JsonNode> target = target(context, ref, definition, base);
      if (target.isEmpty()) {
        return;
      }
      payload = target.get();
      where = payloadPointer + " -> " + ref;
    }
    String problem = verdict(payload);
    if (!problem.equals(PARSES)) {
      context.report(ValidationRules.API_AVRO, payloadPointer, "The Avro payload schema at " + where
          + " does not parse: " + problem);
    }
  }

  /** {@link #PARSES}, or why the schema does not parse. */
  private String verdict(JsonNode schema) {
    String known = verdicts.get(schema);
    if (known != null) {
      return known;
    }
    String verdict;
    try {
      new Schema.Parser(NameValidator.STRICT_VALIDATOR).setValidateDefaults(true).parse(schema.toString());
      verdict = PARSES;
    } catch (RuntimeException e) {
      verdict = e.getMessage() == null || e.getMessage().isEmpty() ? e.toString() : e.getMessage();
    }
    if (verdicts.size() >= MEMO_SIZE) {
      verdicts.clear(); // crude but bounded; the next validations refill it
    }
    verdicts.put(schema, verdict);
    return verdict;
  }

  /** The node a payload $ref names, when it is in the definition itself or in a document the load read. */
  private static Optional<JsonNode> target(
      CheckContext context, String ref, JsonNode definition, Supplier<Optional<URI>> documentUri) {
    try {
      if (ref.startsWith("#")) {
        return present(definition.at(ref.substring(1)));
      }
      Optional<URI> base = documentUri.get();
      if (base.isEmpty()) {
        return Optional.empty();
      }
      URI uri = base.get().resolve(new URI(ref));
      URI document = new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
      String fragment = uri.getFragment() == null ? "" : uri.getFragment();
      return context.resolved().document(document).flatMap(Document::tree).flatMap(t -> present(t.at(fragment)));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<JsonNode> present(JsonNode node) {
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }
}
