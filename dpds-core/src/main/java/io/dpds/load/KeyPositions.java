package io.dpds.load;

/**
 * Where the keys of one JSON document start, found when a location is first asked for. While a document is parsed, a
 * key is kept as its value's line and byte offset ({@link Origins#deferredKey}), which the parser gives for free; here
 * the key is read back from there, over the colon, to its opening quote. Lines and columns are counted as Jackson's
 * byte parser counts them: a line ends at LF, CR or CRLF (JSON allows them only between tokens), and a column is the
 * byte's index in its line from 1 (a byte order mark counts in the first line). Immutable.
 */
final class KeyPositions {

  private final byte[] bytes;

  KeyPositions(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * {@return the packed position ({@link Origins#pack}) of the key whose value starts at byte {@code valueOffset} of
   * line {@code valueLine}; the value's own line and the column of its offset when the bytes before it are not a key}
   */
  long keyBefore(int valueLine, int valueOffset) {
    int offset = Math.min(Math.max(valueOffset, 0), bytes.length);
    int line = valueLine;
    int i = offset - 1;
    int breaks = 0;
    for (int pass = 0; pass < 2 && i >= 0; pass++) { // blanks, then ':'; blanks, then the closing quote
      while (i >= 0 && isBlank(bytes[i])) {
        breaks += isBreak(i) ? 1 : 0;
        i--;
      }
      if (i < 0 || bytes[i] != (pass == 0 ? ':' : '"')) {
        i = -1;
      } else if (pass == 0) {
        i--;
      }
    }
    int opening = i < 0 ? -1 : openingQuote(i);
    if (opening >= 0) {
      offset = opening;
      line -= breaks;
    }
    return Origins.pack(Math.max(1, line), offset - lineStart(offset) + 1);
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** Whether the byte at {@code i} ends a line: an LF, or a CR not followed by an LF. */
  private boolean isBreak(int i) {
    return bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n');
  }

  /** The quote that opens the string closed at {@code close}: the first quote before it that no backslash escapes. */
  private int openingQuote(int close) {
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

  /** The offset where the line holding {@code offset} starts. */
  private int lineStart(int offset) {
    int i = offset - 1;
    while (i >= 0 && bytes[i] != '\n' && bytes[i] != '\r') {
      i--;
    }
    return i + 1;
  }
}
