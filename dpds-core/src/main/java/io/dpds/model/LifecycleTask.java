package io.dpds.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/** One task to run to move the product to a lifecycle stage (a Lifecycle Task Info Object). */
public final class LifecycleTask extends DpdsObject {

  LifecycleTask(Map<String, Object> properties) {
    super(properties);
  }

  public static Builder builder() {
    return new Builder(Map.of());
  }

  public Builder toBuilder() {
    return new Builder(properties());
  }

  @Override
  Shape<?> shape() {
    return Shapes.LIFECYCLE_TASK;
  }

  public Optional<String> name() {
    return text("name");
  }

  /** Tasks with an order run first, ascending; then the others in document order. */
  public Optional<Integer> order() {
    return one("order", Integer.class);
  }

  /** What to run; passed unchanged to the executor. */
  public Optional<StandardDefinition> template() {
    return one("template", StandardDefinition.class);
  }

  /** Run-time parameters; passed unchanged to the executor (a copy). */
  public Optional<JsonNode> configurations() {
    return one("configurations", JsonNode.class).map(JsonNode::deepCopy);
  }

  /** The executor as an External Resource ({@code $href}), the form the schema and the examples use. */
  public Optional<ExternalResource> service() {
    return one("service", ExternalResource.class);
  }

  /** The executor as a Reference Object ({@code $ref}), the form the spec's prose gives. */
  public Optional<Reference> serviceReference() {
    return one("service", Reference.class);
  }

  /** Builds a {@link LifecycleTask}. */
  public static final class Builder extends DpdsObject.Builder<LifecycleTask, Builder> {
    private Builder(Map<String, Object> properties) {
      super(properties);
    }

    public Builder name(String name) {
      return set("name", name);
    }

    public Builder order(Integer order) {
      return set("order", order);
    }

    public Builder template(StandardDefinition template) {
      return set("template", template);
    }

    public Builder configurations(JsonNode configurations) {
      return set("configurations", configurations == null ? null : configurations.deepCopy());
    }

    public Builder service(ExternalResource service) {
      return set("service", service);
    }

    public Builder service(Reference service) {
      return set("service", service);
    }

    @Override
    Shape<LifecycleTask> shape() {
      return Shapes.LIFECYCLE_TASK;
    }
  }
}
