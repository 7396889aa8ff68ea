package io.dpds.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change of one document's text: the characters from {@code start} (inclusive) to {@code end} (exclusive) replaced
 * by {@code replacement}; an insertion when both are equal.
 *
 * @param start the first character replaced
 * @param end the character after the last one replaced
 * @param replacement the new text
 */
record TextEdit(int start, int end, String replacement) {

  /**
   * Applies the edits that do not overlap an earlier one (in text order) and returns the new text; the edits left
   * out are listed in {@code skipped}, for the next round.
   */
  static String apply(String text, List<TextEdit> edits, List<TextEdit> skipped) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    for (TextEdit edit : sorted) {
      if (edit.start < at) {
        skipped.add(edit);
        continue;
      }
      out.append(text, at, edit.start).append(edit.replacement);
      at = edit.end;
    }
    return out.append(text, at, text.length()).toString();
  }
}
