package io.dpds.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.report.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A port's API: its definition as a document (written inline, put there by a DPDS reference, or behind an
 * {@code $href} the load's rules may read) and the payload schemas it declares, with the documents they refer to
 * (an Avro {@code .avsc} file). Every judge reads APIs through this class, and every document through the
 * descriptor's {@link ResolvedDescriptor#read}, so each is read once per descriptor under the load's rules.
 * Immutable and thread-safe.
 */
public final class Api {

  /**
   * One payload schema: its format ({@code schemaFormat} or content type), the schema, the message or operation it
   * belongs to, and where it is.
   *
   * @param format the format as declared, e.g. {@code application/vnd.apache.avro+json;version=1.9.0}
   * @param schema the schema, dereferenced (in the document its reference led to)
   * @param owner the message name, or the operation and status (OpenAPI), it belongs to
   * @param pointer the pointer in the descriptor of the node that declares it
   */
  public record Payload(String format, ApiNode schema, String owner, String pointer) {

    /**
     * Creates a {@code Payload}; see the class comment for each component.
     *
     * @param format the format as declared, e.g. {@code application/vnd.apache.avro+json;version=1.9.0}
     * @param schema the schema, dereferenced (in the document its reference led to)
     * @param owner the message name, or the operation and status (OpenAPI), it belongs to
     * @param pointer the pointer in the descriptor of the node that declares it
     */
    public Payload {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(schema, "schema");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(pointer, "pointer");
    }

    /** {@return where the schema was written, in its own file} */
    public Optional<SourceLocation> location() {
      return schema.locate("");
    }
  }

  private final ApiNode definition;
  private final String specification;
  private @Nullable Payloads walked;

  private Api(ApiNode definition, String specification) {
    this.definition = definition;
    this.specification = specification;
  }

  /**
   * {@return the API of the port at {@code portPointer} (e.g. {@code /interfaceComponents/outputPorts/0}), when it has
   * a definition that can be read as a JSON or YAML object}
   *
   * @param descriptor the resolved descriptor
   * @param portPointer the port's JSON pointer
   */
  public static Optional<Api> of(ResolvedDescriptor descriptor, String portPointer) {
    return ofStandardDefinition(descriptor, portPointer + "/promises/api",
        Pointers.at(descriptor.tree(), portPointer).path("promises").path("api"));
  }

  /**
   * {@return the API a port's API Standard Definition describes, when its definition can be read as a JSON or YAML
   * object} For a caller that holds the Standard Definition's node already: nothing is looked up from the root.
   *
   * @param descriptor the resolved descriptor
   * @param apiPointer the JSON pointer of the Standard Definition
   *     (e.g. {@code /interfaceComponents/outputPorts/0/promises/api})
   * @param api the node at {@code apiPointer}
   */
  public static Optional<Api> ofStandardDefinition(ResolvedDescriptor descriptor, String apiPointer, JsonNode api) {
    ApiNode node = ApiNode.definition(descriptor, apiPointer + "/definition", api.path("definition"));
    JsonNode href = node.node().path("$href");
    if (href.isTextual()) {
      node = node.resolve(href.textValue()).orElse(null);
    }
    if (node == null || !node.node().isObject()) {
      return Optional.empty();
    }
    return Optional.of(new Api(node, api.path("specification").asText("")));
  }

  /** {@return the definition document (AsyncAPI, OpenAPI, ...), its root} */
  public ApiNode definition() {
    return definition;
  }

  /** {@return the {@code specification} the port declares (e.g. {@code asyncapi}); may be empty} */
  public String specification() {
    return specification;
  }

  /** {@return the pointer of the definition in the descriptor (or of the {@code $href} that names it)} */
  public String pointer() {
    return definition.pointer("");
  }

  /** {@return where the definition was written} */
  public Optional<SourceLocation> location() {
    return definition.locate("");
  }

  /**
   * {@return every payload schema the definition declares: AsyncAPI 2 and 3 messages, OpenAPI request and response
   * bodies} A schema written as a reference that cannot be followed is not among them: see
   * {@link #unreadablePayloads()}.
   */
  public List<Payload> payloads() {
    return walked().readable();
  }

