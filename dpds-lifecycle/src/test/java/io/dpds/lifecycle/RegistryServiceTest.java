package io.dpds.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dpds.lifecycle.store.InMemoryStore;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ResourceException;
import io.dpds.load.ResourceLoader;
import io.dpds.report.Diagnostic;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.LifecycleEvent;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.adapter.StepResult;
import io.dpds.spi.policy.PolicyResult;
import io.dpds.spi.policy.PolicyService;
import io.dpds.spi.policy.PolicyViolation;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Publication through the gates, immutability, idempotency, races, status changes, search and the audit. */
class RegistryServiceTest {

  static final String PRODUCT = "urn:dpds:com.acme:dataproducts:trips";

  final InMemoryStore store = new InMemoryStore();
  final List<AdapterContext> metaCalls = new CopyOnWriteArrayList<>();
  final List<LifecycleEvent> events = new CopyOnWriteArrayList<>();
  final MetaService meta = context -> {
    metaCalls.add(context);
    return CompletableFuture.completedFuture(StepResult.of("recorded"));
  };

  RegistryService.Builder registry() {
    return RegistryService.builder().store(store).meta(meta).listener(events::add);
  }

  static LoadResult loaded(String yaml) {
    URI uri = URI.create("mem://test/descriptor.yaml");
    return DescriptorLoader.builder().loader(ResourceLoader.inMemory(Map.of(uri.toString(), yaml))).build().load(uri);
  }

  static PublishReport publish(RegistryService registry, String yaml) {
    return registry.publish(loaded(yaml), "descriptor.yaml", false);
  }

  @Test
  void aValidFirstVersionIsStoredRecordedAndAudited() {
    RegistryService registry = registry().build();

    PublishReport report = publish(registry, Descriptors.trips("1.0.0"));

    assertThat(report.outcome()).isEqualTo(PublishReport.Outcome.STORED);
    assertThat(report.gates()).extracting(GateResult::gate).containsExactly("validation", "policies");
    assertThat(report.record()).hasValueSatisfying(r -> {
      assertThat(r.status()).isEqualTo(VersionRecord.Status.PUBLISHED);
      assertThat(r.fqn()).isEqualTo(PRODUCT + ":1");
    });
    assertThat(registry.versions(PRODUCT + ":1")).extracting(VersionRecord::version).containsExactly("1.0.0");
    assertThat(metaCalls).singleElement().satisfies(c -> {
      assertThat(c.stage()).isEmpty();
      assertThat(c.idempotencyKey()).isEqualTo("publish:" + PRODUCT + "@1.0.0:meta");
    });
    assertThat(registry.audit(PRODUCT)).extracting(AuditEntry::subject, AuditEntry::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("publication", "started"),
        org.assertj.core.groups.Tuple.tuple("gate:validation", "passed"),
        org.assertj.core.groups.Tuple.tuple("gate:policies", "passed"),
        org.assertj.core.groups.Tuple.tuple("publication", "stored"));
    assertThat(events).extracting(LifecycleEvent::type).contains(LifecycleEvent.Type.VERSION_STORED);
    assertThat(registry.descriptor(PRODUCT, "1.0.0").orElseThrow().tree().at("/info/version").asText())
        .isEqualTo("1.0.0");
  }

  @Test
  void theSameVersionAgainIsIdempotentWithTheSameContentAndRefusedWithOther() {
    RegistryService registry = registry().build();
    publish(registry, Descriptors.trips("1.0.0"));

    PublishReport again = publish(registry, Descriptors.trips("1.0.0"));
    PublishReport other = publish(registry, Descriptors.trips("1.0.0").replace("domain: logistics", "domain: fleet"));

    assertThat(again.outcome()).isEqualTo(PublishReport.Outcome.ALREADY_STORED);
    assertThat(other.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(other.refusedBy().orElseThrow().findings()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("lifecycle.version-conflict");
      assertThat(d.location()).as("where the new descriptor writes its version").hasValueSatisfying(at ->
          assertThat(at.line()).isEqualTo(lineOf(Descriptors.trips("1.0.0"), "  version: 1.0.0")));
    });
    assertThat(metaCalls).hasSize(1);
    assertThat(registry.get(PRODUCT, "1.0.0").orElseThrow().domain()).isEqualTo("logistics");
  }

