package io.dpds.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.model.DataProductDescriptor;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A descriptor as loaded: one resolved JSON tree, the typed model bound from it, the documents it was read from, and
 * the source map that gives the file, line and column of any JSON pointer. Produced once per load and reused by every
 * later stage, so nothing is parsed or resolved twice.
 *
 * <p>Immutable and thread-safe as long as the shared trees are not modified: {@link #tree()} and the documents' trees
 * are read-only views.
 */
public final class ResolvedDescriptor {

  private final URI uri;
  private final JsonNode tree;
  private final DataProductDescriptor descriptor;
  private final Origins origins;
  private final Map<URI, Document> documents;
  private final List<ReferenceSite> references;
  private final DocumentReader reader;
  private final Limits limits;

  ResolvedDescriptor(
      URI uri,
      JsonNode tree,
      DataProductDescriptor descriptor,
      Origins origins,
      Map<URI, Document> documents,
      List<ReferenceSite> references,
      DocumentReader reader,
      Limits limits) {
    this.uri = uri;
    this.tree = tree;
    this.descriptor = descriptor;
    this.origins = origins;
    this.documents = documents.size() == 1 ? Map.copyOf(documents) // most descriptors: one document, one entry
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
    this.references = List.copyOf(references);
    this.reader = reader;
    this.limits = limits;
  }

  /** {@return the limits of the load that produced this descriptor; later reads ({@link #read}) count against them} */
  public Limits limits() {
    return limits;
  }

  /** {@return the root document's URI} */
  public URI uri() {
    return uri;
  }

  /** {@return the resolved tree (read-only): every followed reference replaced by its target} */
  public JsonNode tree() {
    return tree;
  }

  /** {@return the typed model bound from {@link #tree()}} */
  public DataProductDescriptor descriptor() {
    return descriptor;
  }

  /**
   * {@return where the node at {@code pointer} (RFC 6901, in the resolved tree) was written: the document it came from,
   * referenced documents included, with line and column} For a pointer to a node that does not exist (a missing field),
   * the location of its nearest existing ancestor.
   *
   * @param pointer a JSON pointer into the resolved tree
   */
  public Optional<SourceLocation> locate(String pointer) {
    return Optional.ofNullable(origins.locate(tree, pointer));
  }

  /**
   * {@return where {@code container}, an object or array of the resolved tree, was written: what {@link #locate(String)}
   * gives for its pointer, found from the node without walking the pointer} Empty when the source map knows no origin
   * of the node itself (one the resolver made, one of another tree): locate its pointer then.
   *
   * @param container a node of the resolved tree
   */
  public Optional<SourceLocation> locate(JsonNode container) {
    return Optional.ofNullable(origins.locateFrom(Objects.requireNonNull(container, "container"), null));
  }

  /**
   * {@return where the member {@code name} of {@code object}, an object of the resolved tree, was written: what
   * {@link #locate(String)} gives for the member's pointer (the object's own location when it has no such member),
   * found from the object without walking a pointer} {@code object} may be an array too, {@code name} the index of one
   * of its items. Empty when the source map knows no origin of {@code object} itself: locate the member's pointer then.
   *
   * @param object an object (or array) node of the resolved tree
   * @param name the member's name, unescaped (or the item's index, in decimal)
   */
  public Optional<SourceLocation> locate(JsonNode object, String name) {
    return Optional.ofNullable(
        origins.locateFrom(Objects.requireNonNull(object, "object"), Objects.requireNonNull(name, "name")));
  }

  /**
   * {@return every Reference Object met where the loader follows references, resolved or not, in document order; empty
   * when the loader was told not to resolve references}
   */
  public List<ReferenceSite> references() {
    return references;
  }

  /**
   * {@return the bytes {@code node} was read from, from its opening brace to its closing one, read-only} Only objects
   * read from a JSON document by a loader that keeps sources ({@link DescriptorLoader.Builder#keepSources}) have them;
   * for any other node (an array or a scalar, an object read from YAML, one the resolver made to hold a resolved
   * reference) the answer is empty. Objects read from equal bytes are equal trees, member order and the text of numbers
   * included (as long as nobody modified them, which their contract forbids): comparing bytes decides that without
   * walking either tree.
   *
   * @param node a node of this descriptor's tree or of one of its documents
   */
  public Optional<ByteBuffer> source(JsonNode node) {
    return Optional.ofNullable(Origins.source(Objects.requireNonNull(node, "node")));
  }

  /** {@return every document read, the root first} */
  public Collection<Document> documents() {
    return documents.values();
  }

  /**
   * {@return a document read during the load, by URI (without fragment)}
   *
   * @param uri the document's URI
   */
  public Optional<Document> document(URI uri) {
    return Optional.ofNullable(documents.get(uri));
  }

  /**
   * A document the descriptor's API definitions refer to by their own references (an AsyncAPI payload in an Avro
   * {@code .avsc} file, an OpenAPI schema in another file, a definition behind an {@code $href}), read under the rules
   * of the load that produced this descriptor: its resource loaders, root folder, allowed hosts and limits (documents
   * read here count against the load's). Each document is read at most once per descriptor, whoever asks
   * (validation, compatibility, policies, the registry), and the answer, document or failure, is the same every time.
   * Thread-safe. {@link io.dpds.api.Api} reads through this.
   *
   * @param uri the document's URI; a fragment is ignored
   * @return the document
   * @throws ResourceException when it cannot be read: missing, refused by the load's rules, or over a limit
   */
  public Document read(URI uri) throws ResourceException {
    Document loaded = documents.get(uri.getFragment() == null ? uri
        : URI.create(uri.toString().substring(0, uri.toString().indexOf('#'))));
    if (loaded != null) {
      return loaded;
    }
    synchronized (reader) {
      return reader.read(uri);
    }
  }
}
