package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.DataProductDescriptor;
import io.dpds.model.ModelJson;
import io.dpds.report.Diagnostic;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a data product descriptor, JSON or YAML, from one or many documents joined by {@code $ref}, into a
 * {@link ResolvedDescriptor}.
 *
 * <p>Safe by default: local files only, confined to the root document's folder (widen it with
 * {@link Builder#root(Path)}); no network unless a host is allowed; bounded by {@link Limits}. Each document is read
 * once per load.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * LoadResult result = DescriptorLoader.defaults().load(Path.of("data-product-descriptor.yaml"));
 * result.diagnostics().forEach(System.err::println);
 * result.descriptor().ifPresent(d -> System.out.println(d.info().flatMap(Info::name)));
 * }</pre>
 */
public final class DescriptorLoader {

  private static final DescriptorLoader DEFAULTS = builder().build();

  private final Path root;
  private final Limits limits;
  private final List<ResourceLoader> loaders;
  private final ResourceLoader http;
  private final boolean resolveReferences;
  private final ReferencePositions positions;
  private final ReadOptions reading;
  private final JsonReader json;
  private final YamlReader yaml;

  private DescriptorLoader(Builder b) {
    this.root = b.root;
    this.limits = b.limits;
    this.loaders = List.copyOf(b.loaders);
    this.http = b.allowedHosts.isEmpty() ? null : ResourceLoader.http(b.allowedHosts, b.limits);
    this.resolveReferences = b.resolveReferences;
    this.positions = b.positions;
    this.reading = new ReadOptions(b.keepSources, b.bindWhileReading, b.readAheadPorts, false);
    this.json = new JsonReader(limits);
    this.yaml = new YamlReader(limits);
  }

  /**
   * {@return a loader with every default: files under the root document's folder, no network, {@link Limits#DEFAULT}}
   */
  public static DescriptorLoader defaults() {
    return DEFAULTS;
  }

  /** {@return a builder with every default: see {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Loads the descriptor whose root document is the file {@code file}.
   *
   * @param file the root document
   * @return the descriptor, or the diagnostics that say why it could not be loaded
   */
  public LoadResult load(Path file) {
    return load(file.toAbsolutePath().normalize().toUri());
  }

  /**
   * Loads the descriptor whose root document is at {@code uri} ({@code file:}, {@code classpath:}, an in-memory URI,
   * or {@code http(s):} when allowed). A fragment, if any, is ignored.
   *
   * @param uri the root document's URI
   * @return the descriptor, or the diagnostics that say why it could not be loaded
   */
  public LoadResult load(URI uri) {
    Objects.requireNonNull(uri, "uri");
    URI docUri = uri.getFragment() == null ? uri : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
    List<Diagnostic> diagnostics = new ArrayList<>();
    DocumentStore store = new DocumentStore(loadersFor(docUri), limits, json, yaml, reading);
    DocumentStore.Outcome outcome = store.dpds(docUri, "", "", diagnostics, 0);
    Document document = outcome.document();
    if (document == null) {
      if (outcome.rule() == LoadRules.LIMIT) { // the input is too large: a finding about it, not a missing file
        diagnostics.add(LoadRules.LIMIT.at("").message(outcome.problem() + "; raise the limit with"
            + " DescriptorLoader.Builder#limits (Limits.withMaxDocumentBytes, withMaxTotalBytes) if the input is"
            + " trusted").location(new SourceLocation(docUri, 1, 1)).build());
      } else if (outcome.rule() != LoadRules.SYNTAX) {
        diagnostics.add(
            LoadRules.UNREADABLE.at("").message(outcome.problem().contains(display(docUri)) ? outcome.problem()
                    : "Cannot read " + display(docUri) + ": " + outcome.problem()) // the path once
                .severity(io.dpds.report.Severity.ERROR)
                .location(null)
                .build());
      }
      return new LoadResult(docUri, null, diagnostics);
    }
    JsonNode tree = document.tree().orElseThrow();
    if (!tree.isObject()) {
      diagnostics.add(
          LoadRules.NOT_AN_OBJECT.at("")
              .message("A descriptor is a JSON object; this document holds " + withArticle(tree)) // located there
              .location(new SourceLocation(docUri, 1, 1))
              .build());
      return new LoadResult(docUri, null, diagnostics);
    }
    JsonNode resolved = tree;
    List<ReferenceSite> references = List.of();
    if (resolveReferences && !document.referenceFree()) { // one without references resolves to itself
      Resolver resolver = new Resolver(store, limits, positions, diagnostics);
      resolved = resolver.resolve(document);
      references = resolver.sites();
    }
    DataProductDescriptor descriptor = ModelJson.toDescriptorSharing(resolved);
    return new LoadResult(
        docUri,
        new ResolvedDescriptor(docUri, resolved, descriptor, store.origins, store.documents(), references,
            new DocumentReader(store), limits),
        diagnostics);
  }

  /**
   * {@return a reader of further documents under this loader's rules, for the descriptor whose root document is at
   * {@code rootUri} (whose folder is the default root for local files)}
   *
   * @param rootUri the URI of the root document
   */
  public DocumentReader reader(URI rootUri) {
    return new DocumentReader(new DocumentStore(loadersFor(Objects.requireNonNull(rootUri, "rootUri")), limits, json,
        yaml, reading));
  }

  private List<ResourceLoader> loadersFor(URI rootUri) {
    List<ResourceLoader> chain = new ArrayList<>(loaders);
    Path fileRoot = root;
    if (fileRoot == null && "file".equalsIgnoreCase(rootUri.getScheme()) && rootUri.getAuthority() == null) {
      Path parent = Paths.get(rootUri).getParent();
      fileRoot = parent != null ? parent : Paths.get(rootUri);
    }
    if (fileRoot != null) {
      chain.add(FileSystemLoader.forOneLoad(fileRoot));
    }
    if (http != null) {
      chain.add(http);
    }
    return chain;
  }

