package org.example.host;

import io.dpds.model.ApplicationComponent;
import io.dpds.model.InfrastructuralComponent;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.BuildService;
import io.dpds.spi.adapter.IntegrationService;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.ProvisionService;
import io.dpds.spi.adapter.StepResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Adapters that do nothing, found by ServiceLoader (src/test/resources/META-INF/services), for the deployment. */
final class NoOpAdapters {

  private NoOpAdapters() {}

  /** Builds nothing. */
  public static final class Build implements BuildService {
    @Override
    public CompletionStage<StepResult> build(AdapterContext context, ApplicationComponent application) {
      return CompletableFuture.completedFuture(StepResult.of("nothing to build"));
    }
  }

  /** Provisions nothing. */
  public static final class Provision implements ProvisionService {
    @Override
    public CompletionStage<StepResult> provision(AdapterContext context, InfrastructuralComponent infrastructure) {
      return CompletableFuture.completedFuture(StepResult.of("nothing to provision"));
    }
  }

  /** Deploys nothing. */
  public static final class Deploy implements IntegrationService {
    @Override
    public CompletionStage<StepResult> deploy(AdapterContext context, ApplicationComponent application,
        StepResult build) {
      return CompletableFuture.completedFuture(StepResult.of("nothing to deploy"));
    }
  }

  /** Records nothing. */
  public static final class Meta implements MetaService {
    @Override
    public CompletionStage<StepResult> register(AdapterContext context) {
      return CompletableFuture.completedFuture(StepResult.of("nothing to record"));
    }
  }
}
