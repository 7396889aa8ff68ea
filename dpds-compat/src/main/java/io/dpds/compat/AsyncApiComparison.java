package io.dpds.compat;

import static io.dpds.load.Pointers.escape;
import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.api.ApiNode;
import io.dpds.compat.CompatibilityMode.Flow;
import io.dpds.compat.ChangeJudge.Verdict;
import io.dpds.load.Pointers;
import io.dpds.report.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Judges two versions of a port's AsyncAPI definition (2.x or 3.0) by table b5: servers, channels, operations with
 * their direction (3.0 {@code action}; 2.x {@code subscribe} is what the product sends, {@code publish} what it
 * receives), the messages of each operation and of its 3.0 reply (which flow the other way), and their payloads,
 * handed to the payload engine of their {@code schemaFormat} or content type. Channels and 3.0 operations are matched
 * by key, 2.x operations by channel and kind, messages by key, {@code messageId} or name. Between 2.x and 3.0 (a
 * migration), channels are matched by address, operations by channel address and direction, the one message of each
 * side alone whatever its key, servers by name and where they point; security is left to the migration's review.
 */
final class AsyncApiComparison extends ApiComparison {

  private static final Set<String> TOP_LEVEL = Set.of("asyncapi", "id", "info", "servers", "channels", "operations",
      "components", "defaultContentType", "tags", "externalDocs");
  private static final String DEFAULT_FORMAT = "application/vnd.aai.asyncapi+json";
  /** The members of a message the payload engines judge, inline or by reference alike. */
  private static final List<String> SCHEMAS = List.of("payload", "headers");
  /** Those and the 2.x message's {@code schemaFormat}, which 3.0 writes in the payload. */
  private static final List<String> MIGRATED_SCHEMAS = List.of("payload", "headers", "schemaFormat");
  /**
   * The members of a channel judged elsewhere: its messages (through the operations that carry them), its 2.x
   * operations, and its bindings.
   */
  private static final List<String> JUDGED_ELSEWHERE = List.of("messages", "subscribe", "publish", "bindings");
  /** The members of a reply judged on their own: its channel, its address and its messages. */
  private static final List<String> REPLY_JUDGED = List.of("channel", "address", "messages");

  /** Whether one version is 2.x and the other 3.0. */
  private final boolean migration;

  private AsyncApiComparison(PortId port, CompatibilityMode mode, PayloadEngines engines, String portPointer,
      ApiNode oldRoot, ApiNode newRoot) {
    super(port, mode, engines, portPointer, oldRoot, newRoot);
    this.migration = isV3(oldRoot) != isV3(newRoot);
  }

  /** The verdicts on every change between two AsyncAPI definitions of {@code port}. */
  static List<Verdict> compare(PortId port, CompatibilityMode mode, PayloadEngines engines, String portPointer,
      ApiNode old, ApiNode now) {
    AsyncApiComparison comparison = new AsyncApiComparison(port, mode, engines, portPointer, old, now);
    comparison.run();
    return comparison.verdicts();
  }

  /** A channel by key, with its address (the key in 2.x). */
  private record Channel(String key, ApiNode node, String address) {}

  /** An operation: its key, the direction of its data, its channel's key, and its messages by key. */
  private record Operation(String key, Flow flow, ApiNode node, String channel, Map<String, ApiNode> messages) {}

  @Override
  void run() {
    int before = found();
    servers();
    if (!migration) {
      securitySchemes(AsyncApiRules.SECURITY);
    }
    Map<String, Channel> oldChannels = channels(oldRoot);
    Map<String, Channel> newChannels = channels(newRoot);
    oldChannels.forEach((key, channel) -> {
      Channel other = newChannels.get(key);
      if (other == null) {
        report(AsyncApiRules.CHANNEL, ERROR, ERROR, null, "channel " + key + " removed", channel.node(), null);
      } else {
        channel(channel, other);
      }
    });
    newChannels.forEach((key, channel) -> {
      if (!oldChannels.containsKey(key)) {
        report(AsyncApiRules.CHANNEL, INFO, INFO, null, "channel " + key + " added", null, channel.node());
      }
    });
    Map<String, Operation> oldOps = operations(oldRoot);
    Map<String, Operation> newOps = operations(newRoot);
    oldOps.forEach((key, op) -> {
      Operation other = newOps.get(key);
      if (other == null) {
        report(AsyncApiRules.OPERATION, ERROR, ERROR, null, "operation " + key + " removed", op.node(), null);
      } else {
        operation(op, other);
      }
    });
    newOps.forEach((key, op) -> {
      if (!oldOps.containsKey(key)) {
        report(AsyncApiRules.OPERATION, INFO, INFO, null, "operation " + key + " added", null, op.node());
      }
    });
    rest(before);
  }

