package io.dpds.spi.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dpds.load.ResolvedDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy judges: the event, the product's state before and after it (resolved descriptors: JSON tree, typed
 * model and source locations), and context. At {@link PolicyEvent#PRODUCT_CREATION} there is no state before; at
 * {@link PolicyEvent#DECOMMISSION} none after. Immutable.
 *
 * <p>As JSON, for engines outside the JVM ({@link #toJson()}):
 *
 * <pre>
 * {"event": "version-publication",
 *  "before": {...the resolved descriptor...} | null,
 *  "after": {...the resolved descriptor...} | null,
 *  "context": {"stage": "prod", ...}}
 * </pre>
 *
 * A resolved descriptor has every DPDS reference replaced by its target; a violation's {@code pointer} is a JSON
 * pointer into it.
 */
public final class PolicyInput {

  private final PolicyEvent event;
  private final ResolvedDescriptor before;
  private final ResolvedDescriptor after;
  private final Map<String, String> context;

  private PolicyInput(Builder b) {
    this.event = Objects.requireNonNull(b.event, "event");
    this.before = b.before;
    this.after = b.after;
    if (before == null && after == null) {
      throw new IllegalArgumentException("a policy input needs a state before or after the event");
    }
    this.context = Map.copyOf(b.context);
  }

  /**
   * {@return an input for {@code event} on the state {@code after} it, with no state before and no context}
   *
   * @param event the event
   * @param after the state after the event
   */
  public static PolicyInput of(PolicyEvent event, ResolvedDescriptor after) {
    return builder(event).after(after).build();
  }

  /**
   * {@return a builder of an input for {@code event}}
   *
   * @param event the event
   */
  public static Builder builder(PolicyEvent event) {
    return new Builder(event);
  }

  /** {@return the event the policies are evaluated for} */
  public PolicyEvent event() {
    return event;
  }

  /** {@return the state before the event; empty at creation} */
  public Optional<ResolvedDescriptor> before() {
    return Optional.ofNullable(before);
  }

  /** {@return the state after the event; empty at decommission} */
  public Optional<ResolvedDescriptor> after() {
    return Optional.ofNullable(after);
  }

  /** {@return the state policies judge: after the event, or before it when there is no after} */
  public ResolvedDescriptor subject() {
    return after != null ? after : before;
  }

  /** {@return context of the event: stage, step, result, actor..} */
  public Map<String, String> context() {
    return context;
  }

  /** {@return the input as JSON (see the class comment); the descriptor trees are shared, not copied} */
  public ObjectNode toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode json = nodes.objectNode();
    json.put("event", event.label());
    json.set("before", before == null ? nodes.nullNode() : (JsonNode) before.tree());
    json.set("after", after == null ? nodes.nullNode() : (JsonNode) after.tree());
    ObjectNode ctx = json.putObject("context");
    context.forEach(ctx::put);
    return json;
  }

  /** Builds a {@link PolicyInput}. */
  public static final class Builder {
    private final PolicyEvent event;
    private ResolvedDescriptor before;
    private ResolvedDescriptor after;
    private final Map<String, String> context = new LinkedHashMap<>();

    private Builder(PolicyEvent event) {
      this.event = Objects.requireNonNull(event, "event");
    }

    /**
     * The state before the event (the previous version), when there is one.
     *
     * @param before the previous version, or null for none
     * @return this builder
     */
    public Builder before(ResolvedDescriptor before) {
      this.before = before;
      return this;
    }

    /**
     * The state after the event (the version being published or deployed).
     *
     * @param after the version being published or deployed, or null for none
     * @return this builder
     */
    public Builder after(ResolvedDescriptor after) {
      this.after = after;
      return this;
    }

    /**
     * Adds an entry of context for the policies, e.g. {@code stage -> prod}.
     *
     * @param key the entry's key
     * @param value the entry's value
     * @return this builder
     */
    public Builder context(String key, String value) {
      context.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the input.
     *
     * @return the input
     * @throws IllegalArgumentException when neither a state before nor after is given
     */
    public PolicyInput build() {
      return new PolicyInput(this);
    }
  }
}
