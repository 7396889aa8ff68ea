package io.dpds.load;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Documents held in memory; see {@link ResourceLoader#inMemory(Map)}. */
final class InMemoryLoader implements ResourceLoader {

  private final Map<URI, byte[]> documents = new HashMap<>();
  private final Set<Origin> origins = new HashSet<>();

  InMemoryLoader(Map<String, String> documents) {
    documents.forEach(
        (uri, text) -> {
          URI key = URI.create(uri).normalize();
          this.documents.put(key, text.getBytes(StandardCharsets.UTF_8));
          origins.add(Origin.of(key));
        });
  }

  /** The scheme and authority of the documents' URIs: which URIs this loader answers for. */
  private record Origin(String scheme, String authority) {
    static Origin of(URI uri) {
      return new Origin(uri.getScheme(), Objects.toString(uri.getAuthority(), ""));
    }
  }

  @Override
  public boolean supports(URI uri) {
    return uri.getScheme() != null && origins.contains(Origin.of(uri));
  }

  @Override
  public byte[] read(URI uri, long maxBytes) throws ResourceException {
    return readShared(uri, maxBytes).clone();
  }

  /** {@link #read} without the copy, for a reader that never modifies the bytes (the loader's own parse). */
  byte[] readShared(URI uri, long maxBytes) throws ResourceException {
    byte[] bytes = documents.get(uri); // the keys are normalized: a URI equal to one is normalized too
    if (bytes == null) {
      bytes = documents.get(uri.normalize());
    }
    if (bytes == null) {
      throw new ResourceException(ResourceException.Kind.NOT_FOUND, "No in-memory document " + uri);
    }
    if (bytes.length > maxBytes) {
      throw new ResourceException(ResourceException.Kind.TOO_LARGE,
          uri + " is larger than the limit of " + maxBytes + " bytes");
    }
    return bytes;
  }
}
