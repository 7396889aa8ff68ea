package io.dpds.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One finding about a descriptor: which rule, how serious, what is wrong, where, and how to fix it.
 *
 * <p>The pointer is the RFC 6901 JSON pointer of the offending node in the resolved descriptor ({@code ""} for the
 * root); the location is the file, line and column the node came from, which may be a referenced document. Instances
 * are immutable.
 */
public final class Diagnostic {

  private final String ruleId;
  private final Severity severity;
  private final String message;
  private final String pointer;
  private final @Nullable SourceLocation location;
  private final @Nullable String hint;
  private final List<String> pointers;

  private Diagnostic(Builder b) {
    this.ruleId = Objects.requireNonNull(b.ruleId, "ruleId");
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.message = Objects.requireNonNull(b.message, "message");
    this.pointer = Objects.requireNonNull(b.pointer, "pointer");
    this.location = b.location;
    this.hint = b.hint;
    this.pointers = b.pointers.isEmpty() ? List.of(pointer) : List.copyOf(b.pointers);
    if (!pointers.contains(pointer)) {
      throw new IllegalArgumentException("pointers " + pointers + " must include the pointer '" + pointer + "'");
    }
  }

  /**
   * {@return a builder with the rule's id, default severity and hint}
   *
   * @param rule the rule the finding is of
   */
  public static Builder builder(Rule rule) {
    return new Builder().ruleId(rule.id()).severity(rule.defaultSeverity()).hint(rule.hint());
  }

  /** {@return a builder with nothing set} Rule id, severity and message are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from this finding, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder()
        .ruleId(ruleId)
        .severity(severity)
        .message(message)
        .pointer(pointer)
        .location(location)
        .hint(hint)
        .pointers(pointers);
  }

  /** {@return the id of the rule, e.g. {@code ref.unresolved}} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return how serious the finding is} */
  public Severity severity() {
    return severity;
  }

  /** {@return what is wrong, for people} */
  public String message() {
    return message;
  }

  /** {@return JSON pointer of the node in the resolved descriptor; {@code ""} for the root} */
  public String pointer() {
    return pointer;
  }

  /**
   * {@return every pointer in the resolved descriptor that reaches the node, {@link #pointer()} among them: more than
   * one when the node is written once and used several times (a {@code components} entry referenced from two places)}
   */
  public List<String> pointers() {
    return pointers;
  }

  /**
   * {@return the message and, when there is one, the hint after it: the message ended as a sentence, then {@code
   * before + "Hint: " + hint + after}} For reporters that give a finding one line.
   */
  String messageAndHint(String before, String after) {
    return messageAndHint(UnaryOperator.identity(), before, after);
  }

  /** As {@link #messageAndHint(String, String)}, the message and the hint each written by {@code escape}. */
  String messageAndHint(UnaryOperator<String> escape, String before, String after) {
    if (hint == null) {
      return escape.apply(message);
    }
    boolean ended = !message.isEmpty() && ".!?".indexOf(message.charAt(message.length() - 1)) >= 0;
    return escape.apply(message) + (ended ? "" : ".") + before + "Hint: " + escape.apply(hint) + after;
  }

  /**
   * {@return one finding per written node and rule: findings of the same rule with the same message at the same source
   * location are merged into the first of them, which keeps every pointer that reached the node ({@link #pointers()})
   * and, as its {@link #pointer()}, the first one outside {@code /components} (a use), or the first one when all are
   * there; the pointers in the order the findings came} Findings without a location are kept as they are. Order is
   * kept.
   *
   * @param diagnostics the findings
   */
  public static List<Diagnostic> onePerNode(List<Diagnostic> diagnostics) {
    return onePerNode(diagnostics, AS_FOUND);
  }

