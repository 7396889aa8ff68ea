package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.report.Diagnostic;
import io.dpds.report.Rule;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The documents of one load: each read once through the loaders, counted against the limits, and parsed once per
 * mode (DPDS or foreign). Not thread-safe: one per load.
 */
final class DocumentStore {

  /** A document, or why there is none. */
  record Outcome(Document document, Rule rule, String problem) {
    static Outcome of(Document document) {
      return new Outcome(document, null, null);
    }

    static Outcome failed(Rule rule, String problem) {
      return new Outcome(null, rule, problem);
    }
  }

  private final List<ResourceLoader> loaders;
  private final Limits limits;
  private final JsonReader json;
  private final YamlReader yaml;
  private final ReadOptions options;
  final Origins origins = new Origins();
  private final Map<URI, Known> known = new HashMap<>(); // by URI: one lookup a read, not one a map
  private final Map<URI, Document> all = new LinkedHashMap<>();
  private int fetched; // URIs whose bytes were asked of a loader
  private long totalBytes;
  private long remoteNanos; // time spent reading remote documents, against limits.loadTimeout()

  DocumentStore(List<ResourceLoader> loaders, Limits limits, JsonReader json, YamlReader yaml, ReadOptions options) {
    this.options = options;
    this.loaders = loaders;
    this.limits = limits;
    this.json = json;
    this.yaml = yaml;
  }

  /** Every document read so far, in reading order. */
  Map<URI, Document> documents() {
    return all;
  }

  /**
   * A DPDS document: JSON or YAML, strict. Its syntax problems go to {@code sink}, pointed into the resolved
   * descriptor: a problem about a node below {@code fragment} (the node a reference names, {@code ""} for the whole
   * document) at {@code pointer} (where the resolved descriptor uses that node) and the rest of its pointer, any other
   * at {@code pointer}. An unparseable document is an outcome with rule {@code load.syntax}. {@code ports} is the size
   * of the list of ports whose item the whole document is, as first read, or 0 when it is not a port.
   */
  Outcome dpds(URI named, String fragment, String pointer, List<Diagnostic> sink, int ports) {
    URI uri = canonical(named);
    Known entry = known.computeIfAbsent(uri, u -> new Known());
    if (entry.dpds != null) {
      return entry.dpds;
    }
    Outcome outcome;
    if (entry.bytes(this, uri) instanceof byte[] content) {
      ReadOptions reading = ports > 0 ? options.forPortDocument(content.length, ports)
          : options.forDocument(content.length);
      ParseContext ctx = new ParseContext(uri, origins, limits, true, reading);
      JsonNode tree = parse(content, uri, ctx);
      for (Diagnostic d : ctx.diagnostics) {
        String at = d.pointer();
        boolean below = at.equals(fragment) || at.startsWith(fragment + "/");
        sink.add(d.toBuilder().pointer(below ? pointer + at.substring(fragment.length()) : pointer).build());
      }
      outcome =
          tree == null
              ? Outcome.failed(LoadRules.SYNTAX, uri + " is not well-formed JSON or YAML")
              : Outcome.of(keep(new Document(uri, formatOf(content, uri), tree, null, List.of(), origins,
                  ctx.referenceFree())));
    } else {
      outcome = ((Failure) entry.bytes).outcome();
    }
    entry.dpds = outcome;
    return outcome;
  }

  /**
   * A foreign document behind a definition: JSON or YAML when it parses to an object or array (leniently: keys become
   * strings, custom tags are ignored; what the reading found, a duplicate key, is kept as its problems), otherwise
   * text (why it did not parse, when it looked like JSON or YAML, is kept as its problems).
   */
  Outcome foreign(URI named) {
    URI uri = canonical(named);
    Known entry = known.computeIfAbsent(uri, u -> new Known());
    if (entry.foreign != null) {
      return entry.foreign;
    }
    Outcome outcome;
    if (entry.bytes(this, uri) instanceof byte[] content) {
      ParseContext ctx = new ParseContext(uri, origins, limits, false, options);
      JsonNode tree = looksLikeText(uri) ? null : parse(content, uri, ctx);
      Document doc =
          tree != null && tree.isContainerNode()
              ? new Document(uri, formatOf(content, uri), tree, null, ctx.diagnostics, origins, false)
              : new Document(uri, Format.TEXT, null, decode(content), tree == null ? ctx.diagnostics : List.of(),
                  origins, false);
      outcome = Outcome.of(keep(doc));
    } else {
      outcome = ((Failure) entry.bytes).outcome();
    }
    entry.foreign = outcome;
    return outcome;
  }

