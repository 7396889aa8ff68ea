package io.dpds.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.dpds.load.Document;
import io.dpds.load.Format;
import io.dpds.load.Pointers;
import io.dpds.load.ResolvedDescriptor;
import io.dpds.load.ResourceException;
import io.dpds.report.SourceLocation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a port's API definition or of a document the definition refers to: its value, where it was written, and
 * the means to follow the {@code $ref}s inside it. A definition written in the descriptor (inline or put there by a
 * DPDS reference) has pointers in the resolved descriptor; a document only the definition refers to (an Avro
 * {@code .avsc} file) has none, and its nodes are reported at the {@code $ref} that led there, with their own file's
 * line and column. Documents are read through {@link ResolvedDescriptor#read}, so at most once per descriptor.
 *
 * <p>Immutable; the JSON it hands out is the descriptor's or the document's own and must not be modified.
 */
public final class ApiNode {

  /**
   * The document a node is in: its root, its URI (found on first use for a definition in the descriptor), and the
   * pointer of its root in the descriptor (null for another document, whose nodes are reported {@code via} the
   * reference that led there).
   */
  private static final class Home {
    private final ResolvedDescriptor descriptor;
    private final JsonNode root;
    private final String descriptorPointer;
    private final String via;
    private final Document document;
    private volatile URI uri;

    Home(ResolvedDescriptor descriptor, JsonNode root, URI uri, String descriptorPointer, String via,
        Document document) {
      this.descriptor = descriptor;
      this.root = root;
      this.uri = uri;
      this.descriptorPointer = descriptorPointer;
      this.via = via;
      this.document = document;
    }

    URI uri() {
      URI known = uri;
      if (known == null) {
        known = descriptor.locate(descriptorPointer).map(SourceLocation::uri).orElse(descriptor.uri());
        uri = known;
      }
      return known;
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

  /**
   * {@return the node at {@code pointer} of the resolved descriptor, read as the root of an API definition: its {@code
   * #} references name nodes below it}
   *
   * @param descriptor the resolved descriptor
   * @param pointer the JSON pointer of the definition's root in the resolved descriptor
   */
  public static ApiNode definition(ResolvedDescriptor descriptor, String pointer) {
    Objects.requireNonNull(descriptor, "descriptor");
    return definition(descriptor, pointer, Pointers.at(descriptor.tree(), pointer));
  }

  /** {@link #definition(ResolvedDescriptor, String)} when the caller already holds the node at {@code pointer}. */
  static ApiNode definition(ResolvedDescriptor descriptor, String pointer, JsonNode node) {
    return new ApiNode(new Home(descriptor, node, null, pointer, pointer, null), "", node, "");
  }

  /** {@return the node's value; a missing node when there is none} Not to be modified. */
  public JsonNode node() {
    return node;
  }

  /**
   * {@return the payload format this node was declared in (an AsyncAPI {@code schemaFormat} or a media type, as
   * written), or {@code ""} when it is not read as a payload}
   */
  public String format() {
    return format;
  }

  /**
   * {@return this node read as a payload of {@code payloadFormat}}
   *
   * @param payloadFormat an AsyncAPI {@code schemaFormat} or a media type
   */
  public ApiNode withFormat(String payloadFormat) {
    return new ApiNode(home, at, node, Objects.requireNonNull(payloadFormat, "payloadFormat"));
  }

  /**
   * {@return the node at {@code path} (a JSON pointer relative to this node) in the same document; missing when none}
   *
   * @param path a JSON pointer relative to this node
   */
  public ApiNode at(String path) {
    return new ApiNode(home, at + path, Pointers.at(node, path), format);
  }

  /** {@return the item or member named {@code token}, an unescaped token of a pointer} */
  private ApiNode child(String token) {
    return node.isArray() ? at("/" + Pointers.escape(token)) : member(token);
  }

  /** {@return the member {@code name} of this object node: {@link #at} of a one-token path, without parsing it} */
  ApiNode member(String name) {
    return new ApiNode(home, at + "/" + Pointers.escape(name), node.path(name), format);
  }

  /**
   * {@return this node, or the node its {@code $ref} names, following a chain of references to its end} An AsyncAPI 3.0
   * operation's message names its channel's, which names one of {@code components}: the message is the last. A broken
   * reference in the chain, a cycle, or a chain longer than {@value #LONGEST_CHAIN} gives a missing node.
   */
  public ApiNode dereferenced() {
    ApiNode current = this;
    for (int hops = 0; hops <= LONGEST_CHAIN; hops++) {
      JsonNode ref = current.node.path("$ref");
      if (!ref.isTextual()) {
        return current;
      }
      Optional<ApiNode> target = current.resolve(ref.textValue());
      if (target.isEmpty()) {
        break;
      }
      current = target.get();
    }
    return new ApiNode(home, at, MissingNode.getInstance(), format);
  }

  /** References followed at most by {@link #dereferenced}: past them, the chain is taken for a cycle. */
  static final int LONGEST_CHAIN = 32;

  /**
   * {@return the node a {@code $ref} written in this node's document names, resolved against that document ({@code
   * #/components/schemas/Trip}, {@code trip.avsc}, {@code common.json#/$defs/Id}); empty when it cannot be read or is
   * not there} A pointer that meets a node holding a {@code $ref} goes on in the node that names, as AsyncAPI documents
   * expect: {@code #/channels/trips/messages/trip} where {@code #/channels/trips} is {@code {$ref:
   * '#/components/channels/trips'}}.
   *
   * @param ref the reference as written
   */
  public Optional<ApiNode> resolve(String ref) {
    return resolve(ref, 0);
  }

  /** {@link #resolve(String)}, {@code hops} references deep into the pointer of another reference. */
  private Optional<ApiNode> resolve(String ref, int hops) {
    try {
      int hash = ref.indexOf('#');
      String fragment = hash < 0 ? "" : Pointers.fromFragment(ref.substring(hash + 1));
      Home in = home;
      if (hash != 0) {
        Document document = document(ref, hash);
        if (document.tree().isEmpty()) {
          return Optional.empty();
        }
        in = new Home(home.descriptor, document.tree().get(), document.uri(), null, pointer(""), document);
      }
      JsonNode target = Pointers.at(in.root, fragment);
      return target.isMissingNode() ? new ApiNode(in, "", in.root, format).through(fragment, hops)
          : Optional.of(new ApiNode(in, fragment, target, format));
    } catch (URISyntaxException | IllegalArgumentException | ResourceException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return the node at {@code path} below this one, following each {@code $ref} met on the way whose node lacks the
   * next token; empty past {@value #LONGEST_CHAIN} references, or when a token is nowhere}
   */
  private Optional<ApiNode> through(String path, int hops) {
    ApiNode current = this;
    int followed = hops;
    for (String token : Pointers.tokens(path)) {
      ApiNode next = current.child(token);
      while (next.isMissing() && current.node.path("$ref").isTextual() && followed < LONGEST_CHAIN) {
        Optional<ApiNode> target = current.resolve(current.node.path("$ref").textValue(), ++followed);
        if (target.isEmpty()) {
          return target;
        }
        current = target.get();
        next = current.child(token);
      }
      if (next.isMissing()) {
        return Optional.empty();
      }
      current = next;
    }
    return Optional.of(current);
  }

  /**
   * {@return whether this node's {@code $ref} names a document that reads as text (a {@code .proto} file): content no
   * JSON or YAML reader takes, not a reference that cannot be followed}
   */
  public boolean refersToText() {
    JsonNode ref = node.path("$ref");
    int hash = ref.asText("#").indexOf('#');
    if (!ref.isTextual() || hash == 0) {
      return false;
    }
    try {
      return document(ref.textValue(), hash).format() == Format.TEXT;
    } catch (URISyntaxException | IllegalArgumentException | ResourceException e) {
      return false;
    }
  }

  /** The document a {@code $ref} to another document names ({@code hash}: where its fragment begins, or -1). */
  private Document document(String ref, int hash) throws URISyntaxException, ResourceException {
    return home.descriptor.read(home.uri().resolve(new URI(hash < 0 ? ref : ref.substring(0, hash))));
  }

  /**
   * {@return where the node at {@code path} below this one was written; the deepest existing node's place when missing}
   *
   * @param path a JSON pointer relative to this node
   */
  public Optional<SourceLocation> locate(String path) {
    if (home.document != null) {
      return home.document.locate(at + path);
    }
    return home.descriptor.locate(home.descriptorPointer + at + path);
  }

  /**
   * {@return the pointer in the resolved descriptor of the node at {@code path} below this one: exact inside the
   * descriptor, the pointer of the reference that led to another document otherwise}
   *
   * @param path a JSON pointer relative to this node
   */
  public String pointer(String path) {
    return home.descriptorPointer != null ? home.descriptorPointer + at + path : home.via;
  }

  /** {@return whether this node is in the descriptor itself rather than in a document a reference led to} */
  public boolean inDescriptor() {
    return home.descriptorPointer != null;
  }

  /** {@return whether there is no node here} */
  public boolean isMissing() {
    return node.isMissingNode();
  }
}
