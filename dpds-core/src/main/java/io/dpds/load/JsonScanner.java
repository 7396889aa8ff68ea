package io.dpds.load;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads the tokens of a well-formed JSON document (RFC 8259, UTF-8) straight from its bytes, which costs less than
 * Jackson's parser, for {@link JsonReader}. It reads only what it reads exactly as Jackson's parser does, and declines
 * anything else by throwing {@link Declined}, every mistake included: {@link JsonReader} then reads the document again
 * with Jackson, whose diagnostics are the ones reported. It declines an empty document, one with anything after its
 * value, a byte order mark, bytes that are not UTF-8 (overlong forms and encoded surrogates included), a control
 * character in a string, an escape JSON does not define, a number outside JSON's grammar or longer than {@value
 * #LONGEST_NUMBER} characters, a name longer than {@value #LONGEST_NAME} bytes as written, and nesting as deep as
 * the limit. What it reads is what Jackson reads: the same tokens, texts and numbers, lines ending at LF, CR or CRLF,
 * and names interned; columns are counted in characters from 1, where Jackson counts bytes ({@link CharacterColumns}
 * says why). One per document; not thread-safe.
 */
final class JsonScanner implements JsonTokens {

  /** The longest number read: a longer one, rare in a descriptor, is left to Jackson and its limit. */
  static final int LONGEST_NUMBER = 100;

  /**
   * The longest name read, in bytes as written: Jackson's parser refuses, from version 2.16 on, a name longer in bytes
   * than its default limit, this, and a longer one is left to it (escapes make some names shorter than written: those
   * Jackson reads, as it would have, and so does a version before 2.16 any name). The constant is not read from
   * Jackson, whose older versions, which a host may bring, do not have it.
   */
  static final int LONGEST_NAME = 50_000;

  /** Thrown at the first byte the scanner does not read; carries nothing. */
  static final class Declined extends RuntimeException {
    private Declined() {
      super(null, null, false, false);
    }
  }

  private static final Declined DECLINED = new Declined();
  /** Reads eight bytes of a byte array as a long, the first in its lowest bits. */
  static final VarHandle EIGHT_BYTES = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long SPACES = 0x20 * ONES;
  private static final long QUOTES = '"' * ONES;
  private static final long BACKSLASHES = '\\' * ONES;
  private static final long HIGH_BITS = 0x80 * ONES;
  private static final int[] SHORTEST = {0, 0, 0x80, 0x800, 0x1_0000}; // the least code point of a UTF-8 length
  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  private final byte[] bytes;
  private final int maxDepth;
  private final NameTable names = NameTable.KEPT.get();
  private int next; // the offset of the next byte to read
  private int line = 1;
  private int lineStart; // the offset of the first byte of the line being read
  private int lineExtra; // the bytes of that line, before the next byte, that are not the first of a character
  private int start; // the offset of the current token's first byte
  private int startLine;
  private int startLineStart;
  private int startLineExtra;
  private boolean[] objects = new boolean[16]; // per depth, whether the container there is an object
  private int depth;
  private boolean afterValue; // a value of the current container (or the document) is complete
  private boolean afterName; // a name and its colon are read: its value comes next
  private String string = "";
  private boolean surrogates; // whether the string holds a UTF-16 surrogate
  private JsonNode number = IntNode.valueOf(0);
  private char[] chars = new char[0]; // where strings with escapes or beyond ASCII are decoded

  /** Reads {@code bytes}, declining nesting of {@code maxDepth} or deeper. */
  JsonScanner(byte[] bytes, int maxDepth) {
    this.bytes = bytes;
    this.maxDepth = maxDepth;
  }

  @Override
  public JsonToken next() {
    int c = skipBlanks();
    if (afterName) {
      afterName = false;
      return value(c);
    }
    if (depth == 0) {
      if (!afterValue) {
        return value(c);
      }
      if (c >= 0) {
        throw DECLINED; // content after the document's value
      }
      return null;
    }
    boolean object = objects[depth];
    if (c == (object ? '}' : ']')) {
      mark();
      next++;
      depth--;
      afterValue = true;
      return object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }
    if (afterValue) {
      if (c != ',') {
        throw DECLINED;
      }
      next++;
      c = skipBlanks();
    }
    return object ? name(c) : value(c);
  }

  @Override
  public String name() {
    return string;
  }

  @Override
  public String text() {
    return string;
  }

  @Override
  public boolean mayHoldSurrogates() {
    return surrogates;
  }

  @Override
  public JsonNode number() {
    return number;
  }

  @Override
  public long position() {
    return Origins.pack(startLine, start - startLineStart - startLineExtra + 1); // in characters
  }

  @Override
  public int offset() {
    return start;
  }

  private void mark() {
    start = next;
    startLine = line;
    startLineStart = lineStart;
    startLineExtra = lineExtra;
  }

