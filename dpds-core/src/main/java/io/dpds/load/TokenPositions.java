package io.dpds.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the current token of a JSON parser over {@code bytes} starts, exactly as {@link
 * JsonParser#currentTokenLocation()} says (line, and column in bytes), without building a location per token. A value's
 * position is read from the parser's token counters; a key's (Jackson has already moved them to its value) is found
 * by reading back from its value over the colon to the key's opening quote, when both are on one line. The shift
 * between the counters and the parser's locations is taken from the first token, and the first {@value #CHECKED} keys
 * and values are compared with the parser's own locations: at the first difference, or for a parser of another kind,
 * every position is the parser's own. Once {@value #TRUSTED} positions have agreed for one class of parser in this
 * JVM, documents read by that class are no longer compared (only calibrated on their first token).
 */
final class TokenPositions {

  static final int CHECKED = 64;
  static final int TRUSTED = 4_096;

  /** The positions that have agreed with the parser's own, per class of parser. */
  private static final ClassValue<AtomicInteger> AGREED = new ClassValue<>() {
    @Override
    protected AtomicInteger computeValue(Class<?> type) {
      return new AtomicInteger();
    }
  };

  private final JsonParser parser;
  private final byte[] bytes;
  private final ParserBase base;
  private final AtomicInteger agreed;
  private boolean fast;
  private int checked;
  private long lineShift;
  private long columnShift;
  private long offsetShift;

  /**
   * Calibrates on the parser's current token, the document's first.
   *
   * @param parser a parser over {@code bytes}, from their first byte, on its first token
   * @param bytes the document
   */
  TokenPositions(JsonParser parser, byte[] bytes) {
    this(parser, bytes, AGREED.get(parser.getClass()));
  }

  /** As {@link #TokenPositions(JsonParser, byte[])}, counting agreements in {@code agreed}. */
  TokenPositions(JsonParser parser, byte[] bytes, AtomicInteger agreed) {
    this.parser = parser;
    this.bytes = bytes;
    this.base = parser instanceof ParserBase b ? b : null;
    this.agreed = agreed;
    this.checked = agreed.get() >= TRUSTED ? CHECKED : 0;
    JsonLocation at = parser.currentTokenLocation();
    if (base != null && parser.currentToken() != JsonToken.FIELD_NAME && at.getByteOffset() >= 0) {
      lineShift = at.getLineNr() - base.getTokenLineNr();
      columnShift = at.getColumnNr() - base.getTokenColumnNr();
      offsetShift = at.getByteOffset() - base.getTokenCharacterOffset();
      fast = true;
    }
  }

  /** {@return where the current token starts, packed by {@link Origins#pack}: a key's own position, not its value's} */
  long current() {
    if (!fast) {
      return exact();
    }
    long position = parser.currentToken() == JsonToken.FIELD_NAME ? key() : value();
    if (checked < CHECKED && position >= 0) {
      checked++;
      long exact = exact();
      if (exact != position) {
        fast = false;
        return exact;
      }
      agreed.incrementAndGet();
    }
    return position >= 0 ? position : exact();
  }

  /** {@return whether positions are still read without the parser's locations} */
  boolean fast() {
    return fast;
  }

  private long exact() {
    JsonLocation at = parser.currentTokenLocation();
    return Origins.pack(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private long value() {
    return pack(base.getTokenLineNr() + lineShift, base.getTokenColumnNr() + columnShift);
  }

  /** The key's position from its value's, or -1 when they are not on one line (or the bytes are not as expected). */
  private long key() {
    long valueOffset = base.getTokenCharacterOffset() + offsetShift;
    if (valueOffset <= 0 || valueOffset > bytes.length) {
      return -1;
    }
    int i = skipBlanks((int) valueOffset - 1);
    if (i < 0 || bytes[i] != ':') {
      return -1;
    }
    i = skipBlanks(i - 1);
    if (i < 0 || bytes[i] != '"') {
      return -1;
    }
    int quote = openingQuote(i);
    if (quote < 0) {
      return -1;
    }
    return pack(base.getTokenLineNr() + lineShift, base.getTokenColumnNr() + columnShift - (valueOffset - quote));
  }

  /** The first index at or before {@code i} that is not a space or tab; -1 at a line break or the start. */
  private int skipBlanks(int i) {
    while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\t')) {
      i--;
    }
    return i >= 0 && (bytes[i] == '\n' || bytes[i] == '\r') ? -1 : i;
  }

  /**
   * The index of the quote that opens the key whose closing quote is at {@code close}; -1 when there is none. A key
   * written as its text (no escapes, ASCII) is as many bytes as its name has characters: a quote there is the opening
   * one when the name holds no quote (every quote inside a string is escaped, and escapes only lengthen it).
   */
  private int openingQuote(int close) {
    String name;
    try {
      name = parser.currentName();
    } catch (java.io.IOException e) {
      name = null;
    }
    int guess = name == null ? -1 : close - name.length() - 1;
    if (guess >= 0 && bytes[guess] == '"' && name.indexOf('"') < 0) {
      return guess;
    }
    for (int i = close - 1; i >= 0; i--) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        return -1;
      }
      if (b == '"') {
        int slashes = 0;
        while (i - 1 - slashes >= 0 && bytes[i - 1 - slashes] == '\\') {
          slashes++;
        }
        if (slashes % 2 == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static long pack(long line, long column) {
    return line < 1 || column < 1 || line > Integer.MAX_VALUE || column > Integer.MAX_VALUE
        ? -1 : Origins.pack((int) line, (int) column);
  }
}
