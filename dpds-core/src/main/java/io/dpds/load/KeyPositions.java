package io.dpds.load;

import java.util.Arrays;

/**
 * Where the keys of one JSON document start, found when a location is first asked for. While a document is parsed,
 * a key is kept as the byte offset of its value ({@link Origins#deferredKey}), which the parser gives for free; here
 * the key is read back from there, over the colon, to its opening quote. Lines and columns are counted as Jackson's
 * byte parser counts them: a line ends at LF, CR or CRLF (JSON allows them only between tokens), a column is the
 * byte's index in its line from 1 (a byte order mark counts in the first line, as Jackson counts it). Thread-safe.
 */
final class KeyPositions {

  private final byte[] bytes;
  private volatile int[] lineStarts; // the offset where each line starts, built on first use

  KeyPositions(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * {@return the packed position ({@link Origins#pack}) of the key whose value starts at byte {@code valueOffset}; the
   * value's own position when the bytes before it are not a key}
   */
  long keyBefore(int valueOffset) {
    valueOffset = Math.min(Math.max(valueOffset, 0), bytes.length);
    int quote = closingQuote(valueOffset);
    int opening = quote < 0 ? -1 : openingQuote(quote);
    return position(opening >= 0 ? opening : valueOffset);
  }

  /** The offset of the quote that closes the key before {@code valueOffset}, or -1. */
  private int closingQuote(int valueOffset) {
    int i = blanksBefore(valueOffset - 1);
    if (i < 0 || bytes[i] != ':') {
      return -1;
    }
    i = blanksBefore(i - 1);
    return i >= 0 && bytes[i] == '"' ? i : -1;
  }

  /** The first index at or before {@code i} that is not JSON whitespace; -1 at the start. */
  private int blanksBefore(int i) {
    while (i >= 0 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
      i--;
    }
    return i;
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

  private long position(int offset) {
    int[] starts = lineStarts();
    int low = 0;
    int high = starts.length - 1;
    while (low < high) { // the last line that starts at or before offset
      int mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return Origins.pack(low + 1, Math.max(1, offset - starts[low] + 1));
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts != null) {
      return starts;
    }
    int n = 1;
    int[] found = new int[16];
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = i + 1;
      }
    }
    starts = Arrays.copyOf(found, n);
    lineStarts = starts;
    return starts;
  }
}
