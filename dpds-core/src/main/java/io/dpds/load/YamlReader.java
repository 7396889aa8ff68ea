package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dpds.internal.YamlCoreSchema;
import io.dpds.report.SourceLocation;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Reads YAML limited to what JSON can express, from SnakeYAML's event stream, into the same kind of tree as {@link
 * JsonReader}. Plain scalars are typed by the YAML 1.2 core schema ({@code yes} stays a string; {@code 0x1f} is 31).
 * Strict (DPDS) documents accept only the JSON-schema tags and string keys; foreign documents, and a {@code definition}
 * written in place in a DPDS one, turn keys into strings and read custom tags as untagged. An alias of a mapping or
 * sequence is a shallow copy located where the alias is written, its children shared with the anchored node and located
 * where they are written; aliases count against the node budget as if copied deeply, which stops "billion laughs"
 * documents. Merge keys ({@code <<: *base}, or a sequence of aliases) add the entries of the named mappings that the
 * mapping does not set itself, each located in the mapping it comes from. Iterative: no recursion, whatever the depth.
 */
final class YamlReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String DEFINITION = "definition";
  private static final String TAG = "tag:yaml.org,2002:";
  private static final String MERGE_KEY = "<<";
  private final LoaderOptions options;

  YamlReader(Limits limits) {
    options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()));
    options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their position
  }

  /**
   * The longest line a YAML document may have, in bytes. SnakeYAML keeps a token's whole line in a window it copies
   * at every refill, so reading a line takes time quadratic in its length (15 MB on one line: minutes); longer lines
   * are refused before parsing, as {@code load.limit}. JSON documents have no such limit.
   */
  static final int MAX_LINE_BYTES = 1 << 20;

  /** The tree, or null when the document is not well-formed YAML (then {@code ctx} holds the error). */
  JsonNode read(byte[] bytes, ParseContext ctx) {
    if (!linesWithinLimit(bytes, ctx)) {
      return null;
    }
    Reading reading = new Reading(ctx);
    try {
      Iterator<Event> events =
          new Yaml(options).parse(new UnicodeReader(new ByteArrayInputStream(bytes))).iterator();
      while (events.hasNext()) {
        if (!reading.accept(events.next())) {
          return null;
        }
      }
      if (reading.root == null) {
        ctx.report(LoadRules.SYNTAX, "The document is empty", 1, 1);
      }
      return reading.root;
    } catch (MarkedYAMLException e) {
      Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      String context = context(e);
      SyntaxFinding finding = YamlSyntax.explain(oneLine(problem), context,
          context.isEmpty() ? null : line(e.getContextMark()) + ":" + column(e.getContextMark()));
      ctx.report(LoadRules.SYNTAX, "Invalid YAML: " + finding.message(), finding.hint(), line(at), column(at));
    } catch (YAMLException e) {
      if (e.getCause() instanceof CharacterCodingException && notUtf8(bytes, ctx)) {
        return null;
      }
      ctx.report(e.getMessage() != null && e.getMessage().contains("limit") ? LoadRules.LIMIT : LoadRules.SYNTAX,
          "Invalid YAML: " + oneLine(String.valueOf(e.getMessage())), 1, 1);
    } catch (ParseContext.Abort e) {
      // already reported
    } catch (StackOverflowError e) {
      ctx.report(LoadRules.LIMIT, "The document nests too deeply to be read", 1, 1);
    } catch (RuntimeException e) {
      ctx.report(LoadRules.SYNTAX, "The document cannot be read as YAML: " + e, 1, 1);
    }
    return null;
  }

  /**
   * Reports the first byte of {@code bytes} that is no part of a UTF-8 character, where the reader stopped at one;
   * {@return false when there is none (a document in UTF-16, whose reader stopped for another reason)}
   */
  private static boolean notUtf8(byte[] bytes, ParseContext ctx) {
    if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)) {
      return false; // a UTF-16 byte order mark: read as UTF-16
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
    if (!result.isError()) {
      return false;
    }
    int offset = in.position();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (CharacterColumns.endsLine(bytes, i)) {
        line++;
        lineStart = i + 1;
      }
    }
    ctx.report(LoadRules.SYNTAX, String.format("The document is not UTF-8 text: byte 0x%02X cannot be read as UTF-8;"
        + " save the file as UTF-8", bytes[offset] & 0xff), line, CharacterColumns.count(bytes, lineStart, offset) + 1);
    return true;
  }

  /**
   * {@return where what the reader stopped in began, when the problem is elsewhere: " (while parsing a flow sequence
   * that starts at 3:9)" for a {@code [} never closed} Empty when the exception names no context.
   */
  private static String context(MarkedYAMLException e) {
    Mark start = e.getContextMark();
    Mark problem = e.getProblemMark();
    if (e.getContext() == null || start == null || problem != null && problem.getIndex() == start.getIndex()) {
      return "";
    }
    return " (" + oneLine(e.getContext()) + " that starts at " + line(start) + ":" + column(start) + ")";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  /** Whether every line is at most {@link #MAX_LINE_BYTES} long; reports the first that is not. */
  private static boolean linesWithinLimit(byte[] bytes, ParseContext ctx) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i - start > MAX_LINE_BYTES) {
          ctx.report(LoadRules.LIMIT, "Line " + line + " holds " + (i - start) + " bytes; a YAML line is read up to "
              + MAX_LINE_BYTES + " bytes (write a long value in a document of its own, or the document as JSON)",
              line, 1);
          return false;
        }
        line++;
        start = i + 1;
      }
    }
    return true;
  }

  static int line(Mark m) {
    return m == null ? 1 : m.getLine() + 1;
  }

  static int column(Mark m) {
    return m == null ? 1 : m.getColumn() + 1;
  }

  /** A mapping or sequence being built. */
  private static final class Frame {
    final JsonNode node;
    final long self;
    final String anchor;
    final long nodesAtStart;
    long[] positions = new long[8];
    int n;
    String key; // mappings: the key whose value comes next, null when a key comes next
    long keyPosition;
    boolean keyIsMerge; // the key is a plain <<
    Set<String> merged; // mappings: keys that came from a merge key, which a key of the mapping's own replaces
    int depthOfComplexKey; // >0 while skipping a mapping or sequence used as a key
    String owner; // an item of an array at /owner/list: those names, else null
    String list;
    boolean readAhead; // an item that keeps the nodes it is read into (ParseContext#readsAhead)
    boolean foreign; // inside a Standard Definition's definition: another spec's document, read as foreign
    int height = 1; // the levels of the node and of its deepest child, an alias's target's counted in full

    Frame(JsonNode node, long self, String anchor, long nodesAtStart) {
      this.node = node;
      this.self = self;
      this.anchor = anchor;
      this.nodesAtStart = nodesAtStart;
    }
  }

  /** One pass over one document. */
  private static final class Reading {
    private final ParseContext ctx;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<JsonNode, Long> anchoredSizes = new IdentityHashMap<>();
    private final Map<JsonNode, Integer> anchoredHeights = new IdentityHashMap<>(); // of containers
    private JsonNode root;
    private final AheadNodes ahead = new AheadNodes();
    private int documents;
    private long nodes;
    private int aliases;

    Reading(ParseContext ctx) {
      this.ctx = ctx;
    }

    /** Consumes one event; false when the document must be given up (already reported). */
    boolean accept(Event e) {
      switch (e.getEventId()) {
        case DocumentStart:
          if (++documents > 1) {
            report(LoadRules.SYNTAX, "A descriptor file holds one YAML document; found a second one", e);
            return false;
          }
          return true;
        case MappingStart:
        case SequenceStart:
          return start((CollectionStartEvent) e);
        case MappingEnd:
        case SequenceEnd:
          end();
          return true;
        case Scalar:
          return scalar((ScalarEvent) e);
        case Alias:
          return alias((AliasEvent) e);
        default:
          return true;
      }
    }

    private boolean start(CollectionStartEvent e) {
      Frame parent = stack.peek();
      if (parent != null && parent.depthOfComplexKey > 0) {
        parent.depthOfComplexKey++;
        return true;
      }
      if (parent != null && parent.node.isObject() && parent.key == null) {
        report(LoadRules.YAML_KEY, "A mapping or sequence cannot be a key; keys are strings", e);
        parent.depthOfComplexKey = 1;
        parent.key = "";
        return true;
      }
      if (stack.size() >= ctx.limits.maxDepth()) {
        report(LoadRules.LIMIT, "The document nests mappings and sequences deeper than the limit of "
            + ctx.limits.maxDepth(), e);
        throw new ParseContext.Abort();
      }
      boolean mapping = e.getEventId() == Event.ID.MappingStart;
      checkTag(e.getTag(), mapping ? "map" : "seq", e);
      count(1, e);
      JsonNode node = mapping ? Origins.objectNode(NODES) : Origins.arrayNode(NODES, 4);
      long self = parent != null ? childPosition(parent, e) : position(e);
      boolean foreign = !strict();
      stack.push(new Frame(node, self, e.getAnchor(), nodes));
      stack.peek().foreign = foreign;
      if (mapping && parent == null && ctx.readsAheadRoot()) {
        stack.peek().readAhead = true;
        ahead.start();
      }
      if (mapping && stack.size() == 4 && parent.node.isArray()) { // an item of an array at /a/b
        Frame item = stack.peek();
        Iterator<Frame> outer = stack.iterator(); // the item, the array, then the objects that hold it
        outer.next();
        outer.next();
        item.list = outer.next().key;
        item.owner = outer.next().key;
        item.readAhead = ctx.readsAhead(item.owner, item.list);
        if (item.readAhead) {
          ahead.start();
        }
      }
      return true;
    }

    private void end() {
      Frame frame = stack.peek();
      if (frame.depthOfComplexKey > 0) {
        if (--frame.depthOfComplexKey == 0) {
          frame.key = ""; // the complex key is dropped, and so will be its value
          frame.depthOfComplexKey = -1;
        }
        return;
      }
      stack.pop();
      ctx.record(frame.node, frame.self, Arrays.copyOf(frame.positions, frame.n));
      if (frame.list != null) {
        ctx.completed((ObjectNode) frame.node, frame.owner, frame.list);
      }
      if (frame.readAhead) {
        ctx.readAhead((ObjectNode) frame.node, ahead.finish());
      }
      if (frame.anchor != null) {
        anchors.put(frame.anchor, frame.node);
        anchoredSizes.put(frame.node, nodes - frame.nodesAtStart + 1);
        anchoredHeights.put(frame.node, frame.height);
      }
      attach(frame.node, frame.self, frame.height);
    }

    private boolean scalar(ScalarEvent e) {
      Frame parent = stack.peek();
      if (parent != null && parent.depthOfComplexKey > 0) {
        return true;
      }
      if (parent != null && parent.node.isObject() && parent.key == null) {
        parent.key = ctx.member(key(e));
        parent.keyPosition = position(e);
        parent.keyIsMerge = e.isPlain() && MERGE_KEY.equals(parent.key);
        return true;
      }
      count(1, e);
      JsonNode value = typed(e);
      if (e.getAnchor() != null) {
        anchors.put(e.getAnchor(), value);
        anchoredSizes.put(value, 1L);
      }
      attach(value, parent != null ? childPosition(parent, e) : position(e), 0);
      return true;
    }

    private boolean alias(AliasEvent e) {
      JsonNode target = anchors.get(e.getAnchor());
      if (target == null) {
        report(LoadRules.SYNTAX, unknownAlias(e.getAnchor()), e);
        return false;
      }
      if (++aliases > ctx.limits.maxAliases()) {
        report(LoadRules.LIMIT, "The document uses more than " + ctx.limits.maxAliases() + " aliases", e);
        throw new ParseContext.Abort();
      }
      Frame parent = stack.peek();
      if (parent != null && parent.depthOfComplexKey > 0) {
        return true;
      }
      if (parent != null && parent.node.isObject() && parent.key == null) {
        if (target.isContainerNode() || !target.isTextual() && strict()) {
          report(LoadRules.YAML_KEY, "Keys are strings; the alias *" + e.getAnchor() + " names "
              + DescriptorLoader.withArticle(target), e);
        }
        if (target.isContainerNode()) { // dropped with its value, as a mapping or sequence written as a key
          parent.key = "";
          parent.depthOfComplexKey = -1;
          return true;
        }
        parent.key = ctx.member(target.asText());
        parent.keyPosition = position(e);
        parent.keyIsMerge = false;
        return true;
      }
      count(anchoredSizes.getOrDefault(target, 1L), e);
      int height = anchoredHeights.getOrDefault(target, 0);
      if (stack.size() + height > ctx.limits.maxDepth()) { // an alias of a deep node, itself inside one, and so on
        report(LoadRules.LIMIT, "The alias *" + e.getAnchor() + " nests mappings and sequences deeper than the limit"
            + " of " + ctx.limits.maxDepth() + " (YAML aliases count as copies)", e);
        throw new ParseContext.Abort();
      }
      long at = parent != null ? childPosition(parent, e) : position(e);
      attach(target.isContainerNode() ? relocated(target, at) : target, at, height);
      return true;
    }

    /** {@return why no node is named by {@code anchor}: it is not written before its alias, or the alias is inside it} */
    private String unknownAlias(String anchor) {
      boolean open = stack.stream().anyMatch(frame -> anchor.equals(frame.anchor));
      return open
          ? "The alias *" + anchor + " is inside the node its anchor &" + anchor + " names: a descriptor cannot hold a"
              + " node within itself"
          : "Unknown alias *" + anchor + ": no anchor &" + anchor + " is written before it";
    }

    /** A shallow copy of an anchored container, located at {@code position}, its children where they are written. */
    private JsonNode relocated(JsonNode target, long position) {
      JsonNode copy = target.isObject() ? Origins.objectNode(NODES).setAll((ObjectNode) target)
          : Origins.arrayNode(NODES, target.size()).addAll((ArrayNode) target);
      Origins.ContainerOrigin origin = ctx.origins.get(target);
      if (origin != null) {
        ctx.origins.put(copy, origin.at(position)); // same children in the same order
      }
      return copy;
    }

    /** The pointer of member {@code key} of the mapping on top of the stack, which is not reading another key. */
    private String pointerTo(String key) {
      return here() + "/" + Pointers.escape(key);
    }

    /** Attaches {@code value}, of {@code height} levels (0 for a scalar), to the node being read, or makes it root. */
    private void attach(JsonNode value, long position, int height) {
      if (ahead.active()) {
        ahead.add(value);
      }
      Frame parent = stack.peek();
      if (parent == null) {
        root = value;
        return;
      }
      // a merge key's mapping gives its entries, which sit at its own level
      parent.height = Math.max(parent.height, parent.keyIsMerge ? height : height + 1);
      if (parent.depthOfComplexKey < 0) { // the value of a dropped complex key
        parent.depthOfComplexKey = 0;
        parent.key = null;
        return;
      }
      if (parent.node.isObject()) {
        String key = parent.key;
        parent.key = null;
        if (parent.keyIsMerge) {
          parent.keyIsMerge = false;
          merge(parent, value);
          return;
        }
        ObjectNode object = (ObjectNode) parent.node;
        if (parent.merged != null && parent.merged.remove(key)) { // the mapping's own key replaces a merged one
          parent.positions[slot(object, key)] = position;
          object.set(key, value);
          return;
        }
        if (object.putIfAbsent(key, value) != null) {
          ctx.report(LoadRules.DUPLICATE_KEY, "Duplicate key '" + key + "'; the first one is kept",
              (int) (parent.keyPosition >>> 32), (int) parent.keyPosition, pointerTo(key));
          return;
        }
        grow(parent);
      } else {
        ((ArrayNode) parent.node).add(value);
        grow(parent);
      }
      parent.positions[parent.n++] = position;
    }

    /**
     * Adds to the mapping the entries of a merge key's mapping (or of each mapping of its sequence, earlier ones first)
     * that it does not have yet, each located where it is written.
     */
    private void merge(Frame parent, JsonNode value) {
      if (value.isObject()) {
        mergeOne(parent, value);
        return;
      }
      boolean mappings = value.isArray();
      for (JsonNode element : value) {
        mappings &= element.isObject();
      }
      if (!mappings) {
        ctx.report(LoadRules.SYNTAX, "The merge key << takes a mapping or a sequence of mappings (e.g. <<: *base)",
            (int) (parent.keyPosition >>> 32), (int) parent.keyPosition);
        return;
      }
      value.forEach(element -> mergeOne(parent, element));
    }

    private void mergeOne(Frame parent, JsonNode source) {
      ObjectNode object = (ObjectNode) parent.node;
      Origins.ContainerOrigin origin = ctx.origins.get(source);
      for (var it = source.fields(); it.hasNext(); ) {
        var entry = it.next();
        if (object.has(entry.getKey())) {
          continue;
        }
        object.set(entry.getKey(), entry.getValue());
        if (parent.merged == null) {
          parent.merged = new HashSet<>();
        }
        parent.merged.add(entry.getKey());
        grow(parent);
        SourceLocation at = origin == null ? null : origin.childLocation(source, entry.getKey());
        parent.positions[parent.n++] = at == null ? parent.keyPosition : Origins.pack(at.line(), at.column());
      }
    }

    /** The index of {@code key} among the mapping's fields. */
    private static int slot(ObjectNode object, String key) {
      int k = 0;
      for (var it = object.fieldNames(); it.hasNext(); k++) {
        if (it.next().equals(key)) {
          return k;
        }
      }
      throw new IllegalStateException("no field " + key);
    }

    private static void grow(Frame f) {
      if (f.n == f.positions.length) {
        f.positions = Arrays.copyOf(f.positions, f.n * 2);
      }
    }

    /** Where a child begins in its parent: its key for a mapping value, its own start in a sequence. */
    private static long childPosition(Frame parent, Event e) {
      return parent.node.isObject() ? parent.keyPosition : position(e);
    }

    private String key(ScalarEvent e) {
      String text = e.getValue();
      ctx.checked(text, Origins.pack(line(e.getStartMark()), column(e.getStartMark())), () -> pointerTo(text));
      if (strict() && e.isPlain() && e.getTag() == null) {
        JsonNode typed = YamlCoreSchema.resolve(text);
        if (typed != null && !typed.isTextual()) {
          report(LoadRules.YAML_KEY, "The key " + text + " is read as "
              + DescriptorLoader.withArticle(typed) + ", not a string", e, pointerTo(text));
        }
      }
      return text;
    }

    private JsonNode typed(ScalarEvent e) {
      String text = ctx.checked(e.getValue(), Origins.pack(line(e.getStartMark()), column(e.getStartMark())),
          this::here);
      String tag = e.getTag();
      if (tag != null && !e.getImplicit().canOmitTagInPlainScalar() && !"!".equals(tag)) {
        if (!tag.startsWith(TAG)) {
          checkTag(tag, "str", e);
          return TextNode.valueOf(text);
        }
        switch (tag.substring(TAG.length())) {
          case "str":
            return TextNode.valueOf(text);
          case "null":
            return NullNode.instance;
          case "bool":
            if (YamlCoreSchema.isBoolean(text)) {
              return YamlCoreSchema.resolve(text);
            }
            break;
          case "int":
          case "float":
            JsonNode number = YamlCoreSchema.resolve(text);
            if (number != null && number.isNumber()) {
              return number;
            }
            break;
          default:
            checkTag(tag, "str", e);
            return TextNode.valueOf(text);
        }
        report(LoadRules.YAML_TAG, "'" + text + "' is not a valid " + tag.substring(TAG.length()), e);
        return TextNode.valueOf(text);
      }
      if (!e.isPlain()) {
        return TextNode.valueOf(text);
      }
      if (YamlCoreSchema.isInfinityOrNaN(text)) {
        if (strict()) {
          report(LoadRules.YAML_TAG, text + " (infinity or NaN) has no JSON equivalent", e);
        }
        return TextNode.valueOf(text);
      }
      JsonNode resolved = YamlCoreSchema.resolve(text);
      return resolved != null ? resolved : TextNode.valueOf(text);
    }

    private void checkTag(String tag, String expected, NodeEvent e) {
      if (tag == null || "!".equals(tag) || tag.equals(TAG + expected) || !strict()) {
        return;
      }
      report(LoadRules.YAML_TAG, "The tag " + tag + " is not allowed; DPDS YAML uses only JSON-compatible values",
          e);
    }

    /**
     * {@return whether what comes next is read by the rules of a DPDS document} A Standard Definition's
     * {@code definition} written in place holds another spec's document (an OpenAPI {@code 200:} response, say), so
     * it is read as a foreign document is, as it would be from a file of its own.
     */
    private boolean strict() {
      Frame top = stack.peek();
      return ctx.strict && (top == null || !top.foreign && !(top.node.isObject() && DEFINITION.equals(top.key)));
    }

    private void count(long added, Event e) {
      nodes += added;
      if (nodes > ctx.limits.maxNodes()) {
        report(LoadRules.LIMIT, "The document expands to more than " + ctx.limits.maxNodes()
            + " nodes (YAML aliases count as copies)", e);
        throw new ParseContext.Abort();
      }
    }

    /** Reports a finding about the node the event is at; a limit is about the document. */
    private void report(io.dpds.report.Rule rule, String message, Event e) {
      report(rule, message, e, rule == LoadRules.LIMIT ? "" : here());
    }

    private void report(io.dpds.report.Rule rule, String message, Event e, String pointer) {
      ctx.report(rule, message, line(e.getStartMark()), column(e.getStartMark()), pointer);
    }

    /**
     * The pointer of the node being read: the keys and indices the frames are reading (an item's index is its
     * sequence's size, as it is added when read); a key being read is about its mapping.
     */
    private String here() {
      StringBuilder pointer = new StringBuilder();
      for (Iterator<Frame> frames = stack.descendingIterator(); frames.hasNext(); ) {
        Frame frame = frames.next();
        if (frame.node.isObject() && frame.key == null) {
          break; // reading a key of this mapping (the top frame)
        }
        pointer.append('/').append(frame.node.isObject() ? Pointers.escape(frame.key)
            : String.valueOf(frame.node.size()));
      }
      return pointer.toString();
    }

    private static long position(Event e) {
      return Origins.pack(line(e.getStartMark()), column(e.getStartMark()));
    }
  }
}