  private static String display(URI uri) {
    return "file".equals(uri.getScheme()) ? uri.getPath() : uri.toString();
  }

  /** {@return the JSON type of {@code node} with its article: an array, a string} */
  static String withArticle(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
  }

  /** Configures a {@link DescriptorLoader}. */
  public static final class Builder {
    private Path root;
    private Limits limits = Limits.DEFAULT;
    private final List<ResourceLoader> loaders = new ArrayList<>();
    private final Set<String> allowedHosts = new LinkedHashSet<>();
    private boolean resolveReferences = true;
    private boolean keepSources;
    private boolean bindWhileReading = true;
    private boolean readAheadPorts;
    private ReferencePositions positions = ReferencePositions.SPEC;

    private Builder() {}

    /**
     * The folder local files must stay in (after following symbolic links). Default: the folder of each root document.
     *
     * @param root the folder
     * @return this builder
     */
    public Builder root(Path root) {
      this.root = root.toAbsolutePath().normalize();
      return this;
    }

    /**
     * Bounds on what one load may read (default {@link Limits#DEFAULT}).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Adds a loader; loaders are asked in the order added, before the file system and HTTP.
     *
     * @param loader the loader
     * @return this builder
     */
    public Builder loader(ResourceLoader loader) {
      loaders.add(Objects.requireNonNull(loader, "loader"));
      return this;
    }

    /**
     * Serves URIs that start with {@code uriPrefix} from {@code folder}: an offline mirror of remote documents.
     *
     * @param uriPrefix the prefix, e.g. {@code https://schemas.acme.com/}
     * @param folder the folder that holds the mirrored documents
     * @return this builder
     */
    public Builder mapPrefix(String uriPrefix, Path folder) {
      return loader(ResourceLoader.mapped(uriPrefix, folder));
    }

    /**
     * Allows HTTP(S) to these hosts (exact names); HTTP is off by default.
     *
     * @param hosts the host names
     * @return this builder
     */
    public Builder allowHttpHosts(String... hosts) {
      allowedHosts.addAll(List.of(hosts));
      return this;
    }

    /**
     * Whether to follow references (default true). Without, the descriptor is bound as authored, each Reference Object
     * kept as a stub (see {@code Component#reference()}); writing it keeps the references.
     *
     * @param resolveReferences whether to follow references
     * @return this builder
     */
    public Builder resolveReferences(boolean resolveReferences) {
      this.resolveReferences = resolveReferences;
      return this;
    }

    /**
     * Where references are followed; default {@link ReferencePositions#SPEC}.
     *
     * @param positions where references are followed
     * @return this builder
     */
    public Builder referencePositions(ReferencePositions positions) {
      this.positions = Objects.requireNonNull(positions, "positions");
      return this;
    }

    /**
     * Whether each object read from a JSON document keeps the bytes it was read from, for {@link
     * ResolvedDescriptor#source}; default false. Each object then holds the document's bytes (shared, not copied) and
     * its span in them: the document's bytes stay in memory as long as one of its objects does, and each object takes
     * 16 bytes more. A validator keeps them to tell an unchanged API definition from its bytes alone.
     *
     * @param keepSources whether objects keep their bytes
     * @return this builder
     */
    public Builder keepSources(boolean keepSources) {
      this.keepSources = keepSources;
      return this;
    }

    /**
     * Whether the reader binds each port of the interface components of a large document (1 MiB or more) as it
     * completes it, while the port's nodes are in the processor's caches; default true. A port not bound that way is
     * bound when the model's list first hands it out, by which time a large document's nodes have left the caches and
     * are read from memory again: with this on, a JSON descriptor of 2,000 to 5,000 ports loads and binds in about
     * an eighth less time. A caller that reads each port's tree right before asking the model for it, port by port (a
     * validator does), binds it with the nodes in the caches anyway, and may find ports bound while reading slower to
     * read later; it may turn this off. The descriptor is the same either way.
     *
     * @param bindWhileReading whether ports are bound as they are read
     * @return this builder
     */
    public Builder bindWhileReading(boolean bindWhileReading) {
      this.bindWhileReading = bindWhileReading;
      return this;
    }

    /**
     * Whether each port of the interface components of a large document (4 MiB or more) that the reader does not bind
     * keeps the nodes it was read into, in the order the reader made them; default false. The model's lists of ports,
     * binding a port when first asked for it, then read the next port's nodes one after the other, each read
     * independent of the others, so the processor fetches them from memory side by side, not one after the other as
     * binding the next port would: the next port is in the caches when it is bound. A caller that reads the ports of
     * a large descriptor in order, port by port, with their trees (a validator does) gains from it: a JSON descriptor
     * of 2,000 to 5,000 ports validates in about 7 % less time. A port written as a document of its own, the target
     * of a reference in a list of ports, keeps its nodes when a document holding the whole list, each port the size of
     * this one, would be large: a descriptor of 2,000 to 5,000 such ports validates in about 8 % less time. Each port
     * keeps its nodes until they are read ahead, about 0.4 KB for a port of 100 nodes. The descriptor is the same
     * either way.
     *
     * @param readAheadPorts whether ports keep their nodes to be read ahead
     * @return this builder
     */
    public Builder readAheadPorts(boolean readAheadPorts) {
      this.readAheadPorts = readAheadPorts;
      return this;
    }

    /** {@return the loader} */
    public DescriptorLoader build() {
      return new DescriptorLoader(this);
    }
  }
}
