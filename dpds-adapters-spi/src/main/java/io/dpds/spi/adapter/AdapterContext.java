package io.dpds.spi.adapter;

import io.dpds.load.ResolvedDescriptor;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Everything an adapter call is given besides its subject: who and what it is for, the key that makes it idempotent,
 * when it must be done, the secrets, and a signal of cancellation. Immutable, apart from the cancellation signal,
 * which the orchestrator completes.
 */
public final class AdapterContext {

  private final String correlationId;
  private final String productFqn;
  private final String productVersion;
  private final String stage;
  private final String stepId;
  private final String idempotencyKey;
  private final Instant deadline;
  private final int attempt;
  private final Secrets secrets;
  private final ResolvedDescriptor descriptor;
  private final CompletableFuture<Void> cancellation;

  private AdapterContext(Builder b) {
    this.correlationId = Objects.requireNonNull(b.correlationId, "correlationId");
    this.productFqn = Objects.requireNonNull(b.productFqn, "productFqn");
    this.productVersion = Objects.requireNonNull(b.productVersion, "productVersion");
    this.stage = b.stage;
    this.stepId = Objects.requireNonNull(b.stepId, "stepId");
    this.idempotencyKey = Objects.requireNonNull(b.idempotencyKey, "idempotencyKey");
    this.deadline = Objects.requireNonNull(b.deadline, "deadline");
    this.attempt = b.attempt;
    this.secrets = Objects.requireNonNull(b.secrets, "secrets");
    this.descriptor = Objects.requireNonNull(b.descriptor, "descriptor");
    this.cancellation = Objects.requireNonNull(b.cancellation, "cancellation");
  }

  /** {@return a builder; correlation id, product, step, deadline and descriptor are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the id that ties together every call, log line, event and audit entry of one publication or deployment}
   */
  public String correlationId() {
    return correlationId;
  }

  /** {@return the product's fully qualified name, e.g. {@code urn:dpds:com.acme:dataproducts:tripExecution:1}} */
  public String productFqn() {
    return productFqn;
  }

  /** {@return the product version ({@code info.version})} */
  public String productVersion() {
    return productVersion;
  }

  /** {@return the lifecycle stage deployed to; empty for calls outside a deployment (publication)} */
  public Optional<String> stage() {
    return Optional.ofNullable(stage);
  }

  /** {@return the step of the plan, e.g. {@code provision:trip-topics}} */
  public String stepId() {
    return stepId;
  }

  /**
   * {@return the same for every attempt of this step of this deployment, including after a crash and resumption: calls
   * with the same key must have the effect of one}
   */
  public String idempotencyKey() {
    return idempotencyKey;
  }

  /** {@return when the orchestrator stops waiting for this call} */
  public Instant deadline() {
    return deadline;
  }

  /**
   * {@return which attempt of the step this call is, from 1; a retry has a higher number and the same idempotency key}
   */
  public int attempt() {
    return attempt;
  }

  /** {@return the secrets the platform hands to this call; never to be logged or put in a result} */
  public Secrets secrets() {
    return secrets;
  }

  /** {@return the product version being published or deployed, resolved} */
  public ResolvedDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Completes when the orchestrator gives up on the call (deadline passed, deployment cancelled). Adapters with
   * {@link Capability#CANCEL} stop their work then.
   *
   * @return a stage that completes when the orchestrator gives up on the call
   */
  public CompletionStage<Void> cancellation() {
    return cancellation.minimalCompletionStage();
  }

  /** {@return true once the call is cancelled} */
  public boolean isCancelled() {
    return cancellation.isDone();
  }

  @Override
  public String toString() {
    return "AdapterContext[" + correlationId + " " + productFqn + "@" + productVersion
        + (stage == null ? "" : " stage " + stage) + " step " + stepId + " attempt " + attempt + "]";
  }

  /** Builds an {@link AdapterContext}; the orchestrator does, and adapter tests. */
  public static final class Builder {
    private String correlationId;
    private String productFqn;
    private String productVersion;
    private String stage;
    private String stepId;
    private String idempotencyKey;
    private Instant deadline = Instant.MAX;
    private int attempt = 1;
    private Secrets secrets = Secrets.none();
    private ResolvedDescriptor descriptor;
    private CompletableFuture<Void> cancellation = new CompletableFuture<>();

    private Builder() {}

    /**
     * The id tying together every call, event and audit entry of one publication or deployment.
     *
     * @param correlationId the correlation id
     * @return this builder
     */
    public Builder correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    /**
     * The product's fully qualified name and the version the call is for.
     *
     * @param fqn the product's fully qualified name
     * @param version the product version
     * @return this builder
     */
    public Builder product(String fqn, String version) {
      this.productFqn = fqn;
      this.productVersion = version;
      return this;
    }

    /**
     * The stage deployed to; leave unset outside a deployment.
     *
     * @param stage the stage, e.g. {@code prod}
     * @return this builder
     */
    public Builder stage(String stage) {
      this.stage = stage;
      return this;
    }

    /**
     * The plan step and the key that makes a repeated call of it have the effect of one call.
     *
     * @param stepId the step's id, e.g. {@code provision:trip-topics}
     * @param idempotencyKey the key, the same for every attempt of the step
     * @return this builder
     */
    public Builder step(String stepId, String idempotencyKey) {
      this.stepId = stepId;
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * When the call must have completed.
     *
     * @param deadline the deadline
     * @return this builder
     */
    public Builder deadline(Instant deadline) {
      this.deadline = deadline;
      return this;
    }

    /**
     * The attempt number, from 1 (default 1).
     *
     * @param attempt the attempt number, from 1
     * @return this builder
     */
    public Builder attempt(int attempt) {
      if (attempt < 1) {
        throw new IllegalArgumentException("attempt starts at 1: " + attempt);
      }
      this.attempt = attempt;
      return this;
    }

    /**
     * The secrets of the call (default none).
     *
     * @param secrets the secrets
     * @return this builder
     */
    public Builder secrets(Secrets secrets) {
      this.secrets = secrets;
      return this;
    }

    /**
     * The resolved descriptor of the version the call is for.
     *
     * @param descriptor the resolved descriptor
     * @return this builder
     */
    public Builder descriptor(ResolvedDescriptor descriptor) {
      this.descriptor = descriptor;
      return this;
    }

    /**
     * The signal the call watches; the orchestrator completes it to cancel.
     *
     * @param cancellation the signal, completed by the orchestrator
     * @return this builder
     */
    public Builder cancellation(CompletableFuture<Void> cancellation) {
      this.cancellation = cancellation;
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws NullPointerException when a required part (correlation id, product, step, descriptor) is missing
     */
    public AdapterContext build() {
      return new AdapterContext(this);
    }
  }
}
