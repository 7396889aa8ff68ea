package io.dpds.load;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Where the keys of one JSON document start, found when a location is first asked for. While a document is parsed, a
 * key is kept as its value's line and byte offset ({@link Origins#deferredKey}), which the parser gives for free; here
 * the key is read back from there, over the colon, to its opening quote. Lines and columns are counted as Jackson's
 * byte parser counts them, a line ending at LF, CR or CRLF (JSON allows them only between tokens), and columns in
 * characters from 1 ({@link CharacterColumns}), where the parser counts bytes. The start of each line and the
 * characters before every {@value #BLOCK}th byte are counted once, when a key is first located, so that locating
 * many keys of one long line (a minified document) does not read the line again for each. Thread-safe.
 */
final class KeyPositions {

  private static final int BLOCK = 256;

  private final byte[] bytes;
  private volatile @Nullable Lines lines; // made when first needed; two threads may both make it, alike

  /** Where each line starts, and the characters before each block of {@value #BLOCK} bytes. */
  private record Lines(int[] starts, int[] characters) {}

  KeyPositions(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * {@return the packed position ({@link Origins#pack}) of the key whose value starts at byte {@code valueOffset} of
   * line {@code valueLine}; the value's own line and the column of its offset when the bytes before it are not a key}
   */
  long keyBefore(int valueLine, int valueOffset) {
    int offset = Math.min(Math.max(valueOffset, 0), bytes.length);
    int colon = skipBlanks(offset - 1);
    int close = colon >= 0 && bytes[colon] == ':' ? skipBlanks(colon - 1) : -1;
    int open = close >= 0 && bytes[close] == '"' ? openingQuote(close) : -1;
    if (open < 0) {
      return Origins.pack(Math.max(1, valueLine), column(offset));
    }
    return Origins.pack(Math.max(1, valueLine - breaks(open, offset)), column(open));
  }

  /** {@return the column, in characters from 1, of the byte at {@code offset}} */
  private int column(int offset) {
    Lines counted = lines();
    return charactersBefore(counted, offset) - charactersBefore(counted, lineStart(counted, offset)) + 1;
  }

  /** {@return the characters (bytes that start one) of {@code bytes[0, offset)}} */
  private int charactersBefore(Lines counted, int offset) {
    int block = offset / BLOCK;
    return counted.characters()[block] + CharacterColumns.count(bytes, block * BLOCK, offset);
  }

  /** {@return the offset where the line holding {@code offset} starts} */
  private static int lineStart(Lines counted, int offset) {
    int[] starts = counted.starts();
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) { // the last start at or before the offset
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return starts[lo];
  }

  private Lines lines() {
    Lines counted = lines;
    if (counted == null) {
      counted = count();
      lines = counted;
    }
    return counted;
  }

  /** Reads the document once: where each line starts (after a byte order mark) and its characters per block. */
  private Lines count() {
    int bom = CharacterColumns.bomLength(bytes);
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = bom;
    int[] characters = new int[bytes.length / BLOCK + 1];
    int seen = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (i % BLOCK == 0) {
        characters[i / BLOCK] = seen;
      }
      seen += i >= bom && CharacterColumns.startsCharacter(bytes[i]) ? 1 : 0; // as CharacterColumns#count counts
      if (CharacterColumns.endsLine(bytes, i)) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    if (bytes.length % BLOCK == 0) {
      characters[bytes.length / BLOCK] = seen;
    }
    return new Lines(Arrays.copyOf(starts, n), characters);
  }

  /** The first index at or before {@code i} that is not JSON whitespace; -1 at the start. */
  private int skipBlanks(int i) {
    while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
      i--;
    }
    return i;
  }

  /** The line breaks in {@code bytes[from..to)}. */
  private int breaks(int from, int to) {
    int breaks = 0;
    for (int i = from; i < to; i++) {
      breaks += CharacterColumns.endsLine(bytes, i) ? 1 : 0;
    }
    return breaks;
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
}
