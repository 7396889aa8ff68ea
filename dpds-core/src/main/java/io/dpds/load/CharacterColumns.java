package io.dpds.load;

/**
 * The column of a byte of a UTF-8 document counted in characters (Unicode code points) from 1, as a YAML document's
 * columns are and as editors show them, where Jackson's byte parser counts bytes: {@code "é"} is one column, not two,
 * and a byte order mark none. A line ends at LF, CR or CRLF. {@link #count} counts one stretch of a line; an instance
 * serves a parser's tokens, whose offsets mostly increase: a document that is all ASCII has the same columns either
 * way and is not read again, any other is counted on from the offset asked for last, so that it is read about once in
 * all. An instance is not thread-safe.
 */
final class CharacterColumns {

  private static final int BOM_LENGTH = 3;

  private final byte[] bytes;
  private final boolean ascii;
  private int counted; // the offset counted up to
  private int column; // the characters of its line before it

  /** The columns of {@code bytes}, which are read once here to find whether any is beyond ASCII. */
  CharacterColumns(byte[] bytes) {
    this.bytes = bytes;
    this.ascii = isAscii(bytes);
    this.counted = bomLength(bytes);
  }

  /**
   * {@return the column, in characters from 1, of the byte at {@code offset}, whose column counted in bytes is {@code
   * byteColumn}} An offset outside the document keeps its byte column.
   */
  int column(int offset, int byteColumn) {
    if (ascii || offset < 0 || offset > bytes.length) {
      return byteColumn;
    }
    if (offset < counted) { // from the start of its line
      return (column = count(bytes, offset - byteColumn + 1, counted = offset)) + 1;
    }
    for (int i = counted; i < offset; i++) {
      if (endsLine(bytes, i)) {
        column = 0;
      } else if (startsCharacter(bytes[i]) && bytes[i] != '\r') { // a CR before an LF is part of the line's end
        column++;
      }
    }
    counted = offset;
    return column + 1;
  }

  /**
   * {@return the characters of {@code bytes[from, to)}, a stretch of one line, a byte order mark at the start of the
   * document left out}
   */
  static int count(byte[] bytes, int from, int to) {
    int characters = 0;
    for (int i = Math.max(from, bomLength(bytes)); i < to; i++) {
      characters += startsCharacter(bytes[i]) ? 1 : 0;
    }
    return characters;
  }

  /** {@return the column, in characters from 1, of the byte at {@code offset} of {@code bytes}} For one location. */
  static int of(byte[] bytes, int offset, int byteColumn) {
    return new CharacterColumns(bytes).column(offset, byteColumn);
  }

  /** Whether {@code b} is the first byte of a character: not a continuation byte ({@code 10xxxxxx}). */
  static boolean startsCharacter(byte b) {
    return (b & 0xc0) != 0x80;
  }

  /** Whether the byte at {@code i} ends a line: an LF, or a CR not followed by an LF. */
  static boolean endsLine(byte[] bytes, int i) {
    return bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n');
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@return the length of the byte order mark {@code bytes} start with: 3, or 0 when there is none} */
  static int bomLength(byte[] bytes) {
    return bytes.length >= BOM_LENGTH && bytes[0] == (byte) 0xef && bytes[1] == (byte) 0xbb && bytes[2] == (byte) 0xbf
        ? BOM_LENGTH : 0;
  }
}