  /**
   * {@return {@code uri} as every document of a load is named: a local file as {@link java.nio.file.Path#toUri} names
   * it, {@code file:///...} with every character beyond ASCII percent-encoded, where a reference resolved against it
   * names it {@code file:/...}, or with such characters as they are (a file in a folder {@code été}): the same file,
   * but another URI, to the documents of the load as to the locations of findings}
   */
  static URI canonical(URI uri) {
    String path = uri.getRawPath();
    if (!"file".equalsIgnoreCase(uri.getScheme()) || uri.getRawAuthority() != null || path == null
        || !path.startsWith("/")) {
      return uri; // not a local file
    }
    URI named = uri.getRawSchemeSpecificPart().startsWith("//") ? uri // named so already: not parsed again
        : URI.create("file://" + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    String text = named.toString();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7F) {
        return URI.create(named.toASCIIString());
      }
    }
    return named;
  }

  private Document keep(Document doc) {
    all.putIfAbsent(doc.uri(), doc);
    return doc;
  }

  /** What this load knows of one URI: its bytes once read, and what they were read as. */
  private static final class Known {
    private @Nullable Object bytes; // byte[] or Failure
    private @Nullable Outcome dpds;
    private @Nullable Outcome foreign;

    /** The document's bytes, or the {@link Failure} to read them; read at most once per load. */
    Object bytes(DocumentStore store, URI uri) {
      if (bytes == null) {
        bytes = store.fetch(uri);
      }
      return bytes;
    }
  }

  private record Failure(Rule rule, String message) {
    Outcome outcome() {
      return Outcome.failed(rule, message);
    }
  }

  private Object fetch(URI uri) {
    if (fetched++ >= limits.maxDocuments()) {
      return new Failure(LoadRules.LIMIT, "More than " + limits.maxDocuments() + " documents in one load");
    }
    ResourceLoader loader = loaderFor(uri);
    if (loader == null) {
      return new Failure(LoadRules.REF_REFUSED, noLoaderMessage(uri));
    }
    boolean remote = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
    if (remote && remoteNanos > limits.loadTimeout().toNanos()) {
      return new Failure(LoadRules.LIMIT, "The load has spent more than " + limits.loadTimeout().toMillis()
          + " ms reading remote documents; " + uri + " was not read");
    }
    long started = System.nanoTime();
    long budget = Math.min(limits.maxDocumentBytes(), limits.maxTotalBytes() - totalBytes);
    try {
      byte[] content = loader instanceof InMemoryLoader memory // parsed, never modified: its array, not a copy
          ? memory.readShared(uri, Math.max(0, budget)) : loader.read(uri, Math.max(0, budget));
      totalBytes += content.length;
      return content;
    } catch (ResourceException e) {
      Rule rule =
          switch (e.kind()) {
            case NOT_FOUND, FAILED -> LoadRules.REF_UNRESOLVED;
            case REFUSED -> LoadRules.REF_REFUSED;
            case TOO_LARGE -> LoadRules.LIMIT;
          };
      String message = e.getMessage();
      if (e.kind() == ResourceException.Kind.TOO_LARGE && budget < limits.maxDocumentBytes()) {
        message = "The documents of this load exceed the limit of " + limits.maxTotalBytes() + " bytes in total";
      }
      return new Failure(rule, message);
    } catch (RuntimeException e) {
      return new Failure(LoadRules.REF_UNRESOLVED, "Cannot read " + uri + ": " + e);
    } finally {
      if (remote) {
        remoteNanos += System.nanoTime() - started;
      }
    }
  }

  private ResourceLoader loaderFor(URI uri) {
    for (ResourceLoader loader : loaders) {
      if (loader.supports(uri)) {
        return loader;
      }
    }
    return null;
  }

  private static String noLoaderMessage(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") || scheme.equals("https")) {
      return "Remote references are off: " + uri + " is not read. Allow its host (--allow-host " + uri.getHost()
          + ") or map its prefix to a local folder (--map PREFIX=DIR)";
    }
    if (scheme.isEmpty()) {
      return uri + " is a relative URI, which names no document: give an absolute one (file:///..., https://...) or a"
          + " path";
    }
    return "No loader reads " + scheme + ": URIs (" + uri + ")";
  }

  private JsonNode parse(byte[] content, URI uri, ParseContext ctx) {
    if (formatOf(content, uri) == Format.JSON) {
      JsonNode tree = json.read(content, ctx);
      if (tree != null || hasExtension(uri, ".json")) {
        return tree;
      }
      ParseContext asYaml = new ParseContext(uri, origins, limits, ctx.strict, ctx.options);
      JsonNode yamlTree = yaml.read(content, asYaml); // a YAML flow mapping also starts with { or [
      if (yamlTree != null) {
        ctx.diagnostics.clear();
        ctx.diagnostics.addAll(asYaml.diagnostics);
        ctx.membersAsIn(asYaml);
      }
      return yamlTree;
    }
    return yaml.read(content, ctx);
  }

  /** JSON when the first character after a byte-order mark and white space opens an object or array. */
  static Format formatOf(byte[] content, URI uri) {
    int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf ? 3 : 0;
    while (i < content.length && Character.isWhitespace(content[i])) {
      i++;
    }
    if (i < content.length && (content[i] == '{' || content[i] == '[')) {
      return Format.JSON;
    }
    if (i + 1 < content.length && (content[0] == 0 || content[1] == 0)) {
      return Format.JSON; // UTF-16 or UTF-32 without BOM: only JSON allows them; Jackson detects the encoding
    }
    return Format.YAML;
  }

  private static boolean hasExtension(URI uri, String... extensions) {
    String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
    for (String extension : extensions) {
      if (path.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  private static boolean looksLikeText(URI uri) {
    return hasExtension(uri, ".proto", ".sql", ".txt", ".md", ".xml", ".html", ".csv", ".graphql", ".gql", ".hcl",
        ".tf");
  }

  private static String decode(byte[] content) {
    int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, start, content.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(content, start, content.length - start, StandardCharsets.ISO_8859_1);
    }
  }
}
