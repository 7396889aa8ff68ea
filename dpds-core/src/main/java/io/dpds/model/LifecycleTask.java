package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** One task to run to move the product to a lifecycle stage (a Lifecycle Task Info Object). */
public final class LifecycleTask extends DpdsObject {

  LifecycleTask(Map<String, Object> properties) {
    super(properties);
  }

  /** {@return a builder of a new {@link LifecycleTask}} */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** {@return a builder that starts from this object's properties, to derive a changed copy} */
  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.LIFECYCLE_TASK;
  }

  /** {@return the name of the task} */
  public Optional<String> name() {
    return text("name");
  }

  /** {@return the task's position} Tasks with an order run first, ascending; then the others in document order. */
  public Optional<Integer> order() {
    return one("order", Integer.class);
  }

  /** {@return what to run, passed unchanged to the executor} */
  public Optional<StandardDefinition> template() {
    return one("template", StandardDefinition.class);
  }

  /** {@return the run-time parameters, passed unchanged to the executor (a copy)} */
  public Optional<JsonNode> configurations() {
    return one("configurations", JsonNode.class).map(JsonNode::deepCopy);
  }

  /** {@return the executor as an External Resource ({@code $href}), the form the schema and the examples use} */
  public Optional<ExternalResource> service() {
    return one("service", ExternalResource.class);
  }

  /** {@return the executor as a Reference Object ({@code $ref}), the form the spec's prose gives} */
  public Optional<Reference> serviceReference() {
    return one("service", Reference.class);
  }

  /** Builds a {@link LifecycleTask}. */
  public static final class Builder extends DpdsObject.Builder<LifecycleTask, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    /**
     * Sets {@code name}.
     *
     * @param name the name of the task, or null to remove it
     * @return this builder
     */
    public Builder name(String name) {
      return set("name", name);
    }

    /**
     * Sets {@code order}.
     *
     * @param order the position of the task in its stage, or null to remove it
     * @return this builder
     */
    public Builder order(Integer order) {
      return set("order", order);
    }

    /**
     * Sets {@code template}.
     *
     * @param template the Standard Definition of what to run, or null to remove it
     * @return this builder
     */
    public Builder template(StandardDefinition template) {
      return set("template", template);
    }

    /**
     * Sets {@code configurations}.
     *
     * @param configurations the run-time parameters of the task, or null to remove it
     * @return this builder
     */
    public Builder configurations(JsonNode configurations) {
      return set("configurations", configurations == null ? null : configurations.deepCopy());
    }

    /**
     * Sets {@code service}.
     *
     * @param service the executor as an External Resource, or null to remove it
     * @return this builder
     */
    public Builder service(ExternalResource service) {
      return set("service", service);
    }

    /**
     * Sets {@code service}.
     *
     * @param service the executor as a Reference Object, or null to remove it
     * @return this builder
     */
    public Builder service(Reference service) {
      return set("service", service);
    }

    @Override
    Shape<LifecycleTask> shape() {
      return Shapes.LIFECYCLE_TASK;
    }
  }
}
