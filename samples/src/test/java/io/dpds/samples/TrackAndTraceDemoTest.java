package io.dpds.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo, the README's main job, runs end to end and tells what happened and why. */
class TrackAndTraceDemoTest {

  @Test
  void theDemoPublishesDeploysAndRefusesTheBreakingVersionWithItsReasons(@TempDir Path work) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean ok = new TrackAndTraceDemo(Path.of("."), work, new PrintStream(bytes, true, StandardCharsets.UTF_8))
        .run();
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(ok).as(out).isTrue();
    assertThat(out).contains("=> published 1.0.0", "=> published 1.1.0", "=> published 2.0.0",
        "REFUSED by the compatibility gate", "trackandtrace-1.2.0-breaking/ports/trip-status-output.yaml:6:3:"
            + " [compat.port.platform]", "how to fix:", "Demo finished: every step went as expected.");
    assertThat(work.resolve("kafka/dev/topics/fleet.trip-status/topic.json")).exists();
    assertThat(work.resolve("schema-registry/fleet.trip-position-value/v2.avsc")).content()
        .contains("speedKmh");
    assertThat(work.resolve("deployments/dev/tripProcessor/trip-processor.sql")).exists();
    assertThat(Files.readString(work.resolve("ci-jobs/dev/task_1-provisionTopics.json")))
        .contains("$ENV{KAFKA_CLUSTER_DEV}");
  }
}
