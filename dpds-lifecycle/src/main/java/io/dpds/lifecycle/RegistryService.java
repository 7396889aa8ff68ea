package io.dpds.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.compat.CompatibilityChecker;
import io.dpds.compat.CompatibilityReport;
import io.dpds.identity.SemanticVersion;
import io.dpds.lifecycle.StoredVersions.Stored;
import io.dpds.load.DescriptorLoader;
import io.dpds.load.LoadResult;
import io.dpds.load.ReferencePositions;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.model.Info;
import io.dpds.model.Owner;
import io.dpds.policy.PolicyReport;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import io.dpds.report.Severity;
import io.dpds.report.SourceLocation;
import io.dpds.spi.adapter.AdapterContext;
import io.dpds.spi.adapter.LifecycleEvent;
import io.dpds.spi.adapter.LifecycleListener;
import io.dpds.spi.adapter.MetaService;
import io.dpds.spi.adapter.Secrets;
import io.dpds.spi.policy.PolicyEvent;
import io.dpds.spi.policy.PolicyInput;
import io.dpds.spi.policy.PolicyService;
import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import io.dpds.validation.DescriptorValidator;
import io.dpds.validation.ValidationReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The Registry Service: publishes product versions through their gates and keeps them. {@link #publish} runs load ->
 * validation -> compatibility against the latest earlier version (by semver, not by date) -> policies for the
 * version-publication event -> store (immutable) -> Meta Service. Nothing is stored when a gate refuses; a dry run
 * runs every gate and stores nothing, not even in the audit trail. Built once; thread-safe; concurrent publications
 * of one version give exactly one {@code STORED}, the others {@code ALREADY_STORED} (same content) or {@code
 * REFUSED} (other content).
 *
 * <pre>{@code
 * RegistryService registry = RegistryService.builder().store(FileStore.open(Path.of(".dpds")))
 *     .policies(PolicyEngine.builder().builtin().build()).build();
 * PublishReport report = registry.publish(Path.of("data-product-descriptor.yaml"), false);
 * report.refusedBy().ifPresent(gate -> gate.findings().forEach(System.err::println));
 * }</pre>
 */
public final class RegistryService {

  private final StoredVersions versions;
  private final DescriptorLoader loader;
  private final DescriptorValidator validator;
  private final CompatibilityChecker checker;
  private final PolicyService policies;
  private final MetaService meta;
  private final Duration metaTimeout;
  private final Duration policyTimeout;
  private final Secrets secrets;
  private final Journal journal;

  private RegistryService(Builder b) {
    this.versions = new StoredVersions(Objects.requireNonNull(b.store, "store"));
    this.loader = b.loader;
    this.validator = b.validator;
    this.checker = b.checker;
    this.policies = b.policies;
    this.meta = b.meta;
    this.metaTimeout = b.metaTimeout;
    this.policyTimeout = b.policyTimeout;
    this.secrets = b.secrets;
    this.journal = new Journal(b.store, b.clock, b.listeners);
  }

  /** {@return a builder; the store is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Publishes the descriptor whose root file is {@code file}; see the class comment. Never throws for bad input.
   *
   * @param file the root document
   * @param dryRun run the gates but store nothing
   * @return what happened and why
   */
  public PublishReport publish(Path file, boolean dryRun) {
    return publish(loader.load(file), file.toString(), dryRun);
  }

  /**
   * Publishes the descriptor at {@code uri}.
   *
   * @param uri the root document's URI
   * @param dryRun run the gates but store nothing
   * @return what happened and why
   */
  public PublishReport publish(URI uri, boolean dryRun) {
    return publish(loader.load(uri), uri.toString(), dryRun);
  }

  /**
   * Publishes a loaded descriptor; {@code source} names it in reports.
   *
   * @param loaded the descriptor as loaded
   * @param source the file or URI, as the user named it
   * @param dryRun run the gates but store nothing
   * @return what happened and why
   */
  public PublishReport publish(LoadResult loaded, String source, boolean dryRun) {
    Publication p = new Publication(source, dryRun);
    try {
      return p.run(loaded);
    } catch (StoreException e) {
      return p.failed(LifecycleRules.STORE_FAILED, e.getMessage());
    }
  }

  /**
   * {@return every version of {@code product} (its FQN, with or without the major), lowest version first}
   *
   * @param product the product's FQN
   */
  public List<VersionRecord> versions(String product) {
    return versions.versions(product);
  }

  /**
   * {@return the version {@code version} of {@code product}, if stored}
   *
   * @param product the product's FQN
   * @param version the version
   */
  public Optional<VersionRecord> get(String product, String version) {
    return versions.get(product, version);
  }

  /**
   * {@return the resolved descriptor of a stored version, read back from the store (locations point into the store)}
   *
   * @param product the product's FQN
   * @param version the version
   */
  public Optional<ResolvedDescriptor> descriptor(String product, String version) {
    return versions.published(product, version).map(StoredVersions.Published::descriptor);
  }

  /** The version {@code version} of {@code product} with its descriptor, from one read of the store. */
  Optional<StoredVersions.Published> published(String product, String version) {
    return versions.published(product, version);
  }

  /**
   * {@return the versions matching every criterion of {@code query}, by product then version}
   *
   * @param query the criteria
   */
  public List<VersionRecord> search(VersionQuery query) {
    return versions.search(query);
  }

  /**
   * {@return the audit trail of {@code product}: every gate, every decision, oldest first}
   *
   * @param product the product's FQN
   */
  public List<AuditEntry> audit(String product) {
    return journal.audit(productKey(product));
  }

  /**
   * Marks a published version deprecated, behind the policies of the deprecation event.
   *
   * @param product the product's FQN
   * @param version the version
   * @param reason why, for the audit
   * @return what changed, or why nothing did
   */
  public StatusChange deprecate(String product, String version, String reason) {
    return changeStatus(product, version, VersionRecord.Status.DEPRECATED, PolicyEvent.DEPRECATION, reason);
  }

  /**
   * Marks a version decommissioned (no longer deployable), behind the policies of the decommission event.
   *
   * @param product the product's FQN
   * @param version the version
   * @param reason why, for the audit
   * @return what changed, or why nothing did
   */
  public StatusChange decommission(String product, String version, String reason) {
    return changeStatus(product, version, VersionRecord.Status.DECOMMISSIONED, PolicyEvent.DECOMMISSION, reason);
  }

  private StatusChange changeStatus(String product, String version, VersionRecord.Status next, PolicyEvent event,
      String reason) {
    String key = productKey(product);
    Optional<LifecycleStore.Entry> entry = versions.entry(key, version);
    if (entry.isEmpty() || Stored.read(entry.get().value(), product, version).record().status()
        == VersionRecord.Status.PUBLISHING) {
      return new StatusChange(StatusChange.Outcome.NOT_FOUND, Optional.empty(), List.of(LifecycleRules.NOT_PUBLISHED
          .at("").message("No published version " + version + " of " + product).build()));
    }
    Stored stored = Stored.read(entry.get().value(), product, version);
    VersionRecord now = stored.record();
    if (now.status() == next) {
      return new StatusChange(StatusChange.Outcome.UNCHANGED, Optional.of(now), List.of());
    }
    if (now.status() == VersionRecord.Status.DECOMMISSIONED) {
      return new StatusChange(StatusChange.Outcome.REFUSED, Optional.of(now), List.of(LifecycleRules.NOT_PUBLISHED
          .at("").message(version + " of " + product + " is decommissioned; it cannot become " + next).build()));
    }
    Journal.Run run = new Journal.Run(UUID.randomUUID().toString(), key, now.fqn(), version, null, secrets, true);
    ResolvedDescriptor descriptor = descriptor(key, version).orElseThrow();
    PolicyInput.Builder input = PolicyInput.builder(event).before(descriptor).context("reason", reason);
    if (event != PolicyEvent.DECOMMISSION) {
      input.after(descriptor);
    }
    GateResult gate = Gates.redact(Gates.policies(policies, policyTimeout, input.build()).gate(), secrets);
    journal.tell(run, gate.passed() ? LifecycleEvent.Type.GATE_PASSED : LifecycleEvent.Type.GATE_FAILED, null,
        "gate:policies", gate.passed() ? "passed" : "refused", Gates.summary(gate), gate.took().toMillis());
    if (!gate.passed()) {
      return new StatusChange(StatusChange.Outcome.REFUSED, Optional.of(now), gate.findings());
    }
    VersionRecord changed = now.withStatus(next);
    if (!versions.replace(new Stored(changed, stored.descriptor()), entry.get().revision())) {
      return changeStatus(product, version, next, event, reason); // changed meanwhile: decide again on the new state
    }
    journal.tell(run, next == VersionRecord.Status.DEPRECATED ? LifecycleEvent.Type.VERSION_DEPRECATED
        : LifecycleEvent.Type.VERSION_DECOMMISSIONED, null, "version", next.name().toLowerCase(), reason, 0);
    return new StatusChange(StatusChange.Outcome.CHANGED, Optional.of(changed), gate.findings());
  }

  /** How long a publication's claim on a version lasts: the metadata call's deadline, and a minute. */
  private Duration claimTimeout() {
    return metaTimeout.plusMinutes(1);
  }

  /** When the claim of the publication that stored {@code record} (still publishing) expires. */
  private Instant claimExpiry(VersionRecord record) {
    return record.publishedAt().plus(claimTimeout());
  }

  static String productKey(String product) {
    return StoredVersions.productKey(product);
  }

  /** One publication, from load to metadata. */
  private final class Publication {
    private final String source;
    private final boolean dryRun;
    private final List<GateResult> gates = new ArrayList<>();
    private ValidationReport validation;
    private CompatibilityReport compatibility;
    private PolicyReport policyReport;
    private String previous;
    private Journal.Run run;
    private @Nullable SourceLocation version; // where the descriptor writes info.version, once it is loaded
    private PublishReport.@Nullable Published published; // what the descriptor says it is, once it is loaded

    Publication(String source, boolean dryRun) {
      this.source = source;
      this.dryRun = dryRun;
    }

    PublishReport run(LoadResult loaded) {
      if (loaded.resolved().isEmpty()) {
        return report(PublishReport.Outcome.FAILED, null, loaded.diagnostics().stream().filter(Diagnostic::isError)
            .toList());
      }
      ResolvedDescriptor now = loaded.resolved().get();
      version = now.locate("/info/version").orElse(null);
      SelfContained.Result selfContained = SelfContained.of(now);
      if (selfContained.problem().isPresent()) {
        pass(gateOf("validation", List.of(selfContained.problem().get()), System.nanoTime()));
        return refused();
      }
      JsonNode content = selfContained.tree().orElseThrow();
      Optional<Identity> identity = Identity.of(now, content);
      identity.ifPresent(id -> {
        published = new PublishReport.Published(id.fqn(), id.version());
        run = new Journal.Run(UUID.randomUUID().toString(), id.product(), id.fqn(), id.version(), null, secrets,
            !dryRun);
        journal.tell(run, LifecycleEvent.Type.PUBLICATION_STARTED, null, "publication", "started",
            source + (dryRun ? " (dry run)" : ""), 0);
      });
      long start = System.nanoTime();
      validation = validator.validate(loaded);
      if (!pass(gateOf("validation", validation.atLeast(Severity.ERROR), start))) {
        return refused();
      }
      if (identity.isEmpty()) {
        pass(gateOf("identity", List.of(LifecycleRules.IDENTITY.at("/info").message("The descriptor has no product"
            + " fullyQualifiedName or no semantic info.version").location(now.locate("/info").orElse(null))
            .build()), System.nanoTime()));
        return refused();
      }
      Identity id = identity.get();
      Optional<PublishReport> existing = existing(id, content);
      if (existing.isPresent()) {
        return existing.get();
      }
      Optional<PublishReport> unsettled = unsettledEarlier(id);
      if (unsettled.isPresent()) {
        return unsettled.get();
      }
      ResolvedDescriptor before = latestEarlier(id).orElse(null);
      if (before != null) {
        start = System.nanoTime();
        compatibility = checker.check(before, now);
        List<Diagnostic> refusals = new ArrayList<>(compatibility.versionProblems());
        compatibility.findings().stream().map(f -> f.diagnostic()).filter(Diagnostic::isError).forEach(refusals::add);
        refusals.addAll(compatibility.inputProblems());
        if (!pass(gateOf("compatibility", compatibility.versionOk() ? List.of() : refusals, start))) {
          return refused();
        }
      }
      PolicyInput.Builder input = PolicyInput.builder(before == null ? PolicyEvent.PRODUCT_CREATION
          : PolicyEvent.VERSION_PUBLICATION).after(now);
      if (before != null) {
        input.before(before);
      }
      Gates.Verdict verdict = Gates.policies(policies, policyTimeout, input.build());
      policyReport = verdict.report();
      if (!pass(verdict.gate())) {
        return refused();
      }
      if (dryRun) {
        journal.tell(run, LifecycleEvent.Type.GATE_PASSED, null, "publication", "would store", "dry run", 0);
        return report(PublishReport.Outcome.WOULD_STORE, null, List.of());
      }
      return store(id, now, content);
    }

    private PublishReport store(Identity id, ResolvedDescriptor now, JsonNode content) {
      Info info = now.descriptor().info().orElseThrow();
      VersionRecord record = new VersionRecord(id.product(), id.fqn(), info.name().orElse(""), id.version(),
          info.domain().orElse(null), info.owner().flatMap(Owner::id).orElse(null), now.descriptor().tags(),
          VersionRecord.Status.PUBLISHING, journal.clock().instant(), id.digest());
      Stored claim = new Stored(record, content, run.correlationId());
      if (!versions.create(claim)) { // another publication won, or failed and left
        return existing(id, content).orElseGet(() -> store(id, now, content));
      }
      return recordMetadata(claim, now, content);
    }

    /**
     * Records the metadata of a version this publication claimed, then marks it published; on failure the version is
     * removed. Both only while the claim is still this publication's (a later attempt may have rolled back a claim
     * that outlived its expiry).
     */
    private PublishReport recordMetadata(Stored claim, ResolvedDescriptor now, JsonNode content) {
      VersionRecord record = claim.record();
      long start = System.nanoTime();
      if (meta != null) {
        AdapterContext context = AdapterContext.builder().correlationId(run.correlationId())
            .product(record.fqn(), record.version()).step("meta", "publish:" + record.product() + "@"
                + record.version() + ":meta").deadline(journal.clock().instant().plus(metaTimeout)).secrets(secrets)
            .descriptor(now).build();
        try {
          meta.register(context).toCompletableFuture().get(metaTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
          String why = secrets.redact(Gates.cause(e));
          versions.settle(claim, null);
          journal.tell(run, LifecycleEvent.Type.PUBLICATION_FAILED, "meta", "meta", "failed", why,
              Duration.ofNanos(System.nanoTime() - start).toMillis());
          return report(PublishReport.Outcome.FAILED, null, List.of(LifecycleRules.ADAPTER_FAILED.at("")
              .message("The metadata service " + meta.name() + " failed; the version was not kept: " + why)
              .build()));
        }
      }
      VersionRecord published = record.withStatus(VersionRecord.Status.PUBLISHED);
      if (!versions.settle(claim, new Stored(published, content))) {
        journal.tell(run, LifecycleEvent.Type.PUBLICATION_FAILED, "meta", "publication", "failed",
            "the claim expired and a later publication took the version over", 0);
        return report(PublishReport.Outcome.FAILED, null, List.of(atVersion(LifecycleRules.PUBLISHING)
            .message("This publication of " + record.version() + " took longer than its claim ("
                + claimTimeout() + "); a later one took the version over, so this one changed nothing").build()));
      }
      journal.tell(run, LifecycleEvent.Type.VERSION_STORED, null, "publication", "stored", "digest "
          + record.digest(), Duration.ofNanos(System.nanoTime() - start).toMillis());
      return report(PublishReport.Outcome.STORED, published, List.of());
    }

    /** The outcome when this version is already stored: idempotent with the same content, refused with other. */
    private Optional<PublishReport> existing(Identity id, JsonNode content) {
      Optional<LifecycleStore.Entry> entry = versions.entry(id.product(), id.version());
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      Stored stored = Stored.read(entry.get().value(), id.product(), id.version());
      if (stored.record().status() == VersionRecord.Status.PUBLISHING) {
        Instant expires = claimExpiry(stored.record());
        if (journal.clock().instant().isBefore(expires)) {
          return Optional.of(report(PublishReport.Outcome.FAILED, null, List.of(atVersion(LifecycleRules.PUBLISHING)
              .message("Version " + id.version() + " of " + id.product() + " is being published"
                  + " by another publication since " + stored.record().publishedAt() + "; try again once it has"
                  + " ended (its claim expires at " + expires + ")").build())));
        }
        rollBack(stored, entry.get().revision());
        return Optional.empty(); // rolled back: this attempt publishes it
      }
      if (stored.record().digest().equals(id.digest()) || sameWhenRead(stored, content)) {
        journal.tell(run, LifecycleEvent.Type.GATE_PASSED, null, "publication", "already stored",
            "same content as stored " + stored.record().publishedAt(), 0);
        return Optional.of(report(PublishReport.Outcome.ALREADY_STORED, stored.record(), List.of()));
      }
      pass(new GateResult("immutability", false, List.of(atVersion(LifecycleRules.VERSION_CONFLICT)
          .message("Version " + id.version() + " of " + id.product() + " is already published with other content"
              + " (digest " + stored.record().digest().substring(0, 12) + ")").build()), Duration.ZERO));
      return Optional.of(refused());
    }

    /**
     * Whether {@code content} reads as the stored version does, though its bytes differ: a version stored by an earlier
     * build kept a reference in a promise field as written, where {@code content} has its target.
     */
    private boolean sameWhenRead(Stored stored, JsonNode content) {
      String product = stored.record().product();
      String version = stored.record().version();
      Optional<ResolvedDescriptor> before = StoredVersions.read(product, version, stored.descriptor());
      return before.isPresent() && StoredVersions.read(product, version, content)
          .map(now -> now.tree().equals(before.get().tree())).orElse(false);
    }

    /**
     * The refusal when an earlier version is still being published (the compatibility gate cannot judge against a
     * version that may yet fail); earlier versions whose publication stopped midway are rolled back.
     */
    private Optional<PublishReport> unsettledEarlier(Identity id) {
      SemanticVersion mine = id.semanticVersion();
      for (VersionRecord earlier : versions(id.product())) {
        if (earlier.status() != VersionRecord.Status.PUBLISHING || !isLower(earlier, mine)) {
          continue;
        }
        Instant expires = claimExpiry(earlier);
        if (journal.clock().instant().isBefore(expires)) {
          pass(gateOf("compatibility", List.of(atVersion(LifecycleRules.PUBLISHING).message("Version "
              + earlier.version() + ", which this one follows, is still being published; its successors are judged"
              + " against it once it has ended (its claim expires at " + expires + ")").build()), System.nanoTime()));
          return Optional.of(refused());
        }
        versions.entry(id.product(), earlier.version()).ifPresent(e ->
            rollBack(Stored.read(e.value(), id.product(), earlier.version()), e.revision()));
      }
      return Optional.empty();
    }

    /** Whether a stored version (a SemVer version, as every version the registry stores) is below {@code mine}. */
    private static boolean isLower(VersionRecord stored, SemanticVersion mine) {
      return SemanticVersion.parse(stored.version()).orElseThrow().isLowerThan(mine);
    }

    /** A finding of {@code rule} about this descriptor's info.version, located where the descriptor writes it. */
    private Diagnostic.Builder atVersion(Rule rule) {
      return rule.at("/info/version").location(version);
    }

    private void rollBack(Stored stale, long revision) {
      if (versions.rollBack(stale.record().product(), stale.record().version(), revision) && run != null) {
        journal.tell(run, LifecycleEvent.Type.PUBLICATION_FAILED, null, "publication", "rolled back",
            "version " + stale.record().version() + " was left being published since "
                + stale.record().publishedAt() + " by a publication that stopped", 0);
      }
    }

    /** The latest stored version lower than this one (by semver), not decommissioned. */
    private Optional<ResolvedDescriptor> latestEarlier(Identity id) {
      SemanticVersion mine = id.semanticVersion();
      Optional<VersionRecord> latest = versions(id.product()).stream()
          .filter(r -> r.status() != VersionRecord.Status.DECOMMISSIONED
              && r.status() != VersionRecord.Status.PUBLISHING && isLower(r, mine))
          .reduce((a, b) -> b);
      latest.ifPresent(r -> previous = r.version());
      return latest.flatMap(r -> descriptor(id.product(), r.version()));
    }

    private GateResult gateOf(String name, List<Diagnostic> refusals, long start) {
      return new GateResult(name, refusals.isEmpty(), refusals, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Records the gate's verdict; true when it passed. */
    private boolean pass(GateResult found) {
      GateResult gate = Gates.redact(found, secrets);
      gates.add(gate);
      if (run != null) {
        journal.tell(run, gate.passed() ? LifecycleEvent.Type.GATE_PASSED : LifecycleEvent.Type.GATE_FAILED, null,
            "gate:" + gate.gate(), gate.passed() ? "passed" : "refused", Gates.summary(gate), gate.took().toMillis());
      }
      return gate.passed();
    }

    private PublishReport refused() {
      if (run == null) {
        return report(PublishReport.Outcome.REFUSED, null, List.of());
      }
      journal.tell(run, LifecycleEvent.Type.PUBLICATION_REFUSED, null, "publication", "refused",
          "by the " + gates.get(gates.size() - 1).gate() + " gate", 0);
      return report(PublishReport.Outcome.REFUSED, null, List.of());
    }

    PublishReport failed(io.dpds.report.Rule rule, String why) {
      return report(PublishReport.Outcome.FAILED, null, List.of(rule.at("").message(why).build()));
    }

    private PublishReport report(PublishReport.Outcome outcome, VersionRecord record, List<Diagnostic> problems) {
      return new PublishReport(outcome, source, Optional.ofNullable(record), Optional.ofNullable(previous), gates,
          Gates.redact(problems, secrets), Optional.ofNullable(validation), Optional.ofNullable(compatibility),
          Optional.ofNullable(policyReport), Optional.ofNullable(published));
    }
  }

  /** Configures a {@link RegistryService}. Not thread-safe; the service it builds is. */
  public static final class Builder {
    private LifecycleStore store;
    private DescriptorLoader loader = DescriptorLoader.builder().referencePositions(ReferencePositions.LENIENT).build();
    private DescriptorValidator validator = DescriptorValidator.defaults();
    private CompatibilityChecker checker = CompatibilityChecker.defaults();
    private PolicyService policies;
    private MetaService meta;
    private Duration metaTimeout = Duration.ofMinutes(5);
    private Duration policyTimeout = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();
    private Secrets secrets = Secrets.none();
    private final List<LifecycleListener> listeners = new ArrayList<>();

    private Builder() {}

    /**
     * Where versions and the audit trail are kept (required).
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(LifecycleStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * How descriptors, and the documents their API definitions refer to, are read (root folder, allowed hosts,
     * mappings, limits); default {@link DescriptorLoader#defaults()} but for references in promise, expectation and
     * obligation fields, followed ({@link ReferencePositions#LENIENT}) as the default validation profile and the
     * compatibility check follow them: an API kept in {@code components.apis} is judged. Every gate reads those
     * documents through the loaded descriptor, so under these settings and at most once. A loader that does not
     * follow them stores such a reference as written, and the later versions are compared with it followed.
     *
     * @param loader the loader
     * @return this builder
     */
    public Builder loader(DescriptorLoader loader) {
      this.loader = Objects.requireNonNull(loader, "loader");
      return this;
    }

    /**
     * The validator of the validation gate (default: {@link DescriptorValidator#defaults()}).
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(DescriptorValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The checker of the compatibility gate (default: {@link CompatibilityChecker#defaults()}).
     *
     * @param checker the checker
     * @return this builder
     */
    public Builder checker(CompatibilityChecker checker) {
      this.checker = Objects.requireNonNull(checker, "checker");
      return this;
    }

    /**
     * The policies of the publication, deprecation and decommission gates; none by default (the gate passes).
     *
     * @param policies the policy service
     * @return this builder
     */
    public Builder policies(PolicyService policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /**
     * The metadata service told of each stored version; none by default.
     *
     * @param meta the metadata service
     * @return this builder
     */
    public Builder meta(MetaService meta) {
      this.meta = Objects.requireNonNull(meta, "meta");
      return this;
    }

    /**
     * The first {@link MetaService} listed for {@link ServiceLoader}, if any.
     *
     * @return this builder
     */
    public Builder discoverMeta() {
      ServiceLoader.load(MetaService.class, RegistryService.class.getClassLoader()).findFirst()
          .ifPresent(this::meta);
      return this;
    }

    /**
     * How long the metadata gate waits for the metadata service (5 minutes by default).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder metaTimeout(Duration timeout) {
      this.metaTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * How long a gate waits for the policy service's answer (5 minutes by default); a service that does not answer in
     * time fails the gate with a {@code policy.failed} finding.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder policyTimeout(Duration timeout) {
      this.policyTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * The clock of publication times, claims and events (default: the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Secrets for the metadata service; kept out of reports, logs and the audit.
     *
     * @param secrets the secrets
     * @return this builder
     */
    public Builder secrets(Secrets secrets) {
      this.secrets = Objects.requireNonNull(secrets, "secrets");
      return this;
    }

    /**
     * Adds a listener of every lifecycle event.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(LifecycleListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException when no store was given
     */
    public RegistryService build() {
      return new RegistryService(this);
    }
  }
}
