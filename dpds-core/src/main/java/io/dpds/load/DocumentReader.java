package io.dpds.load;

import java.net.URI;
import java.util.Objects;

/**
 * Reads documents after a load under the same rules as the load: the loader's resource loaders, root folder, allowed
 * hosts and limits. For the documents an API definition refers to by its own {@code $ref}s (an AsyncAPI payload in an
 * Avro {@code .avsc} file, an OpenAPI schema in another file), or an API definition given by an {@code $href}: the
 * loader leaves both alone, since they are not DPDS references.
 *
 * <p>Documents are read as foreign documents: JSON or YAML when they parse to an object or array, otherwise text. Each
 * is read at most once per reader. Not thread-safe: use one per task.
 */
public final class DocumentReader {

  private final DocumentStore store;

  DocumentReader(DocumentStore store) {
    this.store = store;
  }

  /**
   * The document at {@code uri} (its fragment ignored).
   *
   * @param uri the document's URI
   * @return the document
   * @throws ResourceException when it cannot be read: missing, refused by the loader's rules, or over a limit
   */
  public Document read(URI uri) throws ResourceException {
    Objects.requireNonNull(uri, "uri");
    URI document = uri.getFragment() == null ? uri
        : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
    DocumentStore.Outcome outcome = store.foreign(document);
    if (outcome.document() != null) {
      return outcome.document();
    }
    ResourceException.Kind kind = outcome.rule() == LoadRules.REF_REFUSED ? ResourceException.Kind.REFUSED
        : outcome.rule() == LoadRules.LIMIT ? ResourceException.Kind.TOO_LARGE : ResourceException.Kind.NOT_FOUND;
    throw new ResourceException(kind, outcome.problem());
  }
}
