package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.lifecycle.store.FileStore;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.store.LifecycleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment whose JVM is killed (SIGKILL) mid-plan is resumed by another process from the file store. */
class KillAndResumeTest {

  @Test
  void aKilledDeploymentResumesWithoutRedoingCompletedStepsAndWithTheSameKeys(@TempDir Path dir) throws Exception {
    Path storeDir = dir.resolve("store");
    Path marks = dir.resolve("marks");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), CrashingDeployment.class.getName(), storeDir.toString(),
        marks.toString(), "deploy:ingest").redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(marks.resolve("reached")) && System.nanoTime() < deadline && child.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(marks.resolve("reached")).as(Files.exists(dir.resolve("child.log"))
          ? Files.readString(dir.resolve("child.log")) : "no log").exists();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    List<String> beforeKill = MarkingAdapters.calls(marks);

    Thread.sleep(500); // the killed process's lease (300 ms) runs out: nothing renews it any more
    LifecycleStore store = FileStore.open(storeDir);
    MarkingAdapters adapters = new MarkingAdapters(marks, "none");
    DeploymentService restarted = DeploymentService.builder().store(store)
        .registry(RegistryService.builder().store(store).build()).build(adapters).provision(adapters)
        .meta(adapters).integration(adapters).task(adapters).build();
    List<DeploymentReport> resumed = restarted.resume(Secrets.none());

    String key = RegistryServiceTest.PRODUCT + "@1.0.0/dev/killed#";
    assertThat(beforeKill).containsExactly("build:ingest " + key + "build:ingest",
        "build:report " + key + "build:report", "provision:cluster " + key + "provision:cluster",
        "provision:topics " + key + "provision:topics", "meta " + key + "meta",
        "deploy:ingest " + key + "deploy:ingest");
    assertThat(resumed).singleElement().satisfies(r -> {
      assertThat(r.state()).contains(DeploymentState.SUCCEEDED);
      assertThat(r.steps().values()).containsOnly(StepState.SUCCEEDED);
    });
    List<String> all = MarkingAdapters.calls(marks);
    assertThat(all.subList(beforeKill.size(), all.size())).as("after the restart: the interrupted step again, with"
        + " its key, then the rest").containsExactly("deploy:ingest " + key + "deploy:ingest",
        "deploy:report " + key + "deploy:report", "task:1 " + key + "task:1", "task:2 " + key + "task:2");
    assertThat(store.keys(Orchestration.ACTIVE)).as("the lock is released").isEmpty();
    assertThat(restarted.audit(RegistryServiceTest.PRODUCT)).extracting(AuditEntry::outcome).contains("resumed")
        .last().isEqualTo("succeeded");
  }
}