  /**
   * {@return the next byte that is not JSON whitespace, unsigned, without reading it; -1 at the end} Runs of spaces,
   * the indentation of most documents, are read eight bytes at a time; a single space first.
   */
  private int skipBlanks() {
    byte[] b = bytes;
    int i = next;
    if (i + 1 < b.length && b[i] == ' ' && b[i + 1] > ' ') { // between a colon and a value, or a name and a colon
      next = i + 1;
      return b[i + 1];
    }
    while (i < b.length) {
      int c = b[i];
      if (c > ' ') {
        next = i;
        return c;
      }
      if (c == ' ') {
        if (i + Long.BYTES > b.length) {
          i++;
        } else {
          long others = (long) EIGHT_BYTES.get(b, i) ^ SPACES; // a zero byte for each space
          i += others == 0 ? Long.BYTES : Long.numberOfTrailingZeros(others) >>> 3;
        }
        continue;
      }
      i++;
      if (c == '\n') {
        line++;
        lineStart = i;
        lineExtra = 0;
      } else if (c == '\r') {
        if (i < b.length && b[i] == '\n') {
          i++;
        }
        line++;
        lineStart = i;
        lineExtra = 0;
      } else if (c != '\t') {
        next = i - 1;
        return c & 0xff;
      }
    }
    next = i;
    return -1;
  }

  private JsonToken name(int c) {
    if (c != '"') {
      throw DECLINED;
    }
    mark();
    string = string(++next, true);
    if (skipBlanks() != ':') {
      throw DECLINED;
    }
    next++;
    afterName = true;
    return JsonToken.FIELD_NAME;
  }

  private JsonToken value(int c) {
    mark();
    afterValue = true;
    switch (c) {
      case '{' -> {
        open(true);
        return JsonToken.START_OBJECT;
      }
      case '[' -> {
        open(false);
        return JsonToken.START_ARRAY;
      }
      case '"' -> {
        string = string(++next, false);
        return JsonToken.VALUE_STRING;
      }
      case 't' -> {
        return literal(TRUE, JsonToken.VALUE_TRUE);
      }
      case 'f' -> {
        return literal(FALSE, JsonToken.VALUE_FALSE);
      }
      case 'n' -> {
        return literal(NULL, JsonToken.VALUE_NULL);
      }
      default -> {
        if (c == '-' || c >= '0' && c <= '9') {
          return readNumber();
        }
        throw DECLINED;
      }
    }
  }

  private void open(boolean object) {
    if (++depth >= maxDepth) {
      throw DECLINED;
    }
    if (depth == objects.length) {
      objects = Arrays.copyOf(objects, depth * 2);
    }
    objects[depth] = object;
    afterValue = false;
    next++;
  }

  private JsonToken literal(byte[] word, JsonToken token) {
    int end = next + word.length;
    if (end > bytes.length || !Arrays.equals(bytes, next, end, word, 0, word.length)) {
      throw DECLINED;
    }
    next = end;
    return token;
  }

  /** Reads a number: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
  private JsonToken readNumber() {
    byte[] b = bytes;
    int from = next;
    int i = b[from] == '-' ? from + 1 : from;
    int digits = i;
    if (i < b.length && b[i] == '0') {
      i++;
    } else {
      i = digits(i);
      if (i == digits) {
        throw DECLINED;
      }
    }
    int integerEnd = i;
    if (i < b.length && b[i] == '.') {
      int fraction = ++i;
      i = digits(i);
      if (i == fraction) {
        throw DECLINED;
      }
    }
    if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < b.length && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int exponent = i;
      i = digits(i);
      if (i == exponent) {
        throw DECLINED;
      }
    }
    if (i - from > LONGEST_NUMBER) {
      throw DECLINED;
    }
    next = i;
    boolean integer = i == integerEnd;
    if (integer && integerEnd - digits <= 18) {
      long value = 0;
      for (int k = digits; k < integerEnd; k++) {
        value = value * 10 + (b[k] - '0');
      }
      value = digits > from ? -value : value;
      number = value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
      return JsonToken.VALUE_NUMBER_INT;
    }
    String text = new String(b, from, i - from, ISO_8859_1);
    try {
      if (integer) {
        BigInteger value = new BigInteger(text);
        number = value.bitLength() < 64 ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
        return JsonToken.VALUE_NUMBER_INT;
      }
      number = DecimalNode.valueOf(new BigDecimal(text));
      return JsonToken.VALUE_NUMBER_FLOAT;
    } catch (NumberFormatException e) { // an exponent beyond an int's range
      throw DECLINED;
    }
  }

  private int digits(int i) {
    while (i < bytes.length && bytes[i] >= '0' && bytes[i] <= '9') {
      i++;
    }
    return i;
  }

  /**
   * Reads a string from {@code from}, just after its opening quote, to just after its closing one. A {@code name} is
   * interned; when all ASCII without escapes, found in this thread's {@link NameTable}; declined when longer than
   * {@link #LONGEST_NAME}.
   */
  private String string(int from, boolean name) {
    int i = plainUntil(from);
    if (i == bytes.length || bytes[i] != '"') {
      String decoded = decoded(from, i);
      if (!name) {
        return decoded;
      }
      nameWritten(from, next - 1);
      return decoded.intern();
    }
    next = i + 1;
    surrogates = false;
    if (!name) {
      return new String(bytes, from, i - from, ISO_8859_1);
    }
    nameWritten(from, i);
    return names.of(bytes, from, i);
  }

