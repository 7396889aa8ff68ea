package io.dpds.compat;

import static io.dpds.report.Severity.ERROR;
import static io.dpds.report.Severity.INFO;
import static io.dpds.report.Severity.WARNING;

import io.dpds.report.Rule;
import java.util.List;

/** The rules of table b5 (AsyncAPI 2.x and 3.0 definitions); payloads are judged by the payload engines' rules. */
public final class AsyncApiRules {

  /** {@code compat.asyncapi.channel}: A channel was removed or its address changed (an added channel is info). */
  public static final Rule CHANNEL = new Rule("compat.asyncapi.channel", ERROR,
      "A channel was removed or its address changed (an added channel is info)",
      "Keep the channel; publish the new one beside it and deprecate the old.");
  /**
   * {@code compat.asyncapi.operation}: An operation was removed, flipped between send and receive (2.x: publish and
   * subscribe), or moved to another channel (an added operation is info).
   */
  public static final Rule OPERATION = new Rule("compat.asyncapi.operation", ERROR,
      "An operation was removed, flipped between send and receive (2.x: publish and subscribe), or moved to another"
          + " channel (an added operation is info)", "Keep the operation; add a new one beside it.");
  /**
   * {@code compat.asyncapi.message}: A message was removed from an operation (breaking), or added to one the product
   * sends (a warning: consumers receive a type they may not know; info where the product receives).
   */
  public static final Rule MESSAGE = new Rule("compat.asyncapi.message", ERROR,
      "A message was removed from an operation (breaking), or added to one the product sends (a warning: consumers"
          + " receive a type they may not know; info where the product receives)",
      "Keep the message; add new message types only where consumers tolerate them.");
  /**
   * {@code compat.asyncapi.content-type}: A message's schemaFormat or content type (its contentType, else the
   * document's defaultContentType) changed.
   */
  public static final Rule CONTENT_TYPE = new Rule("compat.asyncapi.content-type", ERROR,
      "A message's schemaFormat or content type (its contentType, else the document's defaultContentType) changed",
      "Keep the format; publish the new format on a new channel.");
  /**
   * {@code compat.asyncapi.payload-unjudged}: A payload or headers schema changed where no payload engine reads its
   * format, or appeared or disappeared in a format whose engine has no schema of any payload to judge it against
   * (JSON Schema's is {@code {}}); or its reference cannot be read in one version.
   */
  public static final Rule PAYLOAD_UNJUDGED = new Rule("compat.asyncapi.payload-unjudged", WARNING,
      "A payload or headers schema changed where no payload engine reads its format, or appeared or disappeared in a"
          + " format whose engine has no schema of any payload to judge it against (JSON Schema's is {}); or its"
          + " reference cannot be read in one version",
      "Review the change, add a PayloadEngine for the format, or fix the reference.");
  /**
   * {@code compat.asyncapi.correlation-id}: A message's correlationId was removed or its location changed (a warning
   * for a 3.0 operation without a reply).
   */
  public static final Rule CORRELATION_ID = new Rule("compat.asyncapi.correlation-id", ERROR,
      "A message's correlationId was removed or its location changed (a warning for a 3.0 operation without a reply)",
      "Keep the correlation id where it was.");
  /**
   * {@code compat.asyncapi.server}: A server was removed, or its url, host, protocol, protocol version or pathname
   * changed, or a server variable lost an enum value or changed its default (an added server is info).
   */
  public static final Rule SERVER = new Rule("compat.asyncapi.server", ERROR,
      "A server was removed, or its url, host, protocol, protocol version or pathname changed, or a server variable"
          + " lost an enum value or changed its default (an added server is info)",
      "Keep the server; add the new one beside it.");
  /**
   * {@code compat.asyncapi.security}: A security requirement was added or changed on a server or an operation, or a
   * security scheme changed what clients present (type, flows, URLs, a scope required); a requirement removed or a
   * scope no longer required is info.
   */
  public static final Rule SECURITY = new Rule("compat.asyncapi.security", ERROR,
      "A security requirement was added or changed on a server or an operation, or a security scheme changed what"
          + " clients present (type, flows, URLs, a scope required); a requirement removed or a scope no longer"
          + " required is info",
      "Agree the new requirement with the clients first.");
  /**
   * {@code compat.asyncapi.parameters}: A channel parameter was added, lost values or changed its default (breaking),
   * or was removed (a warning); one gaining values or no longer limited is info.
   */
  public static final Rule PARAMETERS = new Rule("compat.asyncapi.parameters", ERROR,
      "A channel parameter was added, lost values or changed its default (breaking), or was removed (a warning); one"
          + " gaining values or no longer limited is info",
      "Keep the channel's parameters and the values they take.");
  /**
   * {@code compat.asyncapi.bindings}: Protocol bindings changed: a Kafka topic or message key is breaking, other
   * binding fields (partitions, replicas, ...) cannot be proven safe.
   */
  public static final Rule BINDINGS = new Rule("compat.asyncapi.bindings", WARNING,
      "Protocol bindings changed: a Kafka topic or message key is breaking, other binding fields (partitions,"
          + " replicas, ...) cannot be proven safe", "Review what clients configure from the bindings.");
  /**
   * {@code compat.asyncapi.reply}: An operation's reply (3.0) was added or removed, or moved to another channel or
   * address; its messages are judged as an operation's are, flowing the other way.
   */
  public static final Rule REPLY = new Rule("compat.asyncapi.reply", ERROR,
      "An operation's reply (3.0) was added or removed, or moved to another channel or address; its messages are"
          + " judged as an operation's are, flowing the other way", "Keep the reply as it was.");
  /**
   * {@code compat.asyncapi.documentation}: Only documentation changed: info, titles, summaries, descriptions, examples,
   * tags, external docs, or components nothing uses.
   */
  public static final Rule DOCUMENTATION = new Rule("compat.asyncapi.documentation", INFO,
      "Only documentation changed: info, titles, summaries, descriptions, examples, tags, external docs, or"
          + " components nothing uses", "Nothing to do.");
  /**
   * {@code compat.asyncapi.unknown}: A part of the definition the rules do not cover changed, so the change cannot be
   * proven safe.
   */
  public static final Rule UNKNOWN = new Rule("compat.asyncapi.unknown", WARNING,
      "A part of the definition the rules do not cover changed, so the change cannot be proven safe",
      "Review it, then waive it or override the rule's severity.");

  /** Every rule above. */
  public static final List<Rule> ALL = List.of(CHANNEL, OPERATION, MESSAGE, CONTENT_TYPE, PAYLOAD_UNJUDGED,
      CORRELATION_ID, SERVER, SECURITY, PARAMETERS, BINDINGS, REPLY, DOCUMENTATION, UNKNOWN);

  private AsyncApiRules() {}
}