  /**
   * {@return the payloads declared by a reference that cannot be followed (no such document, no such node, refused
   * by the load's rules), the message's or the schema's: each with, as its {@link Payload#schema()}, the node that
   * holds that {@code $ref}} Every judge reads them as payloads it cannot judge; none is silently left out. A schema in
   * a document that reads as text (a {@code .proto} file) is in neither list.
   */
  public List<Payload> unreadablePayloads() {
    return walked().unreadable();
  }

  /** The payloads, read on first use; two threads that race both read them, to equal lists. */
  private Payloads walked() {
    Payloads read = walked;
    if (read == null) {
      read = walk();
      walked = read;
    }
    return read;
  }

  /** The payloads of the definition, those read and those whose reference cannot be followed. */
  private record Payloads(List<Payload> readable, List<Payload> unreadable) {

    void add(String format, ApiNode written, ApiNode schema, String owner) {
      if (!schema.isMissing()) {
        readable.add(new Payload(format, schema.withFormat(format), owner, written.pointer("")));
      } else if (written.node().path("$ref").isTextual() && !written.refersToText()) {
        unreadable.add(new Payload(format, written.withFormat(format), owner, written.pointer("")));
      }
    }
  }

  /** Every payload the definition declares, in the order written: unmodifiable lists, safe to share. */
  private Payloads walk() {
    Payloads payloads = new Payloads(new ArrayList<>(), new ArrayList<>());
    JsonNode root = definition.node();
    if (root.has("asyncapi") || specification.equalsIgnoreCase("asyncapi")) {
      String defaultFormat = root.path("defaultContentType").asText("application/vnd.aai.asyncapi+json");
      boolean v3 = root.path("asyncapi").asText("").startsWith("3");
      root.path("channels").fieldNames().forEachRemaining(channel -> {
        ApiNode c = definition.member("channels").member(channel).dereferenced();
        if (v3) {
          c.node().path("messages").fieldNames().forEachRemaining(m ->
              message(c.member("messages").member(m), m, defaultFormat, payloads));
        } else {
          for (String op : List.of("publish", "subscribe")) {
            ApiNode written = c.member(op).member("message");
            ApiNode message = written.dereferenced();
            if (message.node().has("oneOf")) {
              for (int i = 0; i < message.node().get("oneOf").size(); i++) {
                message(message.at("/oneOf/" + i), op + " " + channel, defaultFormat, payloads);
              }
            } else if (!written.isMissing()) {
              message(written, op + " " + channel, defaultFormat, payloads);
            }
          }
        }
      });
    } else if (root.has("openapi") || root.has("swagger")) {
      root.path("paths").fieldNames().forEachRemaining(path -> {
        ApiNode p = definition.member("paths").member(path).dereferenced();
        p.node().fieldNames().forEachRemaining(method -> {
          ApiNode op = p.member(method);
          content(op.member("requestBody").dereferenced().member("content"), method + " " + path + " request",
              payloads);
          op.node().path("responses").fieldNames().forEachRemaining(status -> content(
              op.member("responses").member(status).dereferenced().member("content"),
              method + " " + path + " " + status, payloads));
        });
      });
    }
    return new Payloads(List.copyOf(payloads.readable()), List.copyOf(payloads.unreadable()));
  }

  private static void message(ApiNode written, String name, String defaultFormat, Payloads payloads) {
    ApiNode message = written.dereferenced();
    if (message.isMissing()) {
      payloads.add(defaultFormat, written, message, name);
      return;
    }
    ApiNode payload = message.member("payload");
    String format = message.node().path("schemaFormat").asText(message.node().path("contentType")
        .asText(defaultFormat));
    if (payload.node().has("schemaFormat") && payload.node().has("schema")) {
      format = payload.node().get("schemaFormat").asText();
      payload = payload.member("schema");
    }
    payloads.add(format, payload, payload.dereferenced(), message.node().path("name").asText(name));
  }

  private static void content(ApiNode content, String owner, Payloads payloads) {
    content.node().fieldNames().forEachRemaining(type -> {
      ApiNode schema = content.member(type).member("schema");
      payloads.add(type, schema, schema.dereferenced(), owner);
    });
  }
}
