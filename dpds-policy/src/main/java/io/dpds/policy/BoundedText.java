package io.dpds.policy;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A value's text as a regular expression sees it, with a deadline: Java's regex engine backtracks, so a policy's
 * {@code matches} could take exponential time on a short value ({@code ^(.*a){20}$}). Reading past the deadline
 * throws {@link Exceeded}, which the policy reports as a {@code policy.expression} finding.
 */
final class BoundedText implements CharSequence {

  /** How long one {@code matches} of one value may take. */
  static final Duration BUDGET = Duration.ofMillis(100);

  /** The expression did not finish within {@link #BUDGET}. */
  static final class Exceeded extends RuntimeException {
    Exceeded(Pattern pattern) {
      super("the regular expression " + pattern.pattern() + " took longer than " + BUDGET.toMillis()
          + " ms on one value; write it without nested or ambiguous repetition", null, false, false);
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
    return pattern.matcher(new BoundedText(text, System.nanoTime() + BUDGET.toNanos(), pattern)).find();
  }

  @Override
  public char charAt(int index) {
    if ((++reads & 0x3FF) == 0 && System.nanoTime() > deadline) {
      throw new Exceeded(pattern);
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