  // Servers

  private void servers() {
    JsonNode old = oldRoot.node().path("servers");
    JsonNode now = newRoot.node().path("servers");
    old.fieldNames().forEachRemaining(name -> {
      ApiNode a = oldRoot.at("/servers/" + escape(name)).dereferenced();
      ApiNode b = newRoot.at("/servers/" + escape(name)).dereferenced();
      if (!now.has(name)) {
        report(AsyncApiRules.SERVER, ERROR, ERROR, null, "server " + name + " removed", a, null);
        return;
      }
      if (migration && !location(a).equals(location(b))) {
        report(AsyncApiRules.SERVER, ERROR, ERROR, null, "server " + name + " moved from " + location(a) + " to "
            + location(b), a, b);
      }
      for (String field : migration ? List.of("protocol", "protocolVersion")
          : List.of("url", "host", "protocol", "protocolVersion", "pathname")) {
        if (!Objects.equals(a.node().get(field), b.node().get(field))) {
          report(AsyncApiRules.SERVER, ERROR, ERROR, null, "server " + name + " " + field + " changed from "
              + text(a.node().get(field)) + " to " + text(b.node().get(field)), a.at("/" + field), b.at("/" + field));
        }
      }
      variables(AsyncApiRules.SERVER, "server " + name, a, b);
      if (!migration) {
        security(AsyncApiRules.SECURITY, "server " + name, a, b);
      }
    });
    now.fieldNames().forEachRemaining(name -> {
      if (!old.has(name)) {
        report(AsyncApiRules.SERVER, INFO, INFO, null, "server " + name + " added", null,
            newRoot.at("/servers/" + escape(name)));
      }
    });
  }

