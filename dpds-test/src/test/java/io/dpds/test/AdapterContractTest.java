package io.dpds.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.StepResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit passes an honest adapter and catches broken ones. */
class AdapterContractTest {

  static Object files(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(root::relativize).map(Path::toString).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An honest adapter passes every check of the kit. */
  @Nested
  class Honest extends AdapterContract<FolderProvisioner> {
    @TempDir Path root;

    @Override
    protected FolderProvisioner adapter() {
      return new FolderProvisioner(root, true);
    }

    @Override
    protected CompletionStage<StepResult> call(FolderProvisioner adapter, AdapterContext context) {
      return adapter.provision(context, infrastructure(context));
    }

    @Override
    protected Object observe() {
      return files(root);
    }
  }

  @TempDir Path root;

  @Test
  void anAdapterThatRepeatsItsEffectFailsTheIdempotencyCheck() {
    AdapterContract<FolderProvisioner> kit = new AdapterContract<>() {
      @Override
      protected FolderProvisioner adapter() {
        return new FolderProvisioner(root, false);
      }

      @Override
      protected CompletionStage<StepResult> call(FolderProvisioner adapter, AdapterContext context) {
        return adapter.provision(context, infrastructure(context));
      }

      @Override
      protected Object observe() {
        return files(root);
      }
    };

    assertThatThrownBy(kit::theSameIdempotencyKeyHasTheEffectOfOneCall).isInstanceOf(AssertionError.class)
        .hasMessageContaining("idempotency key");
  }

  @Test
  void anAdapterThatNeverAnswersOrLeaksASecretFails() {
    AdapterContract<ProvisionService> silent = kit((context, infra) -> new CompletableFuture<>());
    AdapterContract<ProvisionService> leaky = kit((context, infra) -> CompletableFuture.completedFuture(
        StepResult.of("logged in with " + context.secrets().get("token").orElseThrow())));

    assertThatThrownBy(silent::completesWithAResultBeforeItsDeadline).isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not complete");
    assertThatThrownBy(leaky::keepsSecretsOutOfItsResult).isInstanceOf(AssertionError.class)
        .hasMessageContaining("message");
  }

  private static AdapterContract<ProvisionService> kit(ProvisionService adapter) {
    return new AdapterContract<>() {
      @Override
      protected ProvisionService adapter() {
        return adapter;
      }

      @Override
      protected CompletionStage<StepResult> call(ProvisionService a, AdapterContext context) {
        return a.provision(context, infrastructure(context));
      }

      @Override
      protected Object observe() {
        return "";
      }

      @Override
      protected Duration timeout() {
        return Duration.ofMillis(200);
      }
    };
  }
}
