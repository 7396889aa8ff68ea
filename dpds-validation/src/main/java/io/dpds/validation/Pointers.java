package io.dpds.validation;

/** RFC 6901 JSON pointer helpers. */
final class Pointers {

  static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0
        ? token
        : token.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of the parent node; {@code ""} for a child of the root and for the root itself. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last token, unescaped. */
  static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private Pointers() {}
}
