package io.dpds.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceLoader;
import io.dpds.model.ApplicationComponent;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.model.LifecycleTask;
import io.dpds.spi.adapter.Adapter;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.Capability;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The adapter test kit: extend it in your adapter's tests to check that the adapter honours the contracts of
 * {@code io.dpds.spi.adapter}: it completes before its deadline, keeps secrets out of its result, has the effect of one
 * call for one idempotency key, undoes what it did (with {@link Capability#UNDO}), stops when cancelled (with
 * {@link Capability#CANCEL}), and takes concurrent calls.
 *
 * <pre>{@code
 * class TerraformProvisionerTest extends AdapterContract<TerraformProvisioner> {
 *   @TempDir Path state;
 *   protected TerraformProvisioner adapter() { return new TerraformProvisioner(state); }
 *   protected CompletionStage<StepResult> call(TerraformProvisioner a, AdapterContext c) {
 *     return a.provision(c, infrastructure(c));
 *   }
 *   protected Object observe() { return listFiles(state); }   // what the adapter changed outside itself
 * }
 * }</pre>
 *
 * @param <A> the adapter under test
 */
public abstract class AdapterContract<A extends Adapter> {

  /** A secret handed to every call; it must not appear in any result. */
  protected static final String SECRET = "kit-secret-" + UUID.randomUUID();

  private ResolvedDescriptor subject;

  /** {@return a new adapter, in a fresh environment (each test calls it once)} */
  protected abstract A adapter();

  /**
   * Calls the adapter's main operation, e.g. {@code adapter.provision(context, infrastructure(context))}.
   *
   * @param adapter the adapter under test
   * @param context the call's context
   * @return what the call returns
   */
  protected abstract CompletionStage<StepResult> call(A adapter, AdapterContext context);

  /**
   * {@return the adapter's effects outside itself (files, topics, catalogue entries) as a value whose {@code equals}
   * tells two states apart}
   */
  protected abstract Object observe();

  /**
   * {@return the descriptor calls are made for; by default a product with one application, one infrastructural
   * component and one task of stage {@code dev}}
   */
  protected ResolvedDescriptor descriptor() {
    URI uri = URI.create("mem://adapter-kit/descriptor.yaml");
    LoadResult loaded = DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(), """
        dataProductDescriptor: 1.0.0
        info:
          fullyQualifiedName: urn:dpds:org.example:dataproducts:kit:1
          name: kit
          version: 1.0.0
          domain: testing
          owner: {id: kit@example.org}
        interfaceComponents:
          outputPorts:
            - {name: out, version: 1.0.0}
        internalComponents:
          applicationComponents:
            - {name: app, version: 1.0.0, platform: local}
          infrastructuralComponents:
            - {name: store, version: 1.0.0, platform: local, infrastructureType: storage-resource}
          lifecycleInfo:
            dev:
              - {name: smoke, service: {$href: "{kit}"}, configurations: {suite: smoke}}
        """))).build().load(uri);
    return loaded.resolved().orElseThrow(() -> new AssertionError("the kit's descriptor: " + loaded.diagnostics()));
  }

  /** {@return how long a call may take; 30 seconds by default} */
  protected Duration timeout() {
    return Duration.ofSeconds(30);
  }

  /**
   * {@return the first application component of the context's descriptor}
   *
   * @param context the call's context
   */
  protected static ApplicationComponent application(AdapterContext context) {
    return context.descriptor().descriptor().internalComponents().orElseThrow().applicationComponents().get(0);
  }

  /**
   * {@return the first infrastructural component of the context's descriptor}
   *
   * @param context the call's context
   */
  protected static InfrastructuralComponent infrastructure(AdapterContext context) {
    return context.descriptor().descriptor().internalComponents().orElseThrow().infrastructuralComponents().get(0);
  }

  /**
   * {@return the first task of stage {@code dev} of the context's descriptor}
   *
   * @param context the call's context
   */
  protected static LifecycleTask task(AdapterContext context) {
    return context.descriptor().descriptor().internalComponents().orElseThrow().lifecycleInfo().get("dev").get(0);
  }

  /** {@link #descriptor()}, read once per test. */
  private synchronized ResolvedDescriptor subject() {
    if (subject == null) {
      subject = descriptor();
    }
    return subject;
  }

  /**
   * {@return a context as the orchestrator makes it, for the idempotency key {@code key}}
   *
   * @param key the idempotency key
   * @param attempt the attempt number, from 1
   * @param cancellation the cancellation signal
   */
  protected AdapterContext context(String key, int attempt, CompletableFuture<Void> cancellation) {
    return AdapterContext.builder().correlationId("kit-" + key).product("urn:dpds:org.example:dataproducts:kit:1",
        "1.0.0").stage("dev").step("kit-step", key).attempt(attempt).deadline(Instant.now().plus(timeout()))
        .secrets(Secrets.of(Map.of("token", SECRET))).descriptor(subject()).cancellation(cancellation).build();
  }

  private StepResult await(CompletionStage<?> stage, String what) throws Exception {
    try {
      Object result = stage.toCompletableFuture().get(timeout().toMillis(), TimeUnit.MILLISECONDS);
      return result instanceof StepResult r ? r : null;
    } catch (TimeoutException e) {
      throw new AssertionError(what + " did not complete within " + timeout() + " (its deadline)", e);
    } catch (ExecutionException e) {
      throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * A call completes, with a result, before the context's deadline.
   *
   * @throws Exception when the adapter fails
   */
  @Test
  public void completesWithAResultBeforeItsDeadline() throws Exception {
    A adapter = adapter();
    CompletionStage<StepResult> stage = call(adapter, context("kit-complete", 1, new CompletableFuture<>()));

    assertThat(stage).as("a call returns a stage, never null").isNotNull();
    StepResult result = await(stage, "the call");
    assertThat(result).as("a call completes with a StepResult").isNotNull();
  }

  /**
   * No secret the call was given appears in its result (outputs or message).
   *
   * @throws Exception when the adapter fails
   */
  @Test
  public void keepsSecretsOutOfItsResult() throws Exception {
    StepResult result = await(call(adapter(), context("kit-secrets", 1, new CompletableFuture<>())), "the call");

    assertThat(result.message()).as("the result's message").doesNotContain(SECRET);
    assertThat(result.outputs().toString()).as("the result's outputs").doesNotContain(SECRET);
  }

  /**
   * Two calls with one idempotency key change the world as one call does.
   *
   * @throws Exception when the adapter fails
   */
  @Test
  public void theSameIdempotencyKeyHasTheEffectOfOneCall() throws Exception {
    A adapter = adapter();
    await(call(adapter, context("kit-idempotent", 1, new CompletableFuture<>())), "the first call");
    Object once = observe();

    await(call(adapter, context("kit-idempotent", 2, new CompletableFuture<>())), "the second call with the same key");

    assertThat(observe()).as("the effects after a second call with the same idempotency key").isEqualTo(once);
  }

  /**
   * With {@link Capability#UNDO}: undoing a completed call restores what {@link #observe()} saw before it, and a
   * second undo changes nothing.
   *
   * @throws Exception when the adapter fails
   */
  @Test
  public void undoRestoresWhatWasThereBefore() throws Exception {
    A adapter = adapter();
    assumeTrue(adapter.capabilities().contains(Capability.UNDO), "the adapter does not declare UNDO");
    Object before = observe();
    AdapterContext context = context("kit-undo", 1, new CompletableFuture<>());
    StepResult done = await(call(adapter, context), "the call");

    await(adapter.undo(context, done), "undo");
    assertThat(observe()).as("the effects after undo").isEqualTo(before);
    await(adapter.undo(context, done), "a second undo (undo is idempotent too)");
    assertThat(observe()).as("the effects after a second undo").isEqualTo(before);
  }

  /**
   * With {@link Capability#CANCEL}: a cancelled call completes, with a result or a failure, within the timeout.
   *
   * @throws Exception when the adapter fails
   */
  @Test
  public void stopsWhenCancelled() throws Exception {
    A adapter = adapter();
    assumeTrue(adapter.capabilities().contains(Capability.CANCEL), "the adapter does not declare CANCEL");
    CompletableFuture<Void> cancellation = new CompletableFuture<>();
    CompletionStage<StepResult> stage = call(adapter, context("kit-cancel", 1, cancellation));

    cancellation.complete(null);

    try {
      stage.toCompletableFuture().get(timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the call went on for " + timeout() + " after it was cancelled", e);
    } catch (ExecutionException | java.util.concurrent.CancellationException e) {
      // stopping with a failure is a way of stopping
    }
  }

  /**
   * Eight calls with different keys at once each complete with a result.
   *
   * @throws Exception when the adapter fails
   */
  @Test
  public void takesConcurrentCalls() throws Exception {
    A adapter = adapter();
    List<CompletableFuture<StepResult>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      calls.add(CompletableFuture.supplyAsync(() -> call(adapter, context("kit-concurrent-" + n, 1,
          new CompletableFuture<>()))).thenCompose(stage -> stage));
    }
    for (CompletableFuture<StepResult> call : calls) {
      assertThat(await(call, "one of 8 concurrent calls")).isNotNull();
    }
  }
}