  /** {@return where a server points, as both versions can say it: a 2.x url without its scheme, a 3.0 host and path} */
  private static String location(ApiNode server) {
    JsonNode url = server.node().get("url");
    String where = url != null ? url.asText("").replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "")
        : server.node().path("host").asText("") + server.node().path("pathname").asText("");
    return where.endsWith("/") ? where.substring(0, where.length() - 1) : where;
  }

  // Channels and operations

  /** The channels of {@code root} by key; by address in a migration. */
  private Map<String, Channel> channels(ApiNode root) {
    Map<String, Channel> channels = new LinkedHashMap<>();
    root.node().path("channels").fieldNames().forEachRemaining(key -> {
      Channel channel = new Channel(key, root.at("/channels/" + escape(key)).dereferenced(), address(root, key));
      channels.put(migration ? channel.address() : key, channel);
    });
    return channels;
  }

  /** {@return the address of the channel {@code key} of {@code root}: its 3.0 {@code address}, else its key} */
  private static String address(ApiNode root, String key) {
    return isV3(root) ? root.at("/channels/" + escape(key)).dereferenced().node().path("address").asText(key) : key;
  }

  private void channel(Channel a, Channel b) {
    int before = found();
    if (!a.address().equals(b.address())) {
      report(AsyncApiRules.CHANNEL, ERROR, ERROR, null, "channel " + a.key() + " address changed from "
          + a.address() + " to " + b.address(), a.node().at("/address"), b.node().at("/address"));
    }
    JsonNode oldParams = a.node().node().path("parameters");
    JsonNode newParams = b.node().node().path("parameters");
    newParams.fieldNames().forEachRemaining(name -> {
      if (!oldParams.has(name)) {
        report(AsyncApiRules.PARAMETERS, ERROR, ERROR, null, "channel " + a.key() + " parameter " + name + " added",
            null, b.node().at("/parameters/" + escape(name)));
      }
    });
    oldParams.fieldNames().forEachRemaining(name -> {
      String parameter = "channel " + a.key() + " parameter " + name;
      ApiNode pa = a.node().at("/parameters/" + escape(name)).dereferenced();
      if (!newParams.has(name)) {
        report(AsyncApiRules.PARAMETERS, WARNING, WARNING, null, parameter + " removed", pa, null);
      } else {
        ApiNode pb = b.node().at("/parameters/" + escape(name)).dereferenced();
        int judged = found();
        values(AsyncApiRules.PARAMETERS, parameter, valuesOf(pa), valuesOf(pb));
        boolean same = migration ? Objects.equals(pa.node().get("location"), pb.node().get("location"))
            : pa.node().equals(pb.node()); // a migration writes the values elsewhere, judged above
        if (found() == judged && !same) {
          unjudgedChange(parameter, null, pa, pb, AsyncApiRules.DOCUMENTATION, AsyncApiRules.UNKNOWN);
        }
      }
    });
    bindings("channel " + a.key(), a.node(), b.node(), "topic", null);
    if (found() == before && !migration && !without(a.node().node(), JUDGED_ELSEWHERE).equals(without(b.node().node(),
        JUDGED_ELSEWHERE))) {
      unjudgedChange("channel " + a.key(), null, a.node(), b.node(), AsyncApiRules.DOCUMENTATION,
          AsyncApiRules.UNKNOWN);
    }
  }

  /** {@return where a channel parameter's values are written: its schema in 2.x, the parameter itself in 3.0} */
  private static ApiNode valuesOf(ApiNode parameter) {
    return parameter.node().has("schema") ? parameter.at("/schema").dereferenced() : parameter;
  }

  /**
   * The operations of {@code root} by key; in a migration, those of each channel address and direction as one, keyed
   * {@code send on ADDRESS} or {@code receive on ADDRESS}, carrying the messages of all.
   */
  private Map<String, Operation> operations(ApiNode root) {
    Map<String, Operation> operations = byKey(root);
    if (!migration) {
      return operations;
    }
    Map<String, Operation> merged = new LinkedHashMap<>();
    for (Operation op : operations.values()) {
      String address = address(root, op.channel());
      String key = action(op.flow()) + " on " + address;
      Operation first = merged.get(key);
      if (first == null) {
        merged.put(key, new Operation(key, op.flow(), op.node(), address, new LinkedHashMap<>(op.messages())));
      } else {
        op.messages().forEach(first.messages()::putIfAbsent);
      }
    }
    return merged;
  }

  private Map<String, Operation> byKey(ApiNode root) {
    Map<String, Operation> operations = new LinkedHashMap<>();
    if (isV3(root)) {
      root.node().path("operations").fieldNames().forEachRemaining(key -> {
        ApiNode op = root.at("/operations/" + escape(key)).dereferenced();
        Flow flow = "receive".equals(op.node().path("action").asText()) ? Flow.ACCEPTED : Flow.EMITTED;
        String channel = channelOf(op);
        operations.put(key, new Operation(key, flow, op, channel, messagesOf(root, op, channel)));
      });
    } else {
      root.node().path("channels").fieldNames().forEachRemaining(channel -> {
        ApiNode ch = root.at("/channels/" + escape(channel)).dereferenced();
        for (String kind : List.of("subscribe", "publish")) {
          ApiNode op = ch.at("/" + kind);
          if (op.isMissing()) {
            continue;
          }
          Map<String, ApiNode> messages = new LinkedHashMap<>();
          ApiNode message = op.at("/message").dereferenced();
          if (message.node().has("oneOf")) {
            for (int i = 0; i < message.node().get("oneOf").size(); i++) {
              ApiNode one = message.at("/oneOf/" + i).dereferenced();
              messages.put(messageKey(one, op.at("/message/oneOf/" + i), i), one);
            }
          } else if (!message.isMissing()) {
            messages.put(messageKey(message, op.at("/message"), 0), message);
          }
          Flow flow = kind.equals("subscribe") ? Flow.EMITTED : Flow.ACCEPTED;
          operations.put(kind + " " + channel, new Operation(kind + " " + channel, flow, op, channel, messages));
        }
      });
    }
    return operations;
  }

  /** {@return the key of the channel a 3.0 operation or reply names} */
  private static String channelOf(ApiNode owner) {
    return lastToken(owner.node().path("channel").path("$ref").asText(""));
  }

  /**
   * {@return the messages of a 3.0 operation or reply, by key: those it lists, else every message of its channel}
   */
  private static Map<String, ApiNode> messagesOf(ApiNode root, ApiNode owner, String channel) {
    Map<String, ApiNode> messages = new LinkedHashMap<>();
    JsonNode refs = owner.node().path("messages");
    if (refs.isArray()) {
      for (int i = 0; i < refs.size(); i++) {
        String ref = refs.get(i).path("$ref").asText("");
        messages.put(ref.isEmpty() ? "#" + i : lastToken(ref), owner.at("/messages/" + i).dereferenced());
      }
    } else if (!channel.isEmpty()) {
      ApiNode ch = root.at("/channels/" + escape(channel)).dereferenced();
      ch.node().path("messages").fieldNames().forEachRemaining(m ->
          messages.put(m, ch.at("/messages/" + escape(m)).dereferenced()));
    }
    return messages;
  }

  private static String messageKey(ApiNode message, ApiNode written, int index) {
    String ref = written.node().path("$ref").asText("");
    if (!ref.isEmpty()) {
      return lastToken(ref);
    }
    for (String field : List.of("messageId", "name")) {
      if (message.node().path(field).isTextual()) {
        return message.node().get(field).textValue();
      }
    }
    return "#" + index;
  }

  private void operation(Operation a, Operation b) {
    String what = "operation " + a.key();
    if (a.flow() != b.flow()) {
      report(AsyncApiRules.OPERATION, ERROR, ERROR, null, what + " flipped from " + action(a.flow()) + " to "
          + action(b.flow()), a.node().at("/action"), b.node().at("/action"));
      return;
    }
    if (!a.channel().equals(b.channel())) {
      report(AsyncApiRules.OPERATION, ERROR, ERROR, null, what + " moved from channel " + a.channel() + " to "
          + b.channel(), a.node().at("/channel"), b.node().at("/channel"));
    }
    reply(what, a, b);
    if (!migration) {
      security(AsyncApiRules.SECURITY, what, a.node(), b.node());
    }
    bindings(what, a.node(), b.node(), null, null);
    messages(what, a.flow(), a.messages(), b.messages(), !isV3(oldRoot) || a.node().node().has("reply"));
  }

  /** The messages an operation or a reply carries in both versions, its data flowing as {@code flow}. */
  private void messages(String what, Flow flow, Map<String, ApiNode> a, Map<String, ApiNode> b, boolean replies) {
    if (migration && a.size() == 1 && b.size() == 1 && !a.keySet().equals(b.keySet())) {
      message(what + " message " + a.keySet().iterator().next(), flow, a.values().iterator().next(),
          b.values().iterator().next(), replies);
      return;
    }
    a.forEach((key, message) -> {
      ApiNode other = b.get(key);
      if (other == null) {
        report(AsyncApiRules.MESSAGE, ERROR, ERROR, flow, what + " no longer carries message " + key, message, null);
      } else {
        message(what + " message " + key, flow, message, other, replies);
      }
    });
    b.forEach((key, message) -> {
      if (!a.containsKey(key)) {
        report(AsyncApiRules.MESSAGE, WARNING, INFO, flow, what + " now also carries message " + key, null, message);
      }
    });
  }

  /**
   * The reply of a 3.0 operation in both versions: added, removed, moved to another channel or address breaks; its
   * messages flow the other way from the operation's and are judged as the operation's are; what else changed is
   * documentation or cannot be proven safe.
   */
  private void reply(String what, Operation a, Operation b) {
    ApiNode ra = a.node().at("/reply").dereferenced();
    ApiNode rb = b.node().at("/reply").dereferenced();
    if (ra.isMissing() && rb.isMissing()) {
      return;
    }
    String reply = what + " reply";
    if (ra.isMissing() || rb.isMissing()) {
      report(AsyncApiRules.REPLY, ERROR, ERROR, null, reply + (ra.isMissing() ? " added" : " removed"), ra, rb);
      return;
    }
    int before = found();
    String ca = channelOf(ra);
    String cb = channelOf(rb);
    if (!ca.equals(cb)) {
      report(AsyncApiRules.REPLY, ERROR, ERROR, null, reply + " moved from channel " + orNone(ca) + " to "
          + orNone(cb), ra.at("/channel"), rb.at("/channel"));
    }
    ApiNode aa = ra.at("/address").dereferenced();
    ApiNode ab = rb.at("/address").dereferenced();
    if (!withoutDocumentation(aa.node()).equals(withoutDocumentation(ab.node()))) {
      report(AsyncApiRules.REPLY, ERROR, ERROR, null, reply + " address changed", aa, ab);
    }
    Flow back = a.flow() == Flow.EMITTED ? Flow.ACCEPTED : Flow.EMITTED;
    messages(reply, back, messagesOf(oldRoot, ra, ca), messagesOf(newRoot, rb, cb), true);
    if (found() == before && !without(ra.node(), REPLY_JUDGED).equals(without(rb.node(), REPLY_JUDGED))) {
      unjudgedChange(reply, null, ra, rb, AsyncApiRules.DOCUMENTATION, AsyncApiRules.UNKNOWN);
    }
  }

  /** Compares two versions of a message; equal text may still name other payload documents, so it is followed. */
  private void message(String what, Flow flow, ApiNode a, ApiNode b, boolean replies) {
    int before = found();
    ApiNode pa = a.at("/payload");
    ApiNode pb = b.at("/payload");
    String fa = a.node().path("schemaFormat").asText(pa.node().path("schemaFormat").asText(""));
    String fb = b.node().path("schemaFormat").asText(pb.node().path("schemaFormat").asText(""));
    String ta = contentType(a, oldRoot);
    String tb = contentType(b, newRoot);
    String formatA = format(fa, ta);
    String formatB = format(fb, tb);
    if (!fa.equals(fb) || !Objects.equals(ta, tb)) {
      boolean label = Objects.equals(ta, tb) && withoutVersion(formatA).equals(withoutVersion(formatB))
          && engines.forFormat(formatA).filter(e -> e.name().equals("JSON Schema")).isPresent();
      Severity s = label ? WARNING : ERROR;
      List<String> changes = new ArrayList<>(2);
      if (!fa.equals(fb)) {
        changes.add("its schemaFormat from " + orNone(fa) + " to " + orNone(fb));
      }
      if (!Objects.equals(ta, tb)) {
        changes.add("its content type from " + orNone(ta) + " to " + orNone(tb));
      }
      report(AsyncApiRules.CONTENT_TYPE, s, s, flow, what + " changed " + String.join(" and ", changes)
          + (label ? " (only the schema draft label; the payloads are compared as well)" : ""), a, b);
      if (!label) {
        return;
      }
    }
    pa = schemaOf(pa);
    pb = schemaOf(pb);
    if (readable(what + " payload", flow, pa, pb, AsyncApiRules.PAYLOAD_UNJUDGED)) {
      optionalPayload(what + " payload", flow, pa.dereferenced().withFormat(formatA),
          pb.dereferenced().withFormat(formatB), AsyncApiRules.PAYLOAD_UNJUDGED, AsyncApiRules.DOCUMENTATION);
    }
    if (readable(what + " headers", flow, a.at("/headers"), b.at("/headers"), AsyncApiRules.PAYLOAD_UNJUDGED)) {
      optionalPayload(what + " headers", flow, a.at("/headers").dereferenced().withFormat(DEFAULT_FORMAT),
          b.at("/headers").dereferenced().withFormat(DEFAULT_FORMAT), AsyncApiRules.PAYLOAD_UNJUDGED,
          AsyncApiRules.DOCUMENTATION);
    }
    JsonNode ca = a.node().path("correlationId");
    JsonNode cb = b.node().path("correlationId");
    if (!ca.isMissingNode() && (cb.isMissingNode() || !Objects.equals(ca.get("location"), cb.get("location")))) {
      Severity s = replies ? ERROR : WARNING; // without a reply (3.0), nothing may correlate on it
      report(AsyncApiRules.CORRELATION_ID, s, s, flow, what + " correlationId " + (cb.isMissingNode() ? "removed"
          : "moved") + (replies ? "" : " (the operation has no reply)"), a.at("/correlationId"),
          b.at("/correlationId"));
    }
    bindings(what, a, b, null, "key");
    List<String> judged = migration ? MIGRATED_SCHEMAS : SCHEMAS;
    if (found() == before && !without(a.node(), judged).equals(without(b.node(), judged))) {
      unjudgedChange(what, flow, a, b, AsyncApiRules.DOCUMENTATION, AsyncApiRules.UNKNOWN);
    }
  }

  /** {@return the schema of a payload: its {@code schema} when it is a 3.0 multi-format schema, else itself} */
  private static ApiNode schemaOf(ApiNode payload) {
    return payload.node().has("schemaFormat") && payload.node().has("schema") ? payload.at("/schema") : payload;
  }

  /** A media type without its {@code version} parameter. */
  private static String withoutVersion(String format) {
    return format.replaceAll(";\\s*version=[^;]*", "").trim().toLowerCase(java.util.Locale.ROOT);
  }

  /** {@return the format a message's payload is read in: its schemaFormat, else its content type, else the default} */
  private static String format(String schemaFormat, @Nullable String contentType) {
    return !schemaFormat.isEmpty() ? schemaFormat : contentType != null ? contentType : DEFAULT_FORMAT;
  }

  /** {@return the content type of a message of the document {@code root}: its own, else the document's default} */
  private static @Nullable String contentType(ApiNode message, ApiNode root) {
    JsonNode type = message.node().get("contentType");
    type = type != null ? type : root.node().get("defaultContentType");
    return type != null && type.isTextual() ? type.asText() : null;
  }

  private static String orNone(@Nullable String value) {
    return value == null || value.isEmpty() ? "none" : value;
  }

  private void bindings(String what, ApiNode a, ApiNode b, String topicField, String keyField) {
    JsonNode ba = a.node().path("bindings");
    JsonNode bb = b.node().path("bindings");
    if (ba.equals(bb)) {
      return;
    }
    JsonNode ka = ba.path("kafka");
    JsonNode kb = bb.path("kafka");
    for (String field : new String[] {topicField, keyField}) {
      if (field != null && !Objects.equals(ka.get(field), kb.get(field))) {
        report(AsyncApiRules.BINDINGS, ERROR, ERROR, null, what + " Kafka " + field + " changed",
            a.at("/bindings/kafka/" + field), b.at("/bindings/kafka/" + field));
        return;
      }
    }
    report(AsyncApiRules.BINDINGS, WARNING, WARNING, null, what + " bindings changed", a.at("/bindings"),
        b.at("/bindings"));
  }

  /** The top level outside servers, channels and operations. */
  private void rest(int before) {
    JsonNode a = oldRoot.node();
    JsonNode b = newRoot.node();
    Set<String> keys = new java.util.TreeSet<>();
    a.fieldNames().forEachRemaining(keys::add);
    b.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      if (!TOP_LEVEL.contains(key) && !key.startsWith("x-") && !Objects.equals(a.get(key), b.get(key))) {
        report(AsyncApiRules.UNKNOWN, WARNING, WARNING, null, key + " changed", oldRoot.at("/" + escape(key)),
            newRoot.at("/" + escape(key)));
      }
    }
    if (found() == before && !a.equals(b) && !migration) {
      report(AsyncApiRules.DOCUMENTATION, INFO, INFO, null, "the definition changed only in documentation,"
          + " extensions or unused components", oldRoot, newRoot);
    }
  }

  private static boolean isV3(ApiNode root) {
    return root.node().path("asyncapi").asText("").startsWith("3");
  }

  private static String action(Flow flow) {
    return flow == Flow.EMITTED ? "send" : "receive";
  }

  private static String lastToken(String ref) {
    return Pointers.last(ref);
  }

}