  /**
   * {@return the findings merged as {@link #onePerNode(List)} merges them, with the pointers that reached a node in
   * {@code order}: its {@link #pointer()} is the first use in that order} Give it
   * {@link io.dpds.load.Pointers#documentOrder} of the resolved descriptor to point at the first use as written.
   *
   * @param diagnostics the findings
   * @param order an order of pointers
   */
  @SuppressWarnings("unchecked") // a group holds the list of the findings merged into its first, or MERGED
  public static List<Diagnostic> onePerNode(List<Diagnostic> diagnostics, Comparator<String> order) {
    int count = diagnostics.size();
    if (count < 2) {
      return new ArrayList<>(diagnostics); // nothing to merge
    }
    // open addressing, no object per finding: a slot holds 1 + the index of the first finding of a rule and location
    int[] firsts = new int[Integer.highestOneBit(count) << 2];
    int mask = firsts.length - 1;
    Object[] groups = null; // at a first finding's index: the findings merged into it; MERGED at theirs
    for (int i = 0; i < count; i++) {
      Diagnostic d = diagnostics.get(i);
      if (d.location == null) {
        continue; // kept as it is
      }
      int hash = (d.ruleId.hashCode() * 31 + d.location.hashCode()) * 0x9e37_79b9;
      int slot = (hash ^ hash >>> 16) & mask;
      while (firsts[slot] != 0 && !sameNode(diagnostics.get(firsts[slot] - 1), d)) {
        slot = (slot + 1) & mask;
      }
      if (firsts[slot] == 0) {
        firsts[slot] = i + 1;
        continue;
      }
      int first = firsts[slot] - 1;
      groups = groups != null ? groups : new Object[count];
      if (groups[first] == null) {
        groups[first] = new ArrayList<>(List.of(diagnostics.get(first)));
      }
      ((List<Diagnostic>) groups[first]).add(d);
      groups[i] = MERGED;
    }
    if (groups == null) {
      return new ArrayList<>(diagnostics); // every finding on a node of its own
    }
    List<Diagnostic> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (groups[i] == null) {
        out.add(diagnostics.get(i));
      } else if (groups[i] != MERGED) {
        out.add(merge((List<Diagnostic>) groups[i], order));
      }
    }
    return out;
  }

  /** Marks a finding merged into an earlier one. */
  private static final Object MERGED = new Object();

  /** Whether two located findings are of one rule, location and message. */
  private static boolean sameNode(Diagnostic a, Diagnostic b) {
    return a.ruleId.equals(b.ruleId) && Objects.equals(a.location, b.location) && a.message.equals(b.message);
  }

  private static final Comparator<String> AS_FOUND = (a, b) -> 0;

  /** The first of {@code group} with every pointer that reached their node in {@code order}, a use first. */
  private static Diagnostic merge(List<Diagnostic> group, Comparator<String> order) {
    Set<String> distinct = new LinkedHashSet<>(); // a node used many times has as many pointers: no search of a list
    group.forEach(d -> distinct.addAll(d.pointers));
    List<String> pointers = new ArrayList<>(distinct);
    pointers.sort(order);
    String use = pointers.stream().filter(p -> !p.startsWith("/components/")).findFirst().orElse(pointers.get(0));
    return group.get(0).toBuilder().pointer(use).pointers(pointers).build();
  }

  /** {@return where the node came from, when known} */
  public Optional<SourceLocation> location() {
    return Optional.ofNullable(location);
  }

  /** {@return how to fix it, when the rule knows} */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** {@return whether this diagnostic has severity {@link Severity#ERROR}} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * Compiler style, one line: {@code uri:line:col: severity [rule] message}; without a location the pointer stands
   * in for it. What the message quotes is printable ({@link VisibleText}).
   */
  @Override
  public String toString() {
    String where = location != null ? location.toString() : "#" + pointer;
    return VisibleText.of(where + ": " + severity.label() + " [" + ruleId + "] " + message);
  }

  /**
   * As {@link #toString()}, with the file as {@link SourceLocation#displayPath(Path)} names it.
   *
   * @param baseDir the folder paths are shown relative to
   * @return the finding as one line
   */
  public String toString(Path baseDir) {
    String where = location != null ? location.toString(baseDir) : "#" + pointer;
    return VisibleText.of(where + ": " + severity.label() + " [" + ruleId + "] " + message);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diagnostic d
        && ruleId.equals(d.ruleId)
        && severity == d.severity
        && message.equals(d.message)
        && pointer.equals(d.pointer)
        && Objects.equals(location, d.location)
        && Objects.equals(hint, d.hint)
        && pointers.equals(d.pointers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, message, pointer, location, hint, pointers);
  }

  /** Builds a {@link Diagnostic}; rule id, severity, message and pointer are required. */
  public static final class Builder {
    private @Nullable String ruleId;
    private @Nullable Severity severity;
    private @Nullable String message;
    private @Nullable String pointer = "";
    private @Nullable SourceLocation location;
    private @Nullable String hint;
    private List<String> pointers = List.of();

    private Builder() {}

    /**
     * Sets the rule id.
     *
     * @param ruleId the rule's id
     * @return this builder
     */
    public Builder ruleId(String ruleId) {
      this.ruleId = ruleId;
      return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /**
     * Sets the message.
     *
     * @param message what is wrong, for people
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * The node's pointer; forgets any {@link #pointers} given before, which named the node's other uses.
     *
     * @param pointer the node's JSON pointer in the resolved descriptor
     * @return this builder
     */
    public Builder pointer(String pointer) {
      this.pointer = pointer;
      this.pointers = List.of();
      return this;
    }

    /**
     * The source location; null when unknown.
     *
     * @param location where the node was written, or null
     * @return this builder
     */
    public Builder location(@Nullable SourceLocation location) {
      this.location = location;
      return this;
    }

    /**
     * The fix hint; null for none.
     *
     * @param hint how to fix it, or null
     * @return this builder
     */
    public Builder hint(@Nullable String hint) {
      this.hint = hint;
      return this;
    }

    /**
     * Every pointer that reaches the node, the {@link #pointer} among them; empty (default) for the pointer alone.
     *
     * @param pointers the pointers
     * @return this builder
     */
    public Builder pointers(List<String> pointers) {
      this.pointers = List.copyOf(pointers);
      return this;
    }

    /** {@return the finding} */
    public Diagnostic build() {
      return new Diagnostic(this);
    }
  }
}
