package io.dpds.lifecycle;

import io.dpds.lifecycle.store.FileStore;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.adapter.Secrets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link KillAndResumeTest}: publishes the test product into the file store {@code args[0]} and
 * deploys it with adapters that mark their calls in {@code args[1]} and hang at {@code args[2]}, where the parent
 * kills the process.
 */
public final class CrashingDeployment {

  private CrashingDeployment() {}

  public static void main(String[] args) {
    LifecycleStore store = FileStore.open(Path.of(args[0]));
    MarkingAdapters adapters = new MarkingAdapters(Path.of(args[1]), args[2]);
    RegistryService registry = RegistryService.builder().store(store).build();
    RegistryServiceTest.publish(registry, Descriptors.trips("1.0.0"));
    DeploymentService.builder().store(store).registry(registry).build(adapters).provision(adapters).meta(adapters)
        .integration(adapters).task(adapters).parallelism(1).lease(java.time.Duration.ofMillis(300)).build()
        .deploy(new DeployRequest(RegistryServiceTest.PRODUCT, "1.0.0", "dev", "killed", Secrets.none()));
  }
}
