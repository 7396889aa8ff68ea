package io.dpds.lifecycle;

import io.dpds.spi.adapter.LifecycleEvent;
import io.dpds.spi.adapter.LifecycleListener;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Tells every change of state three ways, with secrets removed: an event to the listeners, an entry in the product's
 * audit trail in the store (not for a dry run), and a log line (logger {@code io.dpds.lifecycle}, INFO) carrying the
 * correlation id in its text and in the MDC key {@code correlationId}. Thread-safe.
 */
final class Journal {

  private static final Logger LOG = LoggerFactory.getLogger("io.dpds.lifecycle");

  private final LifecycleStore store;
  private final Clock clock;
  private final List<LifecycleListener> listeners;

  Journal(LifecycleStore store, Clock clock, List<LifecycleListener> listeners) {
    this.store = store;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
  }

  Clock clock() {
    return clock;
  }

  /**
   * Where a run is: its correlation id, product, version, stage (or null), the secrets to keep out, and whether it is
   * {@code audited} (a dry run stores nothing, its audit entries neither: it is told to the listeners and the log).
   */
  record Run(String correlationId, String product, String fqn, String version, String stage, Secrets secrets,
      boolean audited) {}

  /** Tells one change: {@code type} to listeners, {@code subject}/{@code outcome}/{@code reason} to the audit. */
  void tell(Run run, LifecycleEvent.Type type, String step, String subject, String outcome, String reason,
      long millis) {
    String clean = run.secrets().redact(reason == null ? "" : reason);
    Instant now = clock.instant();
    AuditEntry entry = new AuditEntry(now, run.correlationId(), run.product(), run.version(), run.stage(), subject,
        outcome, clean, millis);
    if (run.audited()) {
      store.append(auditLog(run.product()), new String(StoredJson.write(entry), StandardCharsets.UTF_8));
    }
    try (MDC.MDCCloseable ignored = MDC.putCloseable("correlationId", run.correlationId())) {
      LOG.info("[{}] {}@{}{} {} {}{}", run.correlationId(), run.fqn(), run.version(),
          run.stage() == null ? "" : " " + run.stage(), subject, outcome, clean.isEmpty() ? "" : ": " + clean);
    }
    LifecycleEvent event = new LifecycleEvent(type, now, run.correlationId(), run.fqn(), run.version(), run.stage(),
        step, subject + " " + outcome + (clean.isEmpty() ? "" : ": " + clean));
    for (LifecycleListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("[{}] a lifecycle listener failed: {}", run.correlationId(), e.toString());
      }
    }
  }

  /** The audit trail of {@code product}, oldest first. */
  List<AuditEntry> audit(String product) {
    List<AuditEntry> entries = new ArrayList<>();
    for (String line : store.read(auditLog(product))) {
      try {
        entries.add(StoredJson.read(line.getBytes(StandardCharsets.UTF_8), AuditEntry.class, "audit entry of " + product));
      } catch (StoreException e) {
        LOG.warn("an audit entry of {} cannot be read and is left out: {}", product, e.toString());
      }
    }
    return entries;
  }

  private static String auditLog(String product) {
    return "audit:" + product;
  }
}
