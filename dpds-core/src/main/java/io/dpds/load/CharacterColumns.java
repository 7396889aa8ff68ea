package io.dpds.load;

/**
 * The column of a byte of a UTF-8 document counted in characters (Unicode code points) from 1, as a YAML document's
 * columns are and as editors show them, where Jackson's byte parser counts bytes: {@code "é"} is one column, not two,
 * and a byte order mark none. A line ends at LF, CR or CRLF. A document that is all ASCII has the same columns either
 * way and is never read again; in any other, offsets asked for in increasing order (a parser's tokens) are counted on
 * from the last one, so a document is read about once in all, and an earlier offset from the start of its line. Not
 * thread-safe.
 */
final class CharacterColumns {

  private static final int BOM_LENGTH = 3;

  private final byte[] bytes;
  private final boolean ascii;
  private final int bom; // the length of the byte order mark the document starts with: 3 or 0
  private int counted; // the offset counted up to
  private int column; // the characters of its line before it

  /** The columns of {@code bytes}, which are read once here to find whether any is beyond ASCII. */
  CharacterColumns(byte[] bytes) {
    this.bytes = bytes;
    this.ascii = isAscii(bytes);
    this.bom = startsWithBom(bytes) ? BOM_LENGTH : 0;
    this.counted = bom;
  }

  /** {@return whether every byte of the document is ASCII, so that a byte's column is its character's} */
  boolean ascii() {
    return ascii;
  }

  /**
   * {@return the column, in characters from 1, of the byte at {@code offset}, whose column counted in bytes is {@code
   * byteColumn}} An offset outside the document keeps its byte column.
   */
  int column(int offset, int byteColumn) {
    if (ascii || offset < 0 || offset > bytes.length) {
      return byteColumn;
    }
    if (offset < counted) {
      counted = lineStart(offset);
      column = 0;
    }
    for (int i = counted; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
        column = 0;
      } else if ((b & 0xc0) != 0x80 && b != '\r') {
        column++; // the first byte of a character; a CR before an LF is part of the line's end
      }
    }
    counted = offset;
    return column + 1;
  }

  /** {@return the offset where the line holding {@code offset} starts, after a byte order mark} */
  private int lineStart(int offset) {
    int i = offset - 1;
    while (i >= bom && bytes[i] != '\n' && bytes[i] != '\r') {
      i--;
    }
    return i + 1;
  }

  /** {@return the column, in characters from 1, of the byte at {@code offset} of {@code bytes}} For one location. */
  static int of(byte[] bytes, int offset, int byteColumn) {
    return new CharacterColumns(bytes).column(offset, byteColumn);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= BOM_LENGTH && bytes[0] == (byte) 0xef && bytes[1] == (byte) 0xbb && bytes[2] == (byte) 0xbf;
  }
}
