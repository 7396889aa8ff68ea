package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks that once exhausted gigabytes of memory or minutes of time, run in a child JVM with a 256 MB heap: each
 * is answered by its finding, within the heap and a minute in all. The child's figures are printed.
 */
class HostileInputsInSmallHeapTest {

  @Test
  void everyAttackIsAnsweredWithinASmallHeap(@TempDir Path dir) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), HostileInputs.class.getName(), dir.toString())
        .redirectErrorStream(true)
        .start();
    boolean ended = child.waitFor(120, TimeUnit.SECONDS);
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      child.destroyForcibly();
    }
    System.out.println(output);

    assertThat(ended).as("ended within two minutes: " + output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output.lines().filter(l -> l.startsWith("ok "))).hasSize(5);
  }
}
