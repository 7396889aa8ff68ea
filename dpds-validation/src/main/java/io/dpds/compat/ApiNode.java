package io.dpds.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dpds.compat.spi.PayloadSchema;
import io.dpds.diag.SourceLocation;
import io.dpds.load.Document;
import io.dpds.load.DocumentReader;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A node of an API definition or of a document it refers to: its value, where it is in its document, and the means
 * to follow the {@code $ref}s inside it. A definition written in the descriptor (inline or put there by a reference)
 * has pointers in the resolved descriptor; a document only the definition refers to (an Avro {@code .avsc} file) has
 * none, and its nodes are reported at the {@code $ref} that led there, with their own file's line and column.
 */
final class ApiNode implements PayloadSchema {

  /** One version's documents: the resolved descriptor, and a reader for the documents it did not read. */
  static final class Sources {
    private final ResolvedDescriptor descriptor;
    private final java.util.function.Supplier<DocumentReader> readers;
    private DocumentReader reader;
    private final Map<URI, Optional<Document>> read = new HashMap<>();

    Sources(ResolvedDescriptor descriptor, java.util.function.Supplier<DocumentReader> readers) {
      this.descriptor = descriptor;
      this.readers = readers;
    }

    ResolvedDescriptor descriptor() {
      return descriptor;
    }

    Optional<Document> document(URI uri) {
      return read.computeIfAbsent(uri, u -> descriptor.document(u).or(() -> {
        if (reader == null) {
          reader = readers.get();
        }
        try {
          return Optional.of(reader.read(u));
        } catch (ResourceException e) {
          return Optional.empty();
        }
      }));
    }
  }

  /**
   * The document a node is in: its root, its URI (found on first use), and the pointer of its root in the descriptor
   * (null for another document, whose nodes are reported {@code via} the reference that led there).
   */
  private static final class Home {
    private final Sources sources;
    private final JsonNode root;
    private final String descriptorPointer;
    private final String via;
    private final Document document;
    private URI uri;

    Home(Sources sources, JsonNode root, URI uri, String descriptorPointer, String via, Document document) {
      this.sources = sources;
      this.root = root;
      this.uri = uri;
      this.descriptorPointer = descriptorPointer;
      this.via = via;
      this.document = document;
    }

    Sources sources() {
      return sources;
    }

    JsonNode root() {
      return root;
    }

    /** The document's URI: for a definition in the descriptor, that of the file it was written in. */
    URI uri() {
      if (uri == null) {
        ResolvedDescriptor descriptor = sources.descriptor();
        uri = descriptor.locate(descriptorPointer).map(SourceLocation::uri).orElse(descriptor.uri());
      }
      return uri;
    }

    String descriptorPointer() {
      return descriptorPointer;
    }

    String via() {
      return via;
    }

    Document document() {
      return document;
    }
  }

  private final Home home;
  private final String at; // the node's pointer in its document
  private final JsonNode node;
  private final String format;

  private ApiNode(Home home, String at, JsonNode node, String format) {
    this.home = home;
    this.at = at;
    this.node = node;
    this.format = format;
  }

  /** The API definition at {@code pointer} of the descriptor, its own root for {@code #} references. */
  static ApiNode definition(Sources sources, String pointer) {
    JsonNode node = sources.descriptor().tree().at(pointer);
    return new ApiNode(new Home(sources, node, null, pointer, pointer, null), "", node, "");
  }

  @Override
  public JsonNode node() {
    return node;
  }

  @Override
  public String format() {
    return format;
  }

  /** This node read as a payload of {@code format}. */
  ApiNode withFormat(String payloadFormat) {
    return new ApiNode(home, at, node, payloadFormat);
  }

  @Override
  public ApiNode child(String path) {
    return at(path);
  }

  /** The child at {@code path} (a relative JSON pointer); its value is missing when there is none. */
  ApiNode at(String path) {
    return new ApiNode(home, at + path, node.at(path), format);
  }

  /** This node, or the node its {@code $ref} names (one level; a broken reference gives a missing node). */
  ApiNode dereferenced() {
    JsonNode ref = node.path("$ref");
    if (!ref.isTextual()) {
      return this;
    }
    return resolve(ref.textValue()).map(n -> (ApiNode) n).orElseGet(() -> new ApiNode(home, at,
        com.fasterxml.jackson.databind.node.MissingNode.getInstance(), format));
  }

  @Override
  public Optional<PayloadSchema> resolve(String ref) {
    try {
      int hash = ref.indexOf('#');
      String fragment = hash < 0 ? "" : decode(ref.substring(hash + 1));
      if (hash == 0) {
        JsonNode target = home.root().at(fragment);
        return target.isMissingNode() ? Optional.empty() : Optional.of(new ApiNode(home, fragment, target, format));
      }
      URI uri = home.uri().resolve(new URI(hash < 0 ? ref : ref.substring(0, hash)));
      Optional<Document> document = home.sources().document(uri);
      if (document.isEmpty() || document.get().tree().isEmpty()) {
        return Optional.empty();
      }
      JsonNode root = document.get().tree().get();
      JsonNode target = root.at(fragment);
      if (target.isMissingNode()) {
        return Optional.empty();
      }
      Home other = new Home(home.sources(), root, uri, null, pointer(""), document.get());
      return Optional.of(new ApiNode(other, fragment, target, format));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String decode(String fragment) {
    return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public Optional<SourceLocation> locate(String path) {
    if (home.document() != null) {
      return home.document().locate(at + path);
    }
    return home.sources().descriptor().locate(home.descriptorPointer() + at + path);
  }

  /**
   * The pointer in the resolved descriptor of the node at {@code path}: exact inside the descriptor, the pointer of
   * the reference that led to another document otherwise.
   */
  String pointer(String path) {
    return home.descriptorPointer() != null ? home.descriptorPointer() + at + path : home.via();
  }

  /** A side of a change: this node's pointer, value and location. */
  Change.Side side() {
    return new Change.Side(pointer(""), node, locate("").orElse(null));
  }

  boolean isMissing() {
    return node.isMissingNode();
  }
}
