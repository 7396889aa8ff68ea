package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.model.ModelJson;
import io.dpds.model.PortKind;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a reader needs while it builds one document's tree: where to record origins, where to report, the limits,
 * and whether the document is a DPDS document (strict) or foreign content behind a definition (lenient: YAML keys
 * that are not strings are turned into strings, custom tags are ignored).
 */
final class ParseContext {

  final URI uri;
  final Origins origins;
  final Limits limits;
  final boolean strict;
  final ReadOptions options;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  private boolean references; // whether a member read so far is named $ref

  ParseContext(URI uri, Origins origins, Limits limits, boolean strict, ReadOptions options) {
    this.uri = uri;
    this.origins = origins;
    this.limits = limits;
    this.strict = strict;
    this.options = options;
  }

  /**
   * {@code text} as read, after reporting an unpaired UTF-16 surrogate in it (an escape such as {@code \ud800}
   * alone): no UTF-8 output could write it back, so it would change silently. The finding is about the node at
   * {@code pointer} (a member's, for a member's name), asked for only then.
   */
  String checked(String text, long position, Supplier<String> pointer) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) { // almost never: one comparison a character until then
        checkPairs(text, i, position, pointer);
        return text;
      }
    }
    return text;
  }

  /** Reports the first surrogate of {@code text} from character {@code from} on that is not half of a pair. */
  private void checkPairs(String text, int from, long position, Supplier<String> pointer) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        report(LoadRules.LONE_SURROGATE, String.format("The string holds the lone UTF-16 surrogate \\u%04x"
            + " (character %d of it), which is not Unicode text", (int) c, i + 1), position, pointer.get());
        return;
      }
    }
  }

  /** {@return {@code name}, a member's name as read; notes whether it is {@code $ref} (see {@link #referenceFree})} */
  String member(String name) {
    references |= name.equals("$ref");
    return name;
  }

  /**
   * {@return whether no member read so far is named {@code $ref}} Resolving a document of which that holds once it is
   * read changes nothing: it has no Reference Object to follow.
   */
  boolean referenceFree() {
    return !references;
  }

  /**
   * Told of an object the reader has just completed at {@code /owner/list/i}: when it is a port of the interface
   * components of a DPDS document, and the load binds ports as it reads them, binds it while its nodes are in the
   * processor's caches, for the model's lists to take (see {@link io.dpds.internal.LoadedObject}).
   */
  void completed(ObjectNode object, @Nullable String owner, @Nullable String list) {
    if (options.bindPorts() && isPort(owner, list)) {
      Origins.earlyBound(object, ModelJson.toPortSharing(PortKind.fromField(list), object));
    }
  }

  /**
   * {@return whether the object the reader is about to read at {@code /owner/list/i} is a port that keeps the nodes it
   * is read into, to be read ahead ({@link io.dpds.internal.LoadedObject#readAhead}): the load asks for it and does
   * not bind ports as it reads them}
   */
  boolean readsAhead(@Nullable String owner, @Nullable String list) {
    return options.readAhead() && !options.bindPorts() && !options.portDocument() && isPort(owner, list);
  }

  /**
   * {@return whether the root object of the document is a port that keeps the nodes it is read into, to be read ahead
   * as {@link #readsAhead} says of the items of a list of ports: the document is a port as a whole, read from a list
   * large enough ({@link ReadOptions#forPortDocument})}
   */
  boolean readsAheadRoot() {
    return strict && options.readAhead() && options.portDocument();
  }

  /** Keeps {@code nodes}, those made while reading {@code port}, in order, in the port, to be read ahead. */
  void readAhead(ObjectNode port, Object[] nodes) {
    Origins.aheadNodes(port, nodes);
  }

  private boolean isPort(@Nullable String owner, @Nullable String list) {
    return strict && "interfaceComponents".equals(owner) && list != null && PortKind.fromField(list) != null;
  }

  /** {@return a context for another attempt at reading the document: as this one, with nothing reported or noted} */
  ParseContext attempt() {
    return new ParseContext(uri, origins, limits, strict, options);
  }

  /** Takes over what {@code attempt}, from {@link #attempt}, reported and noted, now that its reading is kept. */
  void adopt(ParseContext attempt) {
    diagnostics.addAll(attempt.diagnostics);
    references |= attempt.references;
  }

  /** Takes over what {@code other}, a context that read the same document, noted of its members. */
  void membersAsIn(ParseContext other) {
    references = other.references;
  }

  /** Reports at {@code position}, packed by {@link Origins#pack} or a deferred key. */
  void report(Rule rule, String message, long position) {
    report(rule, message, position, "");
  }

  /** Reports a finding about the node at {@code pointer} of this document. */
  void report(Rule rule, String message, long position, String pointer) {
    SourceLocation at = origins.location(uri, position);
    report(rule, message, at.line(), at.column(), pointer);
  }

  void report(Rule rule, String message, int line, int column) {
    report(rule, message, line, column, "");
  }

  /** Reports a finding about the node at {@code pointer} of this document ({@code ""}: the document). */
  void report(Rule rule, String message, int line, int column, String pointer) {
    diagnostics.add(rule.at(pointer).message(message).location(location(line, column)).build());
  }

  /** Reports a finding about the document with its own {@code hint} (null: the rule's). */
  void report(Rule rule, String message, @Nullable String hint, int line, int column) {
    Diagnostic.Builder finding = rule.at("").message(message).location(location(line, column));
    diagnostics.add((hint == null ? finding : finding.hint(hint)).build());
  }

  private SourceLocation location(int line, int column) {
    return new SourceLocation(uri, Math.max(line, 1), Math.max(column, 1));
  }

  /** Records a container's own position and its children's, in the container's order. */
  void record(JsonNode container, long self, long[] positions) {
    origins.record(container, uri, self, positions);
  }

  /** Thrown inside a reader to stop it at the first fatal problem; already reported. */
  static final class Abort extends RuntimeException {
    Abort() {
      super(null, null, false, false);
    }
  }
}
