package io.dpds.fix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dpds.load.Pointers;
import io.dpds.report.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Where each node of one JSON or YAML document is written: the character ranges of its key and value, whether its
 * container is written in flow style (JSON, or YAML's {@code {..}} and {@code [..]}), and its siblings. Nodes are
 * found by their document-local JSON pointer, or by the line and column a diagnostic gives (the key's, or the node's
 * own for items and the root).
 */
final class SourceIndex {

  /** One node: {@code keyStart < 0} for an item of a sequence or the root. Offsets index the document's text. */
  static final class Node {
    final String pointer;
    final @Nullable Node parent;
    /** For a mapping or sequence: written in flow style (JSON, or YAML's braces and brackets). */
    boolean flow;
    int keyStart = -1;
    int keyEnd = -1;
    int valueStart;
    int valueEnd;
    final List<Node> children = new ArrayList<>();
    boolean mapping;
    /** A scalar's value as read (null for containers); {@code isNull} when it reads as null. */
    @Nullable String scalar;
    boolean isNull;

    Node(String pointer, @Nullable Node parent) {
      this.pointer = pointer;
      this.parent = parent;
    }

    /** Whether this entry sits in a flow-style container (so it is separated from its siblings by commas). */
    boolean inFlow() {
      return parent != null && parent.flow;
    }

    /** The entry's own start: its key, or its value for an item. */
    int start() {
      return keyStart >= 0 ? keyStart : valueStart;
    }

    @Nullable Node child(String name) {
      for (Node c : children) {
        if (c.pointer.equals(Pointers.child(pointer, name))) {
          return c;
        }
      }
      return null;
    }
  }

  final String text;
  final boolean yaml;
  private final Map<String, Node> byPointer = new LinkedHashMap<>();
  private final Map<Long, List<Node>> byPosition = new HashMap<>();
  private final int[] lineStarts;

  private SourceIndex(String text, boolean yaml) {
    this.text = text;
    this.yaml = yaml;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Indexes {@code text}, a JSON document when {@code yaml} is false. */
  static SourceIndex of(String text, boolean yaml) {
    SourceIndex index = new SourceIndex(text, yaml);
    if (yaml) {
      index.readYaml();
    } else {
      index.readJson();
    }
    return index;
  }

  @Nullable Node at(String pointer) {
    return byPointer.get(pointer);
  }

  /**
   * The node a diagnostic at this 1-based line and column is about: the entry whose key starts there, or the item or
   * container whose value does; where several start at one place (a mapping and its first key), the one whose name is
   * {@code name}, the last token of the diagnostic's pointer.
   */
  @Nullable Node at(int line, int column, String name) {
    List<Node> candidates = byPosition.getOrDefault(pack(line, column), List.of());
    for (Node node : candidates) {
      if (Pointers.last(node.pointer).equals(name)) {
        return node;
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  /** {@return where {@code offset} is, as a diagnostic about document {@code uri} gives it} */
  SourceLocation location(URI uri, int offset) {
    long position = position(offset);
    return new SourceLocation(uri, (int) (position >>> 32), (int) position);
  }

  /** The line break the document uses: {@code \r\n} when its first line ends so, else {@code \n}. */
  String newline() {
    int first = text.indexOf('\n');
    return first > 0 && text.charAt(first - 1) == '\r' ? "\r\n" : "\n";
  }

  /** The offset of the start of the line holding {@code offset}. */
  int lineStart(int offset) {
    int line = lineOf(offset);
    return lineStarts[line];
  }

  /** The offset just after the line break ending the line that holds {@code offset} (or the text's end). */
  int lineEnd(int offset) {
    int line = lineOf(offset);
    return line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
  }

  /** The column (0-based) of {@code offset} in its line. */
  int column(int offset) {
    return offset - lineStart(offset);
  }

  private int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private void register(Node node) {
    byPointer.put(node.pointer, node);
    byPosition.computeIfAbsent(position(node.start()), k -> new ArrayList<>()).add(node);
    if (node.valueStart != node.start()) {
      byPosition.computeIfAbsent(position(node.valueStart), k -> new ArrayList<>()).add(node);
    }
  }

  /**
   * The line and column of {@code offset} as a diagnostic gives them: the column counts characters (code points, so a
   * surrogate pair is one), a byte order mark none.
   */
  private long position(int offset) {
    int line = lineOf(offset);
    int start = lineStarts[line];
    int bom = start == 0 && offset > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    return pack(line + 1, text.codePointCount(start, offset) - bom + 1);
  }

  private static long pack(int line, int column) {
    return ((long) line << 32) | column;
  }

  // --- YAML: SnakeYAML's events carry start and end marks; their indexes count code points.

  private void readYaml() {
    int[] charAt = codePointOffsets();
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    Deque<Node> open = new ArrayDeque<>();
    Deque<Integer> counters = new ArrayDeque<>();
    ScalarEvent pendingKey = null;
    for (Event event : new Yaml(options).parse(new StringReader(text))) {
      Node parent = open.peek();
      if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        Node closed = open.pop();
        counters.pop();
        closed.valueEnd = offset(event.getEndMark(), charAt);
        continue;
      }
      boolean value = event.is(Event.ID.Scalar) || event.is(Event.ID.Alias) || event instanceof CollectionStartEvent;
      if (!value) {
        continue;
      }
      if (parent != null && parent.mapping && pendingKey == null) {
        pendingKey = (ScalarEvent) event; // keys are strings: the loader refuses the rest
        continue;
      }
      Node node;
      if (parent == null) {
        node = new Node("", null);
      } else if (parent.mapping) {
        node = new Node(Pointers.child(parent.pointer, pendingKey.getValue()), parent);
        node.keyStart = offset(pendingKey.getStartMark(), charAt);
        node.keyEnd = offset(pendingKey.getEndMark(), charAt);
        pendingKey = null;
      } else {
        int index = counters.pop();
        counters.push(index + 1);
        node = new Node(Pointers.child(parent.pointer, index), parent);
      }
      node.valueStart = offset(event.getStartMark(), charAt);
      node.valueEnd = offset(event.getEndMark(), charAt);
      if (event instanceof ScalarEvent scalar) {
        if (scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
            || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED) {
          node.valueEnd = endOfBlock(node.valueStart, node.valueEnd);
        }
        node.scalar = scalar.getValue();
        node.isNull = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
            && List.of("", "~", "null", "Null", "NULL").contains(scalar.getValue());
      }
      if (parent != null) {
        parent.children.add(node);
      }
      register(node);
      if (event instanceof CollectionStartEvent collection) {
        node.flow = collection.isFlow();
        node.mapping = event instanceof MappingStartEvent;
        open.push(node);
        counters.push(0);
      }
    }
    trimBlockEnds(byPointer.get(""));
  }

  /**
   * Where a block scalar ({@code |} or {@code >}) that SnakeYAML ends at {@code end} ends in the text: after its last
   * line's content, not after the line breaks (and blank lines) it reads up to the next token, which a replacement of
   * the value must keep.
   */
  private int endOfBlock(int start, int end) {
    int at = end;
    while (at > start + 1 && " \t\r\n".indexOf(text.charAt(at - 1)) >= 0) {
      at--;
    }
    return at;
  }

  /** A block container ends where its last child ends (SnakeYAML's end marks reach the next token). */
  private void trimBlockEnds(@Nullable Node node) {
    if (node == null) {
      return;
    }
    for (Node child : node.children) {
      trimBlockEnds(child);
    }
    if (!node.flow && !node.children.isEmpty()) {
      node.valueEnd = node.children.get(node.children.size() - 1).valueEnd;
    }
  }

  private int[] codePointOffsets() {
    int count = text.codePointCount(0, text.length());
    if (count == text.length()) {
      return null;
    }
    int[] offsets = new int[count + 1];
    int c = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      offsets[c++] = i;
    }
    offsets[count] = text.length();
    return offsets;
  }

  private static int offset(Mark mark, int[] charAt) {
    return charAt == null ? mark.getIndex() : charAt[Math.min(mark.getIndex(), charAt.length - 1)];
  }

  /** The offset after the JSON string that starts (with its quote) at {@code start}. */
  private int stringEnd(int start) {
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return text.length();
  }

  // --- JSON: Jackson's token locations carry character offsets.

  private void readJson() {
    Deque<Node> open = new ArrayDeque<>();
    Deque<Integer> counters = new ArrayDeque<>();
    // a byte order mark, which Jackson's parser of text refuses, read as a blank: the offsets stay the text's
    String json = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      int keyStart = -1;
      int keyEnd = -1;
      String key = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        int start = (int) parser.getTokenLocation().getCharOffset();
        String scalar = token.isScalarValue() ? parser.getText() : null; // reads the whole token: strings are lazy
        int end = (int) parser.currentLocation().getCharOffset();
        if (token == JsonToken.FIELD_NAME) {
          key = parser.currentName();
          keyStart = start;
          keyEnd = stringEnd(start); // the parser has read past the colon by now
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          Node closed = open.pop();
          counters.pop();
          closed.valueEnd = end;
          continue;
        }
        Node parent = open.peek();
        Node node;
        if (parent == null) {
          node = new Node("", null);
        } else if (parent.mapping) {
          node = new Node(Pointers.child(parent.pointer, key), parent);
          node.keyStart = keyStart;
          node.keyEnd = keyEnd;
        } else {
          int index = counters.pop();
          counters.push(index + 1);
          node = new Node(Pointers.child(parent.pointer, index), parent);
        }
        node.valueStart = start;
        node.valueEnd = end;
        node.mapping = token == JsonToken.START_OBJECT;
        node.flow = true;
        node.scalar = scalar;
        node.isNull = token == JsonToken.VALUE_NULL;
        if (parent != null) {
          parent.children.add(node);
        }
        register(node);
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          open.push(node);
          counters.push(0);
        }
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }
}
