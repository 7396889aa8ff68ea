package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 6901 JSON pointers as strings: the one place where tokens are escaped ({@code ~} as {@code ~0}, {@code /} as
 * {@code ~1}) and unescaped. Every pointer in this library (diagnostics, source maps, policies) is built here.
 */
public final class Pointers {

  private Pointers() {}

  /**
   * {@return {@code token} escaped for use in a pointer}
   *
   * @param token a member name or an index
   */
  public static String escape(String token) {
    return token.indexOf('~') < 0 && token.indexOf('/') < 0
        ? token
        : token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@return an escaped {@code token} back as written}
   *
   * @param token an escaped token
   */
  public static String unescape(String token) {
    return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * {@return the JSON pointer a URI fragment stands for ({@code #/components/schemas/Trip%20Status}): percent-decoded,
   * a {@code +} kept as written}
   *
   * @param fragment the fragment, without {@code #}
   */
  public static String fromFragment(String fragment) {
    return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /**
   * {@return the pointer of the member {@code name} of the node at {@code pointer}}
   *
   * @param pointer the parent's pointer
   * @param name the member's name
   */
  public static String child(String pointer, String name) {
    return pointer + "/" + escape(name);
  }

  /**
   * {@return the pointer of the item {@code index} of the array at {@code pointer}}
   *
   * @param pointer the array's pointer
   * @param index the item's index
   */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /**
   * {@return the pointer of the parent node; {@code ""} for a child of the root and for the root itself}
   *
   * @param pointer a JSON pointer
   */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /**
   * {@return the last token, unescaped; {@code ""} for the root}
   *
   * @param pointer a JSON pointer
   */
  public static String last(String pointer) {
    return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }

  /**
   * {@return the node at {@code pointer} below {@code root}, as Jackson's {@link JsonNode#at(String)} finds it (an
   * array token is a decimal index without leading zeros), a missing node when there is none} Walks the tree directly:
   * no pointer object is compiled.
   *
   * @param root the node the pointer starts from
   * @param pointer a JSON pointer; {@code ""} is {@code root}
   * @throws IllegalArgumentException when {@code pointer} is neither empty nor starts with {@code /}
   */
  public static JsonNode at(JsonNode root, String pointer) {
    if (pointer.isEmpty()) {
      return root;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
    }
    JsonNode node = root;
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      String token = unescape(slash < 0 ? pointer.substring(start) : pointer.substring(start, slash));
      JsonNode child = node.isObject() ? node.get(token) : node.isArray() ? node.get(arrayIndex(token)) : null;
      if (child == null) {
        return MissingNode.getInstance();
      }
      if (slash < 0) {
        return child;
      }
      node = child;
      start = slash + 1;
    }
  }

  /** The array index a token names, as RFC 6901 writes it (ASCII digits, no leading zero); -1 when it names none. */
  static int arrayIndex(String token) {
    return arrayIndex(token, 0, token.length());
  }

  /** {@link #arrayIndex(String)} of the token {@code text[start, end)}, read in place. */
  static int arrayIndex(String text, int start, int end) {
    int n = end - start;
    if (n == 0 || n > 10 || (n > 1 && text.charAt(start) == '0')) {
      return -1;
    }
    long value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }

  /**
   * {@return the tokens of {@code pointer}, unescaped; none for the root}
   *
   * @param pointer a JSON pointer
   */
  public static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
    }
    int start = 1;
    for (int slash = pointer.indexOf('/', start); slash >= 0; slash = pointer.indexOf('/', start)) {
      tokens.add(unescape(pointer.substring(start, slash)));
      start = slash + 1;
    }
    tokens.add(unescape(pointer.substring(start)));
    return tokens;
  }

  /**
   * {@return the pointer made of {@code tokens}, each escaped}
   *
   * @param tokens the tokens, unescaped
   */
  public static String of(List<String> tokens) {
    StringBuilder pointer = new StringBuilder();
    tokens.forEach(token -> pointer.append('/').append(escape(token)));
    return pointer.toString();
  }

  /**
   * {@return the order in which a walk of {@code root} meets the nodes that pointers into it address: a node before
   * the nodes below it, an object's members in the order they were written, an array's items by index} A pointer that
   * addresses no node comes after its siblings that do, in the order of their text.
   *
   * @param root the node the pointers start from
   */
  public static Comparator<String> documentOrder(JsonNode root) {
    return (a, b) -> {
      List<String> x = tokens(a);
      List<String> y = tokens(b);
      JsonNode node = root;
      for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
        String p = x.get(i);
        String q = y.get(i);
        if (!p.equals(q)) {
          int order = Integer.compare(position(node, p), position(node, q));
          return order != 0 ? order : p.compareTo(q);
        }
        node = node.isArray() ? node.path(arrayIndex(p)) : node.path(p);
      }
      return Integer.compare(x.size(), y.size());
    };
  }

  /** The place of the child {@code token} names among {@code node}'s children; past the last when there is none. */
  private static int position(JsonNode node, String token) {
    if (node.isArray()) {
      int index = arrayIndex(token);
      return index >= 0 && index < node.size() ? index : Integer.MAX_VALUE;
    }
    Iterator<String> names = node.fieldNames();
    for (int i = 0; names.hasNext(); i++) {
      if (names.next().equals(token)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }
}
