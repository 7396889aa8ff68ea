package io.dpds.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads strict JSON (RFC 8259: no comments, no trailing commas) into a tree, recording the origin of every node and
 * reporting duplicate keys. Numbers keep their exact value: integers as int, long or big integer, other numbers as
 * big decimals. One instance per loader; thread-safe.
 */
final class JsonReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  /** The word Jackson's message names: see {@link #startOfWord}. */
  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^'\\r\\n]+)'");
  /** The setting of Jackson's a limit's message names ({@code , from `StreamReadConstraints.getMaxNameLength()`}). */
  private static final Pattern JACKSON_SETTING = Pattern.compile(", from `[^`]*`");
  /** A location Jackson quotes in a message: see {@link #withoutSource}. */
  private static final Pattern QUOTED_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

  private final JsonFactory factory;
  private final int maxDepth;
  private final boolean scans;

  JsonReader(Limits limits) {
    this(limits, true);
  }

  /** A reader; one that does not {@code scan} reads every document with Jackson's parser (to compare the two). */
  JsonReader(Limits limits, boolean scans) {
    this.maxDepth = limits.maxDepth();
    this.scans = scans;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxNumberLength(1_000)
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes()))
                    .build())
            .build();
  }

  /**
   * The tree, or null when the document is not well-formed (then {@code ctx} holds the error). {@link JsonScanner}
   * reads the document; when it declines, Jackson's parser reads it again from the start.
   */
  JsonNode read(byte[] bytes, ParseContext ctx) {
    if (scans) {
      ParseContext attempt = ctx.attempt();
      try {
        JsonScanner tokens = new JsonScanner(bytes, maxDepth);
        JsonNode root = tree(tokens, tokens.next(), attempt, bytes);
        if (tokens.next() == null) {
          ctx.adopt(attempt);
          return root;
        }
      } catch (IOException | RuntimeException e) { // JsonScanner.Declined, ParseContext.Abort, ...
        // read again by Jackson, whose diagnostics are reported
      }
    }
    return parsed(bytes, ctx);
  }

  private JsonNode parsed(byte[] bytes, ParseContext ctx) {
    try (JsonParser p = factory.createParser(bytes)) {
      try {
        return parsed(p, bytes, ctx);
      } catch (StreamConstraintsException e) { // a name too long has no location of its own: where the parser is
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        ctx.report(LoadRules.LIMIT, limitMessage(e), line(at), column(at, bytes));
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = startOfWord(e.getOriginalMessage(), e.getLocation(), bytes);
      SyntaxFinding explained = JsonSyntax.explain(withoutSource(e.getOriginalMessage()), bytes,
          at == null ? -1 : at.getByteOffset());
      ctx.report(LoadRules.SYNTAX, "Invalid JSON: " + explained.message(), explained.hint(), line(at),
          column(at, bytes));
    } catch (IOException e) {
      ctx.report(LoadRules.SYNTAX, "Invalid JSON: " + e.getMessage(), 1, 1);
    } catch (ParseContext.Abort e) {
      // already reported
    } catch (RuntimeException e) {
      ctx.report(LoadRules.SYNTAX, "The document cannot be read as JSON: " + e, 1, 1);
    }
    return null;
  }

  /** {@return the document {@code p} reads, or null with what is wrong reported} */
  private @Nullable JsonNode parsed(JsonParser p, byte[] bytes, ParseContext ctx) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      ctx.report(LoadRules.SYNTAX, "The document is empty", 1, 1);
      return null;
    }
    TokenPositions positions = new TokenPositions(p, bytes);
    ctx.origins.deferKeys(ctx.uri, positions.keys());
    JsonNode root = tree(new JacksonTokens(p, positions), first, ctx, bytes);
    if (p.nextToken() != null) {
      JsonLocation at = p.currentTokenLocation();
      ctx.report(LoadRules.SYNTAX, "Unexpected content after the end of the document", line(at),
          column(at, bytes));
      return null;
    }
    return root;
  }

  /** The tree of the document whose first token {@code tokens} has just read. */
  private static JsonNode tree(JsonTokens tokens, JsonToken first, ParseContext ctx, byte[] bytes)
      throws IOException {
    Scratch scratch = Scratch.take();
    Reading reading = new Reading(tokens, ctx, scratch, bytes);
    try {
      return reading.value(first, tokens.position());
    } finally {
      scratch.give(reading.deepest);
    }
  }

  private static String limitMessage(StreamConstraintsException e) {
    String m = JACKSON_SETTING.matcher(e.getOriginalMessage()).replaceAll(""); // Limits are the user's settings
    return m.contains("nesting depth")
        ? "The document nests objects and arrays deeper than the limit: " + m
        : "The document exceeds a reading limit: " + m;
  }

  /**
   * {@return Jackson's message with each location it quotes ({@code [Source: ...; line: 1, column: 44]}) as {@code line
   * 1, column 44}: the source is the document the finding is already located in}
   */
  private static String withoutSource(String message) {
    return QUOTED_LOCATION.matcher(message).replaceAll("line $1, column $2");
  }

  /**
   * {@return where the word that Jackson's {@code message} calls an unrecognized token starts ({@code tripStatus}
   * written without quotes, {@code True}), when it is written just before {@code at}; else {@code at}} Jackson locates
   * such a word after it, and after the character that ended it.
   */
  private static @Nullable JsonLocation startOfWord(String message, @Nullable JsonLocation at, byte[] bytes) {
    Matcher word = UNRECOGNIZED.matcher(message);
    if (at == null || !word.lookingAt() || at.getByteOffset() > bytes.length) {
      return at;
    }
    byte[] token = word.group(1).getBytes(StandardCharsets.UTF_8);
    long after = at.getByteOffset();
    for (long end = after; end >= after - 2; end--) { // the word ends at, or a character or two before, at
      long start = end - token.length;
      if (start >= 0 && Arrays.equals(bytes, (int) start, (int) end, token, 0, token.length)) {
        int back = (int) (after - start);
        return back < at.getColumnNr() ? new JsonLocation(at.contentReference(), start, -1, at.getLineNr(),
            at.getColumnNr() - back) : at; // on the same line
      }
    }
    return at;
  }

  private static int line(JsonLocation at) {
    return at == null ? 1 : at.getLineNr();
  }

  /** {@return the column of {@code at}, which Jackson counts in bytes, in characters ({@link CharacterColumns})} */
  private static int column(JsonLocation at, byte[] bytes) {
    if (at == null) {
      return 1;
    }
    long offset = at.getByteOffset();
    return offset < 0 || offset > bytes.length ? at.getColumnNr()
        : CharacterColumns.of(bytes, (int) offset, at.getColumnNr());
  }

  /**
   * Rows a reading works in, one per nesting depth, reused by every container at that depth: the children's positions,
   * an object's members (names and values alternating, and the names' hashes) until the object is complete, and the
   * name of the member being read (null in an array), which make the path of the value being read. Each thread keeps
   * one set for its readings, with no node left in it between them; a row that one document made large is not kept,
   * nor the rows of a document nested deeper than {@value #DEEPEST_KEPT}.
   */
  private static final class Scratch {
    private static final ThreadLocal<Scratch> KEPT = ThreadLocal.withInitial(Scratch::new);
    private static final int LARGEST_KEPT = 256;
    private static final int DEEPEST_KEPT = 64;

    private long[][] positions = new long[16][];
    private Object[][] members = new Object[16][];
    private int[][] hashes = new int[16][];
    private String[] names = new String[16];
    private boolean inUse; // by a reading of this thread, when these are the thread's rows

    /** {@return this thread's rows, or rows of its own for a reading within a reading} */
    static Scratch take() {
      Scratch kept = KEPT.get();
      if (kept.inUse) {
        return new Scratch();
      }
      kept.inUse = true;
      return kept;
    }

    /** Hands the rows back, used down to depth {@code deepest}: empties them of nodes, drops those grown large. */
    void give(int deepest) {
      if (!inUse) {
        return; // rows of a reading within a reading: not kept
      }
      inUse = false;
      if (members.length > DEEPEST_KEPT) {
        positions = new long[16][];
        members = new Object[16][];
        hashes = new int[16][];
        names = new String[16];
        return;
      }
      for (int depth = 1; depth <= deepest; depth++) {
        if (members[depth].length > LARGEST_KEPT || positions[depth].length > LARGEST_KEPT) {
          positions[depth] = null; // made again at their first size when a reading needs them
          members[depth] = null;
          hashes[depth] = null;
        } else {
          Arrays.fill(members[depth], null);
        }
      }
    }
  }

  /** One pass over one document. */
  private static final class Reading {
    /** The depth of a port's object, {@code /interfaceComponents/outputPorts/0}: the root object is at depth 1. */
    private static final int PORT_DEPTH = 4;

    private final JsonTokens tokens;
    private final ParseContext ctx;
    private final Scratch scratch;
    private final byte[] bytes;
    private long nodes;
    private int depth;
    // the scratch's rows (see Scratch), written back when one grows: what a row keeps from an earlier object of the
    // document is overwritten, not cleared
    private long[][] positions;
    private Object[][] members;
    private int[][] hashes;
    private String[] names;
    private int deepest; // the deepest depth entered so far
    private final AheadNodes ahead = new AheadNodes();

    Reading(JsonTokens tokens, ParseContext ctx, Scratch scratch, byte[] bytes) {
      this.bytes = bytes;
      this.tokens = tokens;
      this.ctx = ctx;
      this.scratch = scratch;
      this.positions = scratch.positions;
      this.members = scratch.members;
      this.hashes = scratch.hashes;
      this.names = scratch.names;
    }

    JsonNode value(JsonToken token, long self) throws IOException {
      if (++nodes > ctx.limits.maxNodes()) {
        ctx.report(LoadRules.LIMIT, "The document has more than " + ctx.limits.maxNodes() + " nodes", self);
        throw new ParseContext.Abort();
      }
      JsonNode node = switch (token) {
        case START_OBJECT -> object(self);
        case START_ARRAY -> array(self);
        case VALUE_STRING -> TextNode.valueOf(checked(tokens.text(), self));
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> tokens.number();
        case VALUE_TRUE -> BooleanNode.TRUE;
        case VALUE_FALSE -> BooleanNode.FALSE;
        case VALUE_NULL -> NullNode.instance;
        default -> throw new IllegalStateException("unexpected token " + token);
      };
      if (ahead.active()) {
        ahead.add(node);
      }
      return node;
    }

    /** {@code text}, checked for lone surrogates ({@link ParseContext#checked}) as the node at {@link #pointer}. */
    private String checked(String text, long position) {
      return tokens.mayHoldSurrogates() ? ctx.checked(text, position, this::pointer) : text;
    }

    /** The pointer of the member or item being read at this depth: the names and indices being read above it. */
    private String pointer() {
      StringBuilder pointer = new StringBuilder();
      for (int d = 1; d <= depth; d++) {
        pointer.append('/').append(names[d] != null ? Pointers.escape(names[d])
            : String.valueOf(((ArrayNode) members[d][0]).size()));
      }
      return pointer.toString();
    }

    private void enter() {
      if (++depth == positions.length) {
        positions = scratch.positions = Arrays.copyOf(positions, depth * 2);
        members = scratch.members = Arrays.copyOf(members, depth * 2);
        hashes = scratch.hashes = Arrays.copyOf(hashes, depth * 2);
        names = scratch.names = Arrays.copyOf(names, depth * 2);
      }
      deepest = Math.max(deepest, depth);
      if (positions[depth] == null) {
        positions[depth] = new long[16];
        members[depth] = new Object[2 * MemberMap.ARRAYS];
        hashes[depth] = new int[MemberMap.ARRAYS];
      }
    }

    private void grow() {
      positions[depth] = Arrays.copyOf(positions[depth], positions[depth].length * 2);
    }

    /** Whether {@code name} is among the first {@code n} members read into the scratch rows of this depth. */
    private boolean readAlready(String name, int hash, int n) {
      for (int i = 0; i < n; i++) {
        if (hashes[depth][i] == hash && name.equals(members[depth][2 * i])) {
          return true;
        }
      }
      return false;
    }

    /**
     * Reads an object's members into the scratch rows of its depth and builds the node once they are all known, so
     * its member arrays are made at their size. A duplicate key is found among the hashes read so far, or in a set
     * once the object has more members than a member map keeps in arrays. When the load keeps sources, the node keeps
     * its bytes, from its opening brace to its closing one.
     */
    private ObjectNode object(long self) throws IOException {
      int start = ctx.options.keepSources() ? tokens.offset() : -1;
      enter();
      boolean item = depth == PORT_DEPTH && names[PORT_DEPTH - 1] == null; // an item of an array at /a/b
      boolean readAhead = item ? ctx.readsAhead(names[1], names[2]) : depth == 1 && ctx.readsAheadRoot();
      if (readAhead) {
        ahead.start();
      }
      Set<String> many = null; // the names, once there are more than MemberMap.ARRAYS
      long keyBits = 0; // MemberMap.bit of each name read: a name whose bit is clear is not read already
      int n = 0;
      while (tokens.next() == JsonToken.FIELD_NAME) {
        long keyPosition = tokens.position();
        String name = ctx.member(tokens.name());
        names[depth] = name;
        checked(name, keyPosition); // as the member it names
        JsonNode value = value(tokens.next(), keyPosition);
        int hash = name.hashCode();
        long bit = MemberMap.bit(hash);
        if (many != null ? !many.add(name) : (keyBits & bit) != 0 && readAlready(name, hash, n)) {
          ctx.report(LoadRules.DUPLICATE_KEY, "Duplicate key '" + name + "'; the first one is kept", keyPosition,
              pointer());
          continue;
        }
        if (n == hashes[depth].length) {
          members[depth] = Arrays.copyOf(members[depth], n * 4);
          hashes[depth] = Arrays.copyOf(hashes[depth], n * 2);
        }
        if (n == positions[depth].length) {
          grow();
        }
        members[depth][2 * n] = name;
        members[depth][2 * n + 1] = value;
        hashes[depth][n] = hash;
        keyBits |= bit;
        positions[depth][n++] = keyPosition;
        if (n == MemberMap.ARRAYS + 1) {
          many = new HashSet<>();
          for (int i = 0; i < n; i++) {
            many.add((String) members[depth][2 * i]);
          }
        }
      }
      MemberMap read = MemberMap.of(members[depth], n, keyBits);
      int close = start < 0 ? -1 : tokens.offset(); // of the closing brace
      ObjectNode node = close > start
          ? Origins.objectNode(NODES, read, bytes, start, close + 1) : Origins.objectNode(NODES, read);
      ctx.record(node, self, Arrays.copyOf(positions[depth], n));
      if (item) {
        ctx.completed(node, names[1], names[2]);
      }
      if (readAhead) {
        ctx.readAhead(node, ahead.finish());
      }
      depth--;
      return node;
    }

    private ArrayNode array(long self) throws IOException {
      ArrayNode node = Origins.arrayNode(NODES, 4);
      enter();
      names[depth] = null;
      members[depth][0] = node; // an array's row holds the array: its size is the index of the item being read
      int n = 0;
      JsonToken t;
      while ((t = tokens.next()) != JsonToken.END_ARRAY) {
        long position = tokens.position();
        node.add(value(t, position));
        if (n == positions[depth].length) {
          grow();
        }
        positions[depth][n++] = position;
      }
      ctx.record(node, self, Arrays.copyOf(positions[depth], n));
      depth--;
      return node;
    }
  }
}
