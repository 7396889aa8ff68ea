package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.diag.SourceLocation;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.ResolvedDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A port's API definition as a document, and the payload schemas it declares, for those who judge a product rather
 * than two versions of it (policies). The definition is read inline, from a reference, or behind an {@code $href} the
 * loader may reach; payloads given by {@code $ref} (an Avro {@code .avsc} file) are read as well.
 */
public final class ApiPayloads {

  /**
   * One payload schema: its format ({@code schemaFormat} or content type), the schema, the message or operation it
   * belongs to, and where it is (the pointer in the descriptor of the node that declares it, and the schema's own
   * location, in its file, found on first use).
   */
  public static final class Payload {
    private final String format;
    private final ApiNode schema;
    private final String owner;
    private final String pointer;

    private Payload(String format, ApiNode schema, String owner, String pointer) {
      this.format = Objects.requireNonNull(format, "format");
      this.schema = schema;
      this.owner = owner;
      this.pointer = pointer;
    }

    public String format() {
      return format;
    }

    public JsonNode schema() {
      return schema.node();
    }

    public String owner() {
      return owner;
    }

    public String pointer() {
      return pointer;
    }

    public Optional<SourceLocation> location() {
      return schema.locate("");
    }
  }

  private final ApiNode definition;
  private final String specification;

  private ApiPayloads(ApiNode definition, String specification) {
    this.definition = definition;
    this.specification = specification;
  }

  /** The API of the port at {@code portPointer}, when it has a definition that can be read as a document. */
  public static Optional<ApiPayloads> of(ResolvedDescriptor descriptor, String portPointer, DescriptorLoader loader) {
    ApiNode.Sources sources = new ApiNode.Sources(descriptor, () -> loader.reader(descriptor.uri()));
    ApiNode node = ApiNode.definition(sources, portPointer + "/promises/api/definition");
    JsonNode href = node.node().path("$href");
    if (href.isTextual()) {
      node = node.resolve(href.textValue()).map(n -> (ApiNode) n).orElse(null);
    }
    if (node == null || !node.node().isObject()) {
      return Optional.empty();
    }
    String spec = descriptor.tree().at(portPointer + "/promises/api/specification").asText("");
    return Optional.of(new ApiPayloads(node, spec));
  }

  /** The definition document (AsyncAPI, OpenAPI, ...). */
  public JsonNode definition() {
    return definition.node();
  }

  /** The pointer of the definition in the descriptor (or of the {@code $href} that names it). */
  public String pointer() {
    return definition.pointer("");
  }

  /** Where the definition was written. */
  public Optional<SourceLocation> location() {
    return definition.locate("");
  }

  /** Every payload schema the definition declares: AsyncAPI messages, OpenAPI request and response bodies. */
  public List<Payload> payloads() {
    List<Payload> payloads = new ArrayList<>();
    JsonNode root = definition.node();
    if (root.has("asyncapi") || specification.equalsIgnoreCase("asyncapi")) {
      String defaultFormat = root.path("defaultContentType").asText("application/vnd.aai.asyncapi+json");
      boolean v3 = root.path("asyncapi").asText("").startsWith("3");
      root.path("channels").fieldNames().forEachRemaining(channel -> {
        ApiNode c = definition.at("/channels/" + ApiComparison.escape(channel)).dereferenced();
        if (v3) {
          c.node().path("messages").fieldNames().forEachRemaining(m ->
              message(c.at("/messages/" + ApiComparison.escape(m)), m, defaultFormat, payloads));
        } else {
          for (String op : List.of("publish", "subscribe")) {
            ApiNode message = c.at("/" + op + "/message").dereferenced();
            if (message.node().has("oneOf")) {
              for (int i = 0; i < message.node().get("oneOf").size(); i++) {
                message(message.at("/oneOf/" + i), op + " " + channel, defaultFormat, payloads);
              }
            } else if (!message.isMissing()) {
              message(message, op + " " + channel, defaultFormat, payloads);
            }
          }
        }
      });
    } else if (root.has("openapi") || root.has("swagger")) {
      root.path("paths").fieldNames().forEachRemaining(path -> {
        ApiNode p = definition.at("/paths/" + ApiComparison.escape(path)).dereferenced();
        p.node().fieldNames().forEachRemaining(method -> {
          ApiNode op = p.at("/" + method);
          content(op.at("/requestBody").dereferenced().at("/content"), method + " " + path + " request", payloads);
          op.node().path("responses").fieldNames().forEachRemaining(status -> content(
              op.at("/responses/" + ApiComparison.escape(status)).dereferenced().at("/content"),
              method + " " + path + " " + status, payloads));
        });
      });
    }
    return payloads;
  }

  private static void message(ApiNode written, String name, String defaultFormat, List<Payload> payloads) {
    ApiNode message = written.dereferenced();
    ApiNode payload = message.at("/payload");
    String format = message.node().path("schemaFormat").asText(message.node().path("contentType")
        .asText(defaultFormat));
    if (payload.node().has("schemaFormat") && payload.node().has("schema")) {
      format = payload.node().get("schemaFormat").asText();
      payload = payload.at("/schema");
    }
    ApiNode schema = payload.dereferenced();
    if (!schema.isMissing()) {
      String owner = message.node().path("name").asText(name);
      payloads.add(new Payload(format, schema, owner, payload.pointer("")));
    }
  }

  private static void content(ApiNode content, String owner, List<Payload> payloads) {
    content.node().fieldNames().forEachRemaining(type -> {
      ApiNode schema = content.at("/" + ApiComparison.escape(type) + "/schema");
      ApiNode target = schema.dereferenced();
      if (!target.isMissing()) {
        payloads.add(new Payload(type, target, owner, schema.pointer("")));
      }
    });
  }
}
