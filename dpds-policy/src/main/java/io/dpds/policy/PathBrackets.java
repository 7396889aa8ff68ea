package io.dpds.policy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The first bracket, parenthesis or quote of a JSONPath that is never closed or closes nothing. Jayway's compiler
 * accepts some such paths ({@code $.a[}, {@code $.a)}, {@code $.a[?(@.b)]]}), which then select something else than
 * was meant or nothing at all, and fails on others with an internal error ({@code StringIndexOutOfBoundsException})
 * instead of a reason. Quotes ({@code '} or {@code "}, a backslash escaping the next character) and the regular
 * expressions of filters ({@code =~ /.../}) are read over, so the brackets inside them do not count.
 */
final class PathBrackets {

  private PathBrackets() {}

  /** {@return why {@code path} is unbalanced, naming the character (from 1); empty when it is balanced} */
  static Optional<String> problem(String path) {
    Deque<Integer> open = new ArrayDeque<>(); // the offsets of the '[' and '(' not closed yet
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\'' || c == '"' || c == '/' && afterMatchOperator(path, i)) {
        int end = closing(path, i, c);
        if (end < 0) {
          return Optional.of((c == '/' ? "the regular expression" : "the quote") + " at character " + (i + 1)
              + " is never closed");
        }
        i = end;
      } else if (c == '[' || c == '(') {
        open.push(i);
      } else if (c == ']' || c == ')') {
        char expected = c == ']' ? '[' : '(';
        if (open.isEmpty()) {
          return Optional.of("'" + c + "' at character " + (i + 1) + " closes nothing");
        }
        int opener = open.pop();
        if (path.charAt(opener) != expected) {
          return Optional.of("'" + c + "' at character " + (i + 1) + " does not close the '" + path.charAt(opener)
              + "' at character " + (opener + 1));
        }
      }
    }
    return open.isEmpty() ? Optional.empty() // else the innermost, which is to be closed first
        : Optional.of("'" + path.charAt(open.peek()) + "' at character " + (open.peek() + 1) + " is never closed");
  }

  /** Whether the {@code /} at {@code i} starts a regular expression: it follows {@code =~}, spaces apart. */
  private static boolean afterMatchOperator(String path, int i) {
    int k = i - 1;
    while (k >= 0 && path.charAt(k) == ' ') {
      k--;
    }
    return k >= 1 && path.charAt(k) == '~' && path.charAt(k - 1) == '=';
  }

  /** {@return the offset of the {@code delimiter} that closes the one at {@code start}; -1 when none does} */
  private static int closing(String path, int start, char delimiter) {
    for (int i = start + 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == delimiter) {
        return i;
      }
    }
    return -1;
  }
}
