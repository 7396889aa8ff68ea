package io.dpds.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the current token of a JSON parser over {@code bytes} starts, exactly as {@link
 * JsonParser#currentTokenLocation()} says, without building a location per token: its line, and its column, which
 * the parser counts in bytes, counted in characters ({@link CharacterColumns}). A value's
 * position is read from the parser's token counters. A key's is kept deferred: Jackson has already moved its counters
 * to the key's value, so the value's line and byte offset are kept ({@link Origins#deferredKey}) and {@link
 * KeyPositions} reads the key back from there when its location is asked for. The shift between the counters and the parser's locations
 * is taken from the first token, and the first {@value #CHECKED} keys and values are compared with the parser's own
 * locations: at the first difference, or for a parser of another kind, every position is the parser's own. Once
 * {@value #TRUSTED} positions have agreed for one class of parser in this JVM, documents read by that class are no
 * longer compared (only calibrated on their first token).
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
  private final KeyPositions keys;
  private final CharacterColumns columns;
  private final int length;
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
    this(parser, new KeyPositions(bytes), bytes, AGREED.get(parser.getClass()));
  }

  /** As {@link #TokenPositions(JsonParser, byte[])}, reading keys back with {@code keys}, counting in {@code agreed}. */
  TokenPositions(JsonParser parser, KeyPositions keys, byte[] bytes, AtomicInteger agreed) {
    this.parser = parser;
    this.keys = keys;
    this.columns = new CharacterColumns(bytes);
    this.length = bytes.length;
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

  /** {@return the reader of the document's keys, for {@link Origins#deferKeys}} */
  KeyPositions keys() {
    return keys;
  }

  /**
   * {@return where the current token starts: packed by {@link Origins#pack}, or for a key deferred ({@link
   * Origins#deferredKey}), to be read by {@link #resolve}}
   */
  long current() {
    if (!fast) {
      return exact();
    }
    long position = parser.currentToken() == JsonToken.FIELD_NAME ? key() : value();
    if (position == -1) {
      return exact();
    }
    if (checked < CHECKED) {
      checked++;
      long exact = exact();
      if (exact != resolve(position)) {
        fast = false;
        return exact;
      }
      agreed.incrementAndGet();
    }
    return position;
  }

  /** {@return {@code position} packed by {@link Origins#pack}, a deferred key read back} */
  long resolve(long position) {
    return Origins.isDeferred(position) ? Origins.resolve(keys, position) : position;
  }

  /** {@return the offset of the current token's first byte in the document, or -1 when the parser does not say} */
  int offset() {
    if (base == null) {
      return -1;
    }
    long offset = base.getTokenCharacterOffset() + offsetShift;
    return offset < 0 || offset >= length ? -1 : (int) offset;
  }

  /** {@return whether positions are still read without the parser's locations} */
  boolean fast() {
    return fast;
  }

  private long exact() {
    JsonLocation at = parser.currentTokenLocation();
    long offset = at.getByteOffset();
    int column = Math.max(1, at.getColumnNr());
    return Origins.pack(Math.max(1, at.getLineNr()), offset > Integer.MAX_VALUE ? column : columns.column((int) offset,
        column));
  }

  private long value() {
    long line = base.getTokenLineNr() + lineShift;
    long column = base.getTokenColumnNr() + columnShift;
    return line < 1 || column < 1 || line > Integer.MAX_VALUE || column > Integer.MAX_VALUE
        ? -1 : Origins.pack((int) line, columns.column(offset(), (int) column));
  }

  /** The key's value's line and offset, deferred; -1 when they are out of range. */
  private long key() {
    long line = base.getTokenLineNr() + lineShift;
    long valueOffset = base.getTokenCharacterOffset() + offsetShift;
    return line < 1 || line > Integer.MAX_VALUE || valueOffset <= 0 || valueOffset > length
        ? -1 : Origins.deferredKey((int) line, (int) valueOffset);
  }
}
