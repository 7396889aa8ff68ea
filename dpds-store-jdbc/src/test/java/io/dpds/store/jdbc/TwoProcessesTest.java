package io.dpds.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.lifecycle.Descriptors;
import io.dpds.lifecycle.RegistryService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two host JVMs on one database receive 50 deploy requests each for one version: one deployment runs. The JVM running
 * it is killed (SIGKILL) in the middle of a step; the other resumes it once the lease has run out and finishes it,
 * calling no completed step again and the one in flight again with the same key.
 */
class TwoProcessesTest {

  @Test
  void oneDeploymentRunsAndTheSurvivorFinishesItAfterTheOwnerIsKilled(@TempDir Path marks) throws Exception {
    JdbcStore store = JdbcStore.builder(Postgres.dataSource()).tablePrefix("twojvm_").build();
    store.migrate();
    assertThat(RegistryService.builder().store(store).build().publish(ManyInstancesTest.loaded(
        Descriptors.trips("1.0.0")), "trips", false).stored()).isTrue();
    List<Process> hosts = new ArrayList<>();
    try {
      for (String name : List.of("a", "b")) {
        hosts.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
            System.getProperty("java.class.path"), HostInstance.class.getName(), Postgres.url(), "twojvm_",
            marks.toString(), name).redirectErrorStream(true).redirectOutput(marks.resolve("log " + name).toFile())
            .start());
      }
      waitFor(() -> Files.exists(marks.resolve("reached")) && files(marks, "outcome ").size() == 99, marks);
      String owner = Files.readString(marks.resolve("reached"));
      String survivor = owner.equals("a") ? "b" : "a";
      Process running = hosts.get(owner.equals("a") ? 0 : 1);
      running.destroyForcibly(); // SIGKILL, mid-step: nothing of the owner runs any more
      assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
      HostInstance.write(marks.resolve("release"), "");
      waitFor(() -> Files.exists(marks.resolve("resumed " + survivor)), marks);

      assertThat(Files.readString(marks.resolve("resumed " + survivor))).isEqualTo("SUCCEEDED");
      for (String outcome : files(marks, "outcome ")) {
        assertThat(Files.readString(marks.resolve(outcome))).as(outcome).isEqualTo("none lifecycle.busy");
      }
      List<String> before = calls(marks, owner);
      List<String> after = calls(marks, survivor);
      String inFlight = before.get(before.size() - 1);
      assertThat(inFlight).startsWith(HostInstance.HANG_AT + " ");
      assertThat(after.get(0)).as("the step in flight again, with its key").isEqualTo(inFlight);
      assertThat(after.subList(1, after.size())).as("no completed step again").doesNotContainAnyElementsOf(before);
      assertThat(Stream.concat(before.stream(), after.stream()).map(c -> c.substring(c.indexOf(' ') + 1)))
          .allMatch(key -> key.startsWith(ManyInstancesTest.TRIPS + "@1.0.0/dev/" + owner + "-"));
      assertThat(before.size() + after.size() - 1).isEqualTo(9);
      assertThat(store.keys("active")).as("the lock is released").isEmpty();
    } finally {
      hosts.forEach(Process::destroyForcibly);
    }
  }

  private static void waitFor(Condition condition, Path marks) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; files: " + files(marks, ""));
      }
      Thread.sleep(50);
    }
  }

  private interface Condition {
    boolean holds() throws IOException;
  }

  private static List<String> files(Path folder, String prefix) throws IOException {
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
    }
  }

  /** The calls of one instance in its order: "step key". */
  private static List<String> calls(Path marks, String instance) throws IOException {
    List<String> calls = new ArrayList<>();
    for (String file : files(marks, "call " + instance + " ")) {
      calls.add(file.substring(file.lastIndexOf(' ') + 1).replace('_', ':') + " "
          + Files.readString(marks.resolve(file)));
    }
    return calls;
  }
}