  /** {@return the 1-based number of the first line of {@code text} that is {@code line}} */
  private static int lineOf(String text, String line) {
    return text.lines().toList().indexOf(line) + 1;
  }

  @Test
  void anInvalidDescriptorIsRefusedByValidationAndNothingIsStored() {
    RegistryService registry = registry().build();

    PublishReport report = publish(registry, Descriptors.trips("1.0.0").replace("  domain: logistics\n", ""));
    PublishReport nameless =
        publish(registry, Descriptors.trips("1.0.0").replaceFirst("version: 1.0.0", "version: one"));

    assertThat(report.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(report.published()).map(PublishReport.Published::version).contains("1.0.0");
    assertThat(nameless.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(nameless.published()).as("no semantic version: not a version of anything").isEmpty();
    assertThat(report.refusedBy().orElseThrow().gate()).isEqualTo("validation");
    assertThat(report.refusedBy().orElseThrow().findings()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.location()).isPresent());
    assertThat(registry.versions(PRODUCT)).isEmpty();
    assertThat(metaCalls).isEmpty();
  }

  @Test
  void aBreakingChangeNeedsAMajorBumpAndIsCheckedAgainstTheLatestEarlierVersionBySemver() {
    RegistryService registry = registry().build();
    publish(registry, Descriptors.trips("1.0.0"));
    publish(registry, Descriptors.trips("1.2.0"));
    String moved = Descriptors.trips("1.1.0").replace("platform: kafka", "platform: pulsar");

    PublishReport breaking = publish(registry, moved);
    PublishReport major = publish(registry, Descriptors.trips("2.0.0").replace("platform: kafka",
        "platform: pulsar").replaceAll("(outputports:status\\n\\s+name: status\\n\\s+version: )2.0.0", "$12.0.0"));

    assertThat(breaking.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(breaking.published()).as("the version refused").map(PublishReport.Published::version)
        .contains("1.1.0");
    assertThat(breaking.previousVersion()).contains("1.0.0");
    assertThat(breaking.refusedBy().orElseThrow().gate()).isEqualTo("compatibility");
    assertThat(breaking.refusedBy().orElseThrow().findings()).extracting(Diagnostic::ruleId)
        .contains("compat.port.platform");
    assertThat(major.outcome()).as(major.toString()).isEqualTo(PublishReport.Outcome.STORED);
    assertThat(major.previousVersion()).contains("1.2.0");
    assertThat(registry.versions(PRODUCT)).extracting(VersionRecord::version).containsExactly("1.0.0", "1.2.0",
        "2.0.0");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void anApiBehindAReferenceInPromisesIsComparedAsTheValidatorAndDiffFollowIt(boolean storedByAnEarlierRegistry,
      @TempDir Path dir) throws IOException {
    Path v1 = Files.writeString(dir.resolve("v1.yaml"), Descriptors.apiInComponents("1.0.0", false));
    Path v2 = Files.writeString(dir.resolve("v2.yaml"), Descriptors.apiInComponents("1.0.1", true));
    RegistryService registry = registry().build();
    RegistryService earlier = storedByAnEarlierRegistry // one that read the spec's positions only
        ? registry().loader(DescriptorLoader.defaults()).build() : registry;

    assertThat(earlier.publish(v1, false).outcome()).isEqualTo(PublishReport.Outcome.STORED);
    assertThat(registry.publish(v1, false).outcome()).as("the same file again, stored by either")
        .isEqualTo(PublishReport.Outcome.ALREADY_STORED);
    PublishReport removed = registry.publish(v2, false);

    assertThat(removed.outcome()).as(removed.toString()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(removed.refusedBy().orElseThrow().findings()).extracting(Diagnostic::ruleId)
        .contains("compat.version.bump-too-small");
    assertThat(removed.compatibility().orElseThrow().findings()).extracting(f -> f.diagnostic().ruleId())
        .contains("compat.openapi.operation");
  }

  @Test
  void aBlockingPolicyRefusesAnAdvisoryOneOnlyReports() {
    PolicyService policies = input -> CompletableFuture.completedFuture(List.of(
        new PolicyResult("acme.advisory", false, List.of(new PolicyViolation("/info", "advice", null))),
        new PolicyResult("acme.blocking", true, input.subject().tree().at("/info/domain").asText().equals("fleet")
            ? List.of(new PolicyViolation("/info/domain", "fleet is closed", null)) : List.of())));
    RegistryService registry = registry().policies(policies).build();

    PublishReport ok = publish(registry, Descriptors.trips("1.0.0"));
    PublishReport blocked = publish(registry, Descriptors.trips("1.1.0").replace("domain: logistics",
        "domain: fleet"));

    assertThat(ok.outcome()).isEqualTo(PublishReport.Outcome.STORED);
    assertThat(ok.gates().get(1).findings()).extracting(Diagnostic::ruleId).containsExactly("acme.advisory");
    assertThat(blocked.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(blocked.refusedBy().orElseThrow().findings()).extracting(Diagnostic::ruleId)
        .contains("acme.blocking");
    assertThat(registry.get(PRODUCT, "1.1.0")).isEmpty();
  }

  @Test
  void aPolicyServiceThatNeverAnswersOrFailsRefusesWithALocatedPolicyFailedFindingInsteadOfHanging() {
    RegistryService silent = registry().policies(input -> new CompletableFuture<>())
        .policyTimeout(Duration.ofMillis(200)).build();
    RegistryService broken = registry().policies(input -> {
      throw new IllegalStateException("the OPA bridge is down");
    }).build();

    PublishReport unanswered = publish(silent, Descriptors.trips("1.0.0"));
    PublishReport failed = publish(broken, Descriptors.trips("1.0.0"));

    assertThat(unanswered.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(unanswered.refusedBy().orElseThrow().findings()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("policy.failed");
      assertThat(d.message()).contains("did not answer within PT0.2S");
      assertThat(d.location()).as("located at the descriptor's root").isPresent();
    });
    assertThat(failed.refusedBy().orElseThrow().findings()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("the OPA bridge is down"));
    assertThat(silent.versions(PRODUCT)).isEmpty();
  }

  @Test
  void secretsQuotedByAPolicyReachNeitherTheReportNorTheAudit() {
    PolicyService quoting = input -> CompletableFuture.completedFuture(List.of(new PolicyResult("acme.quote", true,
        List.of(new PolicyViolation("/info", "the key s3cr3t-Value-42 is not allowed", null)))));
    RegistryService registry = registry().policies(quoting)
        .secrets(Secrets.of(Map.of("kafka_api_key", "s3cr3t-Value-42"))).build();

    PublishReport report = publish(registry, Descriptors.trips("1.0.0"));

    assertThat(report.refusedBy().orElseThrow().findings()).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("the key *** is not allowed"));
    assertThat(registry.audit(PRODUCT)).allSatisfy(e -> assertThat(e.reason()).doesNotContain("s3cr3t-Value-42"));
  }

  @Test
  void aDryRunRunsTheGatesAndStoresNothing() {
    RegistryService registry = registry().build();

    PublishReport report = registry.publish(loaded(Descriptors.trips("1.0.0")), "d", true);

    assertThat(report.outcome()).isEqualTo(PublishReport.Outcome.WOULD_STORE);
    assertThat(report.published()).as("what it would store")
        .contains(new PublishReport.Published(PRODUCT + ":1", "1.0.0"));
    assertThat(report.gates()).allMatch(GateResult::passed);
    assertThat(registry.versions(PRODUCT)).isEmpty();
    assertThat(metaCalls).isEmpty();
    assertThat(registry.audit(PRODUCT)).as("not even in the audit trail").isEmpty();
  }

  @Test
  void aFailingOrSilentMetadataServiceLeavesNoVersionBehind() {
    MetaService failing = context -> CompletableFuture.failedFuture(new IllegalStateException("catalogue down"));
    MetaService silent = context -> new CompletableFuture<>();

    PublishReport failed = publish(registry().meta(failing).build(), Descriptors.trips("1.0.0"));
    PublishReport timedOut = publish(registry().meta(silent).metaTimeout(Duration.ofMillis(50)).build(),
        Descriptors.trips("1.0.0"));

    assertThat(failed.outcome()).isEqualTo(PublishReport.Outcome.FAILED);
    assertThat(failed.problems()).singleElement().satisfies(d -> assertThat(d.message()).contains("catalogue down"));
    assertThat(timedOut.outcome()).isEqualTo(PublishReport.Outcome.FAILED);
    assertThat(timedOut.problems().get(0).message()).contains("deadline");
    assertThat(registry().build().versions(PRODUCT)).isEmpty();
  }

  @Test
  void ofAHundredConcurrentPublicationsOfOneVersionExactlyOneStores() throws Exception {
    RegistryService registry = registry().build();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<PublishReport>> futures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String yaml = i % 2 == 0 ? Descriptors.trips("1.0.0")
          : Descriptors.trips("1.0.0").replace("domain: logistics", "domain: fleet");
      futures.add(pool.submit(() -> publish(registry, yaml)));
    }
    List<PublishReport> same = new ArrayList<>();
    List<PublishReport> other = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      (i % 2 == 0 ? same : other).add(futures.get(i).get());
    }
    pool.shutdown();

    // While the winner holds its claim, the others are told it is being published (lifecycle.publishing); after
    // it, the same content is already stored and other content is refused.
    boolean sameWon = same.stream().anyMatch(r -> r.outcome() == PublishReport.Outcome.STORED);
    List<PublishReport> winners = sameWon ? same : other;
    List<PublishReport> losers = sameWon ? other : same;
    assertThat(winners).filteredOn(r -> r.outcome() == PublishReport.Outcome.STORED).hasSize(1);
    assertThat(winners).filteredOn(r -> r.outcome() != PublishReport.Outcome.STORED).allSatisfy(r ->
        assertThat(r.outcome() == PublishReport.Outcome.ALREADY_STORED || publishing(r)).as(r.toString()).isTrue());
    assertThat(losers).allSatisfy(r ->
        assertThat(r.outcome() == PublishReport.Outcome.REFUSED || publishing(r)).as(r.toString()).isTrue());
    assertThat(metaCalls).hasSize(1);
    assertThat(registry.versions(PRODUCT)).singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(VersionRecord.Status.PUBLISHED));
  }

  private static boolean publishing(PublishReport report) {
    return report.outcome() == PublishReport.Outcome.FAILED && report.problems().stream()
        .allMatch(d -> d.ruleId().equals("lifecycle.publishing"));
  }

  @Test
  void searchDeprecateAndDecommission() {
    RegistryService registry = registry().build();
    publish(registry, Descriptors.trips("1.0.0"));
    publish(registry, Descriptors.trips("1.1.0"));

    assertThat(registry.search(VersionQuery.all().withDomain("logistics").withOwner("fleet@acme.com")))
        .hasSize(2);
    assertThat(registry.search(VersionQuery.all().withFqn(PRODUCT + ":1"))).hasSize(2);
    assertThat(registry.search(VersionQuery.all().withDomain("finance"))).isEmpty();

    assertThat(registry.deprecate(PRODUCT, "1.0.0", "use 1.1").outcome()).isEqualTo(StatusChange.Outcome.CHANGED);
    assertThat(registry.deprecate(PRODUCT, "1.0.0", "again").outcome()).isEqualTo(StatusChange.Outcome.UNCHANGED);
    assertThat(registry.decommission(PRODUCT, "1.0.0", "retired").outcome())
        .isEqualTo(StatusChange.Outcome.CHANGED);
    assertThat(registry.deprecate(PRODUCT, "1.0.0", "back?").outcome()).isEqualTo(StatusChange.Outcome.REFUSED);
    assertThat(registry.deprecate(PRODUCT, "9.9.9", "none").outcome()).isEqualTo(StatusChange.Outcome.NOT_FOUND);
    assertThat(registry.get(PRODUCT, "1.0.0").orElseThrow().status())
        .isEqualTo(VersionRecord.Status.DECOMMISSIONED);
  }

  @Test
  void storedVersionsKeepTheFilesTheirApisReferToSoThatLaterVersionsAreJudgedOnThem(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String descriptor = Descriptors.trips("1.0.0").replaceAll("(?s)definition:\n\\s+asyncapi: 2.6.0.*?payload: [^\n]*",
        "definition: {\\$ref: api.yaml}");
    java.nio.file.Files.writeString(dir.resolve("api.yaml"), "asyncapi: 2.6.0\ninfo: {title: status, version: 1.0.0}\n"
        + "channels:\n  status:\n    subscribe:\n      message:\n"
        + "        schemaFormat: application/vnd.apache.avro;version=1.9.0\n        payload: {$ref: status.avsc}\n");
    String avsc = "{\"type\": \"record\", \"name\": \"Status\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"},"
        + " {\"name\": \"state\", \"type\": \"string\"}]}";
    java.nio.file.Files.writeString(dir.resolve("status.avsc"), avsc);
    java.nio.file.Path root = java.nio.file.Files.writeString(dir.resolve("descriptor.yaml"), descriptor);
    RegistryService registry = registry().build();
    assertThat(descriptor).contains("$ref: api.yaml");
    PublishReport first = registry.publish(root, false);
    assertThat(first.outcome()).as(first.toString()).isEqualTo(PublishReport.Outcome.STORED);

    java.nio.file.Files.writeString(dir.resolve("status.avsc"), avsc.replace(", {\"name\": \"state\", \"type\":"
        + " \"string\"}", ""));
    PublishReport sameVersion = registry.publish(root, false);
    java.nio.file.Files.writeString(root, descriptor.replace("version: 1.0.0\n  domain", "version: 1.1.0\n  domain"));
    PublishReport minor = registry.publish(root, false);

    assertThat(sameVersion.outcome()).as("the .avsc is part of the content").isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(minor.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(minor.refusedBy().orElseThrow().findings()).extracting(Diagnostic::ruleId)
        .contains("compat.avro.field-removed");
    assertThat(registry.descriptor(PRODUCT, "1.0.0").orElseThrow().tree().toString())
        .contains("\"name\":\"state\"").doesNotContain("status.avsc");
  }

  @Test
  void whatIsStoredIsWhatWasJudgedEvenWhenAFileChangesDuringThePublication() {
    String descriptor = Descriptors.trips("1.1.0").replaceAll("(?s)definition:\n\\s+asyncapi: 2.6.0.*?payload: [^\n]*",
        "definition: {\\$ref: api.yaml}");
    String api = "asyncapi: 2.6.0\ninfo: {title: status, version: 1.0.0}\nchannels:\n  status:\n    subscribe:\n"
        + "      message:\n        schemaFormat: application/vnd.apache.avro;version=1.9.0\n"
        + "        payload: {$ref: status.avsc}\n";
    String judged = "{\"type\": \"record\", \"name\": \"Status\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"}]}";
    AtomicInteger avscReads = new AtomicInteger();
    ResourceLoader swapping = new ResourceLoader() {
      @Override
      public boolean supports(URI uri) {
        return "mem".equals(uri.getScheme());
      }

      @Override
      public byte[] read(URI uri, long maxBytes) throws ResourceException {
        String path = uri.getPath();
        String text = path.endsWith("descriptor.yaml") ? descriptor : path.endsWith("api.yaml") ? api
            : avscReads.getAndIncrement() == 0 ? judged : "{\"type\": \"string\"}"; // swapped after one read
        return text.getBytes(StandardCharsets.UTF_8);
      }
    };
    RegistryService registry = registry().loader(DescriptorLoader.builder().loader(swapping).build())
        .build();

    PublishReport report = registry.publish(URI.create("mem:/trips/descriptor.yaml"), false);

    assertThat(report.outcome()).as(report.toString()).isEqualTo(PublishReport.Outcome.STORED);
    assertThat(avscReads).as("the payload file is read once, for the gates and the stored copy alike").hasValue(1);
    assertThat(registry.descriptor(PRODUCT, "1.1.0").orElseThrow().tree().toString())
        .contains("\"name\":\"Status\"");
  }

  @Test
  void aSchemaWhoseDefinitionsUseEachOtherManyTimesOverIsRefusedAtTheLoadsLimitNotCopiedOutOfMemory(
      @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bomb.json"), Descriptors.reusingSchema(30));
    Files.writeString(dir.resolve("api.yaml"), "asyncapi: 2.6.0\ninfo: {title: status, version: 1.0.0}\n"
        + "channels:\n  status:\n    subscribe:\n      message:\n"
        + "        schemaFormat: application/schema+json;version=draft-07\n        payload: {$ref: bomb.json}\n");
    Path root = Files.writeString(dir.resolve("descriptor.yaml"), Descriptors.trips("1.0.0")
        .replaceAll("(?s)definition:\n\\s+asyncapi: 2.6.0.*?payload: [^\n]*", "definition: {\\$ref: api.yaml}"));
    RegistryService registry = registry().build();

    PublishReport report = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> registry.publish(root, true));

    assertThat(report.outcome()).isEqualTo(PublishReport.Outcome.REFUSED);
    assertThat(report.refusedBy().orElseThrow().findings()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo("load.limit");
      assertThat(d.message()).contains("more than 2000000 nodes");
      assertThat(d.location()).isPresent();
    });
  }

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    volatile Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aPublicationThatStoppedMidwayIsNeitherPublishedNorSkippedAndTheNextAttemptTakesItOver() throws Exception {
    TestClock clock = new TestClock();
    CompletableFuture<StepResult> stuck = new CompletableFuture<>();
    RegistryService first = RegistryService.builder().store(store).clock(clock).metaTimeout(Duration.ofMinutes(10))
        .meta(context -> stuck).build();
    RegistryService next = registry().clock(clock).metaTimeout(Duration.ofMinutes(10)).build();
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<PublishReport> crashed = thread.submit(() -> publish(first, Descriptors.trips("1.0.0")));
      while (first.get(PRODUCT, "1.0.0").isEmpty()) {
        Thread.sleep(10); // until the first publication holds its claim, waiting on the metadata service
      }

      PublishReport again = publish(next, Descriptors.trips("1.0.0"));
      PublishReport successor = publish(next, Descriptors.trips("1.1.0"));

      assertThat(again.outcome()).as("never reported as published while it is not").isEqualTo(
          PublishReport.Outcome.FAILED);
      assertThat(again.problems()).extracting(Diagnostic::ruleId).containsExactly("lifecycle.publishing");
      assertThat(successor.outcome()).as("the successor is not judged without it").isEqualTo(
          PublishReport.Outcome.REFUSED);
      assertThat(successor.refusedBy().orElseThrow().findings()).extracting(Diagnostic::ruleId)
          .containsExactly("lifecycle.publishing");

      clock.now = clock.now.plus(Duration.ofMinutes(30)); // the first publication's process is gone: its claim expired
      PublishReport takenOver = publish(next, Descriptors.trips("1.0.0"));
      stuck.complete(StepResult.of("recorded, too late"));
      PublishReport late = crashed.get();

      assertThat(takenOver.outcome()).isEqualTo(PublishReport.Outcome.STORED);
      assertThat(late.outcome()).as("the stopped publication changes nothing any more").isEqualTo(
          PublishReport.Outcome.FAILED);
      assertThat(late.problems()).extracting(Diagnostic::ruleId).containsExactly("lifecycle.publishing");
      assertThat(next.get(PRODUCT, "1.0.0").orElseThrow().status()).isEqualTo(VersionRecord.Status.PUBLISHED);
      assertThat(publish(next, Descriptors.trips("1.1.0")).previousVersion()).contains("1.0.0");
    } finally {
      thread.shutdownNow();
    }
  }
}
