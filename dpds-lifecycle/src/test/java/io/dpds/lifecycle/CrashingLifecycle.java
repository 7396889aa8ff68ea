package io.dpds.lifecycle;

import io.dpds.lifecycle.store.FileStore;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.store.LifecycleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link RandomKillTest}, which kills it (SIGKILL) at a random moment: publishes the test product
 * into the file store {@code args[0]} ({@code args[2]} = {@code publish}), or deploys the version published there
 * ({@code deploy}), with adapters that mark their calls in {@code args[1]}. Writes {@code started} there first.
 */
public final class CrashingLifecycle {

  private CrashingLifecycle() {}

  public static void main(String[] args) throws IOException {
    LifecycleStore store = FileStore.open(Path.of(args[0]));
    Path marks = Files.createDirectories(Path.of(args[1]));
    MarkingAdapters adapters = new MarkingAdapters(marks, "none");
    RegistryService registry = RegistryService.builder().store(store).meta(adapters)
        .metaTimeout(Duration.ofSeconds(5)).build();
    DeploymentService deployer = DeploymentService.builder().store(store).registry(registry).build(adapters)
        .provision(adapters).meta(adapters).integration(adapters).task(adapters).lease(Duration.ofMillis(300))
        .build();
    Files.writeString(marks.resolve("started"), "");
    if (args[2].equals("publish")) {
      RegistryServiceTest.publish(registry, Descriptors.trips("1.0.0"));
    } else {
      deployer.deploy(new DeployRequest(RegistryServiceTest.PRODUCT, "1.0.0", "dev", "killed", Secrets.none()));
    }
    Files.writeString(marks.resolve("ended"), "");
  }
}
