package io.dpds.fix;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.dpds.internal.YamlCoreSchema;
import io.dpds.fix.SourceIndex.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The text edits that make one change to a document as its author would have written it: the same quoting, the same
 * indentation, the same separators; nothing else of the document moves.
 */
final class Writer {

  private final SourceIndex index;

  Writer(SourceIndex index) {
    this.index = index;
  }

  /** Replaces a scalar's value by the string {@code value}, quoted as the old one was when it needs quotes. */
  List<TextEdit> replaceValue(Node node, String value) {
    return List.of(new TextEdit(node.valueStart, node.valueEnd, scalar(value, index.text.charAt(node.valueStart))));
  }

  /** Replaces a scalar value with {@code literal} written as it is, unquoted: a number, in JSON and YAML alike. */
  List<TextEdit> replaceUnquoted(Node node, String literal) {
    return List.of(new TextEdit(node.valueStart, node.valueEnd, literal));
  }

  /** Renames an entry's key, quoted as it was. */
  List<TextEdit> renameKey(Node node, String key) {
    return List.of(new TextEdit(node.keyStart, node.keyEnd, scalar(key, index.text.charAt(node.keyStart))));
  }

  /** Removes an entry (key and value) or an item, with its separator or its line. */
  List<TextEdit> remove(Node node) {
    Node parent = node.parent;
    List<Node> siblings = parent.children;
    int at = siblings.indexOf(node);
    Node next = at + 1 < siblings.size() ? siblings.get(at + 1) : null;
    Node previous = at > 0 ? siblings.get(at - 1) : null;
    if (next != null) {
      return List.of(new TextEdit(node.start(), next.start(), ""));
    }
    if (parent.flow) {
      return List.of(previous != null ? new TextEdit(previous.valueEnd, node.valueEnd, "")
          : new TextEdit(node.start(), node.valueEnd, ""));
    }
    int lineStart = index.lineStart(node.start());
    boolean alone = index.text.substring(lineStart, node.start()).isBlank();
    int end = index.lineEnd(node.valueEnd > node.valueStart ? node.valueEnd - 1 : node.valueEnd);
    if (previous == null) {
      return List.of(new TextEdit(node.start(), end, (parent.mapping ? "{}" : "[]") + index.newline()));
    }
    return List.of(new TextEdit(alone ? lineStart : node.start(), end, ""));
  }

  /**
   * Makes the value of an entry a list of that one value: in brackets when it is written on one line or in flow
   * style (JSON, a YAML scalar, braces); a YAML block mapping becomes the first item of a block sequence, its first key
   * after {@code "- "} and its other lines two spaces further in. None for a block scalar ({@code |}, {@code >}).
   */
  List<TextEdit> wrapInList(Node node) {
    char first = index.text.charAt(node.valueStart);
    if (node.scalar != null && index.yaml && (first == '|' || first == '>')) {
      return List.of();
    }
    if (!index.yaml || node.scalar != null || node.flow) {
      return List.of(new TextEdit(node.valueStart, node.valueStart, "["), new TextEdit(node.valueEnd, node.valueEnd,
          "]"));
    }
    List<TextEdit> edits = new ArrayList<>();
    edits.add(new TextEdit(node.valueStart, node.valueStart, "- "));
    for (int line = index.lineEnd(node.valueStart); line < node.valueEnd; line = index.lineEnd(line)) {
      if (!index.text.substring(line, index.lineEnd(line)).isBlank()) {
        edits.add(new TextEdit(line, line, "  "));
      }
    }
    return edits;
  }

  /** Adds the entry {@code key: value} (a string) at the end of the mapping {@code mapping}. */
  List<TextEdit> add(Node mapping, String key, String value) {
    String written = (index.yaml ? key : scalar(key, '"')) + ": " + scalar(value, 'p');
    List<Node> entries = mapping.children;
    if (entries.isEmpty()) {
      return List.of(new TextEdit(mapping.valueStart, mapping.valueEnd, "{" + written + "}"));
    }
    Node last = entries.get(entries.size() - 1);
    if (mapping.flow) {
      String separator = entries.size() > 1
          ? index.text.substring(entries.get(entries.size() - 2).valueEnd, last.start()) : ", ";
      return List.of(new TextEdit(last.valueEnd, last.valueEnd, separator + written));
    }
    int first = entries.get(0).start();
    String indent = " ".repeat(index.column(first));
    int end = index.lineEnd(last.valueEnd > last.valueStart ? last.valueEnd - 1 : last.valueEnd);
    String lineBreak = end == index.text.length() && !index.text.endsWith("\n") ? index.newline() : "";
    return List.of(new TextEdit(end, end, lineBreak + indent + written + index.newline()));
  }

  /**
   * A string as a scalar: in JSON always double-quoted; in YAML in the quoting {@code style} the old text started
   * with ({@code "}, {@code '}, or anything else for plain), plain only when it reads back as the same string.
   */
  String scalar(String value, char style) {
    if (index.yaml && style == '\'') {
      return "'" + value.replace("'", "''") + "'";
    }
    if (index.yaml && style != '"' && plainSafe(value) && !YamlCoreSchema.needsQuotes(value)) {
      return value;
    }
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
  }

  /** Whether a plain YAML scalar can hold {@code value} as it is (no indicator, no ': ' or ' #', no line break). */
  private static boolean plainSafe(String value) {
    if (value.isEmpty() || value.isBlank() || "-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0) {
      return false;
    }
    return !value.contains(": ") && !value.contains(" #") && !value.endsWith(":") && value.indexOf('\n') < 0
        && !Character.isWhitespace(value.charAt(value.length() - 1));
  }
}
