package io.dpds.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.dpds.lifecycle.AuditEntry;
import io.dpds.lifecycle.DeployRequest;
import io.dpds.lifecycle.DeploymentReport;
import io.dpds.lifecycle.DeploymentService;
import io.dpds.lifecycle.DeploymentState;
import io.dpds.lifecycle.Descriptors;
import io.dpds.lifecycle.PublishReport;
import io.dpds.lifecycle.RegistryService;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceLoader;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.Secrets;
import io.dpds.test.RecordingAdapters;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several instances of a host on one database, each with its own connection pool and services, in one JVM: the
 * guarantees the lifecycle builds on the store (one winner per version, fencing by revision) hold across them.
 */
class ManyInstancesTest {

  static final String TRIPS = "urn:dpds:com.acme:dataproducts:trips";

  private final List<HikariDataSource> pools = new ArrayList<>();

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
  }

  /** A store as one more instance of the host sees the shared tables: through a pool of its own. */
  private JdbcStore instance(String prefix) {
    HikariDataSource pool = Postgres.pool(2);
    pools.add(pool);
    return JdbcStore.builder(pool).tablePrefix(prefix).build();
  }

  static LoadResult loaded(String yaml) {
    URI uri = URI.create("mem://test/descriptor.yaml");
    return DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(), yaml))).build().load(uri);
  }

  @Test
  void sixteenInstancesPublishingAHundredVersionsStoreEachOnceWithCompleteOrderedAudits() throws Exception {
    Postgres.freshStore(); // the server
    JdbcStore setup = instance("publish_");
    setup.migrate();
    List<String[]> work = new ArrayList<>();
    for (int version = 0; version < 10; version++) {
      for (int product = 0; product < 10; product++) {
        work.add(new String[] {"p" + product, "1." + version + ".0"});
      }
    }
    List<RegistryService> instances = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      instances.add(RegistryService.builder().store(instance("publish_")).build());
    }
    ExecutorService threads = Executors.newFixedThreadPool(16);
    List<Future<PublishReport>> reports = new ArrayList<>();
    try {
      for (int i = 0; i < work.size(); i++) {
        String[] job = work.get(i);
        RegistryService registry = instances.get(i % 16);
        reports.add(threads.submit(() -> publishWhenItsPredecessorHasEnded(registry,
            Descriptors.trips(job[1]).replace("trips", job[0]), job[0] + "@" + job[1])));
      }
      for (Future<PublishReport> report : reports) {
        PublishReport done = report.get(120, TimeUnit.SECONDS);
        assertThat(done.outcome()).as("no deadlock, no refusal: %s %s", done.source(), done.gates())
            .isEqualTo(PublishReport.Outcome.STORED);
      }
    } finally {
      threads.shutdown();
    }

    RegistryService reader = RegistryService.builder().store(instance("publish_")).build();
    for (int product = 0; product < 10; product++) {
      String fqn = "urn:dpds:com.acme:dataproducts:p" + product;
      assertThat(reader.versions(fqn)).hasSize(10);
      List<AuditEntry> audit = reader.audit(fqn);
      for (int version = 0; version < 10; version++) {
        String v = "1." + version + ".0";
        List<AuditEntry> stored = audit.stream().filter(e -> e.version().equals(v)
            && e.subject().equals("publication") && e.outcome().equals("stored")).toList();
        assertThat(stored).as(fqn + "@" + v + " stored once").hasSize(1);
        List<AuditEntry> trail = audit.stream().filter(e -> e.correlationId().equals(stored.get(0).correlationId()))
            .toList();
        assertThat(trail).extracting(e -> e.subject() + " " + e.outcome()).as("complete, in order")
            .startsWith("publication started", "gate:validation passed").endsWith("gate:policies passed",
                "publication stored");
        assertThat(trail).extracting(AuditEntry::at).isSorted();
      }
    }
  }

  @Test
  void aLiveInstanceKeepsItsDeploymentAndOneWhoseLeaseRanOutHasItsLateWritesRefused() throws Exception {
    Postgres.freshStore();
    JdbcStore first = instance("fencing_");
    first.migrate();
    RegistryService registry = RegistryService.builder().store(first).build();
    assertThat(registry.publish(loaded(Descriptors.trips("1.0.0")), "trips", false).stored()).isTrue();
    CountDownLatch stuck = new CountDownLatch(1);
    RecordingAdapters paused = new RecordingAdapters();
    paused.behave(context -> {
      if (context.stepId().equals("deploy:ingest") && stuck.getCount() > 0) {
        stuck.countDown();
        return new CompletableFuture<>(); // paused here (a long GC, a partition), alive
      }
      return paused.byFault(context);
    });
    DeploymentService one = deployer(first, paused).lease(Duration.ofSeconds(2)).build();
    DeployRequest request = new DeployRequest(TRIPS, "1.0.0", "dev", "r", Secrets.none());
    CompletableFuture<DeploymentReport> running = CompletableFuture.supplyAsync(() -> one.deploy(request));
    assertThat(stuck.await(30, TimeUnit.SECONDS)).isTrue();

    RecordingAdapters others = new RecordingAdapters();
    DeploymentService two = deployer(instance("fencing_"), others).build();
    assertThat(two.resume(Secrets.none())).as("its owner is alive and renews its lease").isEmpty();
    assertThat(two.deploy(new DeployRequest(TRIPS, "1.0.0", "dev", "other", Secrets.none())).problems())
        .extracting(Diagnostic::ruleId).containsExactly("lifecycle.busy");

    DeploymentService later = deployer(instance("fencing_"), others)
        .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10))).build();
    List<DeploymentReport> takenOver = later.resume(Secrets.none());
    DeploymentReport fenced = running.get(30, TimeUnit.SECONDS);

    assertThat(takenOver).singleElement().satisfies(r -> assertThat(r.state()).contains(DeploymentState.SUCCEEDED));
    assertThat(fenced.problems()).extracting(Diagnostic::message)
        .anyMatch(m -> m.contains("taken over by another instance"));
    assertThat(others.keys).as("the step in flight again, with its key").contains(paused.keys.get(
        paused.calls.indexOf("deploy:ingest")));
    assertThat(others.calls).doesNotContainAnyElementsOf(paused.calls.subList(0, paused.calls.indexOf(
        "deploy:ingest")));
  }

  /** Publishes as a CI job would: a version whose predecessor is still being published is offered again. */
  private static PublishReport publishWhenItsPredecessorHasEnded(RegistryService registry, String yaml, String name)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      PublishReport report = registry.publish(loaded(yaml), name, false);
      boolean waiting = report.gates().stream().flatMap(g -> g.findings().stream())
          .anyMatch(d -> d.ruleId().equals("lifecycle.publishing"));
      if (!waiting || System.nanoTime() > deadline) {
        return report;
      }
      Thread.sleep(20);
    }
  }

  private static DeploymentService.Builder deployer(JdbcStore store, RecordingAdapters adapters) {
    return DeploymentService.builder().store(store).registry(RegistryService.builder().store(store).build())
        .build(adapters).provision(adapters).meta(adapters).integration(adapters).task(adapters)
        .stepTimeout(Duration.ofMinutes(5));
  }
}
