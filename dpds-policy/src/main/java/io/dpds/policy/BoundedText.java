package io.dpds.policy;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A value's text as a regular expression sees it, with a deadline: Java's regex engine backtracks, so a policy's
 * {@code matches} could take exponential time on a short value ({@code ^(.*a){20}$}), and recurses once per
 * repetition of a group, so a long value can exhaust the thread's stack ({@code ^[a-z]+(-[a-z]+)*$}). Reading past the
 * deadline, or recursing past the stack, throws {@link Exceeded}, which the policy reports as a {@code
 * policy.expression} finding.
 */
final class BoundedText implements CharSequence {

  /** How long one {@code matches} of one value may take. */
  static final Duration BUDGET = Duration.ofMillis(100);

  /** The expression did not finish within {@link #BUDGET}, or within the thread's stack. */
  static final class Exceeded extends RuntimeException {
    Exceeded(Pattern pattern, String why) {
      super("the regular expression " + pattern.pattern() + " " + why, null, false, false);
    }
  }

  private final CharSequence text;
  private final long deadline;
  private final Pattern pattern;
  private int reads;

  private BoundedText(CharSequence text, long deadline, Pattern pattern) {
    this.text = text;
    this.deadline = deadline;
    this.pattern = pattern;
  }

  /** Whether {@code pattern} finds a match in {@code text} within the budget; throws {@link Exceeded} otherwise. */
  static boolean find(Pattern pattern, String text) {
    try {
      return pattern.matcher(new BoundedText(text, System.nanoTime() + BUDGET.toNanos(), pattern)).find();
    } catch (StackOverflowError e) { // unwound to here: the stack is whole again
      throw new Exceeded(pattern, "recursed deeper than the stack allows on a value of " + text.length()
          + " characters; repeat characters rather than groups (^[a-z-]+$, not ^[a-z]+(-[a-z]+)*$)");
    }
  }

  @Override
  public char charAt(int index) {
    if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
      throw new Exceeded(pattern, "took longer than " + BUDGET.toMillis()
          + " ms on one value; write it without nested or ambiguous repetition");
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new BoundedText(text.subSequence(start, end), deadline, pattern);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
