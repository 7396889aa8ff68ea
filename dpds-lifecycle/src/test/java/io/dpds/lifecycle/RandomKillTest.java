package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.lifecycle.store.FileStore;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.store.LifecycleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publications and deployments killed (SIGKILL, a child JVM each) at random moments, 25 times each in the build
 * (about 50 s); {@code -Ddpds.killRuns=100} runs more, {@code -Ddpds.killSeed=N} repeats a run's delays: afterwards every version is published or cleanly absent once the
 * next attempt has run, every deployment is resumable and ends, no lock is left behind, and no step ran more than
 * once in each process. The counts of where the kills landed are printed.
 */
class RandomKillTest {

  static final int RUNS = Integer.getInteger("dpds.killRuns", 25);
  private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)); // claims, leases expired

  @TempDir Path dir;
  private final long seed = Long.getLong("dpds.killSeed", System.nanoTime());
  private final Random random = new Random(seed);

  @Test
  void killedPublicationsLeaveAVersionPublishedOrCleanlyAbsent() throws Exception {
    Map<String, Integer> found = new TreeMap<>();
    for (int run = 0; run < RUNS; run++) {
      Path store = dir.resolve("p" + run);
      killAtRandom(store, dir.resolve("pm" + run), "publish");

      LifecycleStore files = FileStore.open(store);
      String state = new StoredVersions(files).get(RegistryServiceTest.PRODUCT, "1.0.0")
          .map(r -> r.status().name().toLowerCase()).orElse("absent");
      found.merge(state, 1, Integer::sum);
      RegistryService next = RegistryService.builder().store(files).clock(LATER).build();
      PublishReport again = RegistryServiceTest.publish(next, Descriptors.trips("1.0.0"));

      assertThat(again.outcome()).as("run " + run + " (seed " + seed + ") left " + state).isIn(PublishReport.Outcome.STORED,
          PublishReport.Outcome.ALREADY_STORED);
      assertThat(next.get(RegistryServiceTest.PRODUCT, "1.0.0").orElseThrow().status())
          .isEqualTo(VersionRecord.Status.PUBLISHED);
    }
    System.out.println("killed publications, the version as the kill left it: " + found);
    assertThat(found.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(RUNS);
  }

  @Test
  void killedDeploymentsResumeAndEndWithoutALockLeftBehind() throws Exception {
    Map<String, Integer> found = new TreeMap<>();
    for (int run = 0; run < RUNS; run++) {
      Path store = dir.resolve("d" + run);
      Path marks = dir.resolve("dm" + run);
      RegistryServiceTest.publish(RegistryService.builder().store(FileStore.open(store)).build(),
          Descriptors.trips("1.0.0"));
      killAtRandom(store, marks, "deploy");
      List<String> beforeKill = MarkingAdapters.calls(marks);

      LifecycleStore files = FileStore.open(store);
      String state = files.get(Orchestration.DEPLOYMENTS, RegistryServiceTest.PRODUCT + "@1.0.0/dev/killed")
          .map(e -> DeploymentRecord.read(e.value(), "killed").state.name().toLowerCase())
          .orElse(files.keys(Orchestration.ACTIVE).isEmpty() ? "absent" : "lock without record");
      found.merge(state, 1, Integer::sum);
      MarkingAdapters adapters = new MarkingAdapters(marks, "none");
      DeploymentService next = DeploymentService.builder().store(files).clock(LATER)
          .registry(RegistryService.builder().store(files).build()).build(adapters).provision(adapters)
          .meta(adapters).integration(adapters).task(adapters).lease(Duration.ofMillis(300)).build();
      next.resume(RegistryServiceTest.PRODUCT, "1.0.0", Secrets.none());
      DeploymentReport report = next.deploy(new DeployRequest(RegistryServiceTest.PRODUCT, "1.0.0", "dev", "killed",
          Secrets.none()));

      assertThat(report.state()).as("run " + run + " (seed " + seed + ") left " + state + ": " + report.problems())
          .contains(DeploymentState.SUCCEEDED);
      assertThat(files.keys(Orchestration.ACTIVE)).as("no lock left behind (run " + run + ", seed " + seed + ")")
          .isEmpty();
      Map<String, Long> before = count(beforeKill);
      List<String> all = MarkingAdapters.calls(marks);
      Map<String, Long> after = count(all.subList(beforeKill.size(), all.size()));
      before.forEach((step, n) -> assertThat(n).as(step + " in the killed process").isEqualTo(1));
      after.forEach((step, n) -> assertThat(n).as(step + " after the restart").isEqualTo(1));
    }
    System.out.println("killed deployments, the deployment as the kill left it: " + found);
    assertThat(found.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(RUNS);
  }

  private static Map<String, Long> count(List<String> calls) {
    return calls.stream().map(c -> c.substring(0, c.indexOf(' ')))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  /** Starts the child, waits until it has started its work, then kills it after a random delay (or lets it end). */
  private void killAtRandom(Path store, Path marks, String mode) throws IOException, InterruptedException {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
        CrashingLifecycle.class.getName(), store.toString(), marks.toString(), mode)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(marks.resolve("started")) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      Thread.sleep(random.nextInt(mode.equals("publish") ? 1_200 : 500));
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
