package io.dpds.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.ApiNode;
import io.dpds.load.Pointers;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.NameValidator;
import org.apache.avro.Schema;

/**
 * Parses the Avro payload schemas of an AsyncAPI 2.x or 3.0 definition with Apache Avro (strict names, defaults
 * validated). A payload is Avro when its message's (2.x) or its multi-format schema's (3.0) schemaFormat is an Avro
 * media type. Payloads given inline, as a {@code $ref} inside the definition, or as a {@code $ref} to another document
 * (an {@code .avsc} file) are parsed; other documents are read through {@link ApiNode}, so under the load's rules and
 * once per descriptor, shared with the other judges.
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
    ApiNode root = ApiNode.definition(context.resolved(), definitionPointer); // follows the definition's own $refs
    JsonNode channels = definition.path("channels");
    boolean v3 = definition.path("asyncapi").asText().startsWith("3");
    channels.fields().forEachRemaining(channel -> {
      String at = definitionPointer + "/channels/" + Pointers.escape(channel.getKey());
      if (v3) {
        channel.getValue().path("messages").fields().forEachRemaining(m ->
            message(context, at + "/messages/" + Pointers.escape(m.getKey()), m.getValue(), root));
      } else {
        for (String operation : new String[] {"publish", "subscribe"}) {
          JsonNode message = channel.getValue().path(operation).path("message");
          String messageAt = at + "/" + operation + "/message";
          if (message.path("oneOf").isArray()) {
            for (int i = 0; i < message.get("oneOf").size(); i++) {
              message(context, messageAt + "/oneOf/" + i, message.get("oneOf").get(i), root);
            }
          } else if (!message.isMissingNode()) {
            message(context, messageAt, message, root);
          }
        }
      }
    });
    definition.path("components").path("messages").fields().forEachRemaining(m -> message(context,
        definitionPointer + "/components/messages/" + Pointers.escape(m.getKey()), m.getValue(), root));
  }

  private void message(
      CheckContext context, String pointer, JsonNode message, ApiNode root) {
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
      Optional<JsonNode> target = root.resolve(ref).map(ApiNode::node);
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
}