  /** Declines a name written from {@code from} to {@code to} (excluded) longer than {@link #LONGEST_NAME}. */
  private static void nameWritten(int from, int to) {
    if (to - from > LONGEST_NAME) {
      throw DECLINED;
    }
  }

  /**
   * {@return the offset of the first byte from {@code i} on that a string does not hold as it is: a quote, a backslash,
   * a control character or a byte beyond ASCII; the length of the document when there is none} Eight bytes at a time.
   */
  private int plainUntil(int i) {
    byte[] b = bytes;
    for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
      long x = (long) EIGHT_BYTES.get(b, i);
      long found = (x - SPACES | x | zeroBytes(x ^ QUOTES) | zeroBytes(x ^ BACKSLASHES)) & HIGH_BITS;
      if (found != 0) { // its lowest flag is exact: a borrow only moves a flag to a later byte
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    while (i < b.length && b[i] >= ' ' && b[i] != '"' && b[i] != '\\') {
      i++;
    }
    return i;
  }

  /** {@return {@code x} with the high bit of each zero byte set, from the first zero byte on exact} */
  private static long zeroBytes(long x) {
    return x - ONES & ~x;
  }

  /**
   * Reads a string from {@code from} whose bytes are ASCII without escapes until {@code i}, decoding escapes and UTF-8
   * from there.
   */
  private String decoded(int from, int i) {
    byte[] b = bytes;
    boolean anySurrogate = false;
    int n = 0;
    for (int k = from; k < i; k++) {
      put(n++, (char) b[k]);
    }
    while (i < b.length) {
      int c = b[i++];
      if (c == '"') {
        next = i;
        surrogates = anySurrogate;
        return new String(chars, 0, n);
      }
      if (c == '\\') {
        c = escaped(i);
        i += c > 0xffff ? 5 : 1;
        anySurrogate |= Character.isSurrogate((char) c);
        put(n++, (char) c);
      } else if (c >= ' ') {
        put(n++, (char) c);
      } else if (c < 0) {
        int length = utf8Length(c & 0xff);
        int point = codePoint(i - 1, length);
        i += length - 1;
        lineExtra += length - 1; // a string holds no line break: these bytes are on the line being read
        if (point > 0xffff) {
          anySurrogate = true;
          put(n++, Character.highSurrogate(point));
          put(n++, Character.lowSurrogate(point));
        } else {
          put(n++, (char) point);
        }
      } else {
        throw DECLINED; // a control character
      }
    }
    throw DECLINED;
  }

  private void put(int at, char c) {
    if (at == chars.length) {
      chars = Arrays.copyOf(chars, Math.max(64, at * 2));
    }
    chars[at] = c;
  }

  /**
   * {@return the character escaped by the backslash before {@code i}: its value, plus 0x10000 when the escape is a
   * {@code u} and the four hexadecimal digits of its value}
   */
  private int escaped(int i) {
    if (i >= bytes.length) {
      throw DECLINED;
    }
    return switch (bytes[i]) {
      case '"' -> '"';
      case '\\' -> '\\';
      case '/' -> '/';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> 0x10000 + hex(i + 1);
      default -> throw DECLINED;
    };
  }

  private int hex(int i) {
    if (i + 4 > bytes.length) {
      throw DECLINED;
    }
    int value = 0;
    for (int k = i; k < i + 4; k++) {
      int digit = Character.digit(bytes[k], 16);
      if (digit < 0) {
        throw DECLINED;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** {@return the length of the UTF-8 sequence led by {@code lead}} Declines a byte that leads none. */
  private static int utf8Length(int lead) {
    if (lead >= 0xc2 && lead <= 0xdf) {
      return 2;
    }
    if (lead >= 0xe0 && lead <= 0xef) {
      return 3;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
      return 4;
    }
    throw DECLINED;
  }

  /** {@return the code point of the {@code length} bytes from {@code i}} Declines any form Unicode forbids. */
  private int codePoint(int i, int length) {
    if (i + length > bytes.length) {
      throw DECLINED;
    }
    int lead = bytes[i] & 0xff;
    int point = lead & (0xff >> (length + 1));
    for (int k = i + 1; k < i + length; k++) {
      int c = bytes[k] & 0xff;
      if ((c & 0xc0) != 0x80) {
        throw DECLINED;
      }
      point = point << 6 | c & 0x3f;
    }
    if (point < SHORTEST[length] || point > Character.MAX_CODE_POINT
        || point >= Character.MIN_SURROGATE && point <= Character.MAX_SURROGATE) {
      throw DECLINED;
    }
    return point;
  }
}
