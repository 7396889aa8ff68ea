package io.dpds.cli;

import io.dpds.report.VisibleText;
import io.dpds.spi.adapter.LifecycleEvent;
import io.dpds.spi.adapter.LifecycleListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Prints each change of a publication or deployment as it happens, with the time since the start. */
final class Progress implements LifecycleListener {

  private final PrintWriter out;
  private final Clock clock;
  private final Instant start;

  Progress(PrintWriter out, Clock clock) {
    this.out = out;
    this.clock = clock;
    this.start = clock.instant();
  }

  @Override
  public synchronized void onEvent(LifecycleEvent event) {
    Duration since = Duration.between(start, clock.instant());
    String mark = switch (event.type()) {
      case GATE_FAILED, STEP_FAILED, PUBLICATION_REFUSED, PUBLICATION_FAILED, DEPLOYMENT_FAILED,
          COMPENSATION_FAILED -> "x";
      case STEP_RETRIED, STEP_COMPENSATED, DEPLOYMENT_CANCELLED -> "~";
      case STEP_STARTED, PUBLICATION_STARTED, DEPLOYMENT_STARTED -> ">";
      default -> "+";
    };
    String head = String.format("[%3d.%01ds] %s ", since.toSeconds(), since.toMillisPart() / 100, mark);
    String indent = " ".repeat(head.length()); // a message of several lines (an adapter's list) stays under its own
    out.println(head + VisibleText.ofLines(event.message()).replace("\n", System.lineSeparator() + indent));
    out.flush();
  }
}
