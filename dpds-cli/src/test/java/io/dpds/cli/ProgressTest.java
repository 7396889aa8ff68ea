package io.dpds.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dpds.spi.adapter.LifecycleEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

  private static LifecycleEvent event(LifecycleEvent.Type type, String message) {
    return new LifecycleEvent(type, START, "run-1", "urn:dpds:com.acme:dataproducts:trips:1", "1.0.0", "dev",
        "provision:topics", message);
  }

  @Test
  void eachLineOfAMessageIsPrintedUnderTheFirstAndEveryLineIsPrintable() {
    StringWriter printed = new StringWriter();
    Progress progress = new Progress(new PrintWriter(printed), Clock.fixed(START, ZoneOffset.UTC));

    progress.onEvent(event(LifecycleEvent.Type.STEP_STARTED, "provision:topics started"));
    progress.onEvent(event(LifecycleEvent.Type.STEP_FAILED,
        "Refused, nothing changed:\ntopic trips\u001b[2J: 3 partitions, 6 asked\r\ntopic b: exists"));

    assertThat(printed.toString().lines()).containsExactly(
        "[  0.0s] > provision:topics started",
        "[  0.0s] x Refused, nothing changed:",
        "           topic trips\\u001b[2J: 3 partitions, 6 asked",
        "           topic b: exists");
  }
}
