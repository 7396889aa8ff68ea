package io.dpds.load;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Reads the bytes behind a URI. The loader of a descriptor asks each configured loader in turn and uses the first
 * that {@linkplain #supports supports} the URI. Implementations must be thread-safe and must never read more than
 * {@code maxBytes + 1} bytes.
 *
 * <p>The factories below cover files, class-path resources, in-memory documents, URI prefixes mapped to local folders
 * (offline mirrors) and HTTP(S) to allowed hosts.
 */
public interface ResourceLoader {

  /**
   * {@return whether this loader is responsible for {@code uri} (by scheme, host or prefix)}
   *
   * @param uri the resource's URI
   */
  boolean supports(URI uri);

  /**
   * Reads the resource (without its fragment).
   *
   * @param uri the resource's URI
   * @param maxBytes the most bytes to read
   * @return the resource's bytes
   * @throws ResourceException when it does not exist, is refused, is larger than {@code maxBytes}, or fails
   */
  byte[] read(URI uri, long maxBytes) throws ResourceException;

  /**
   * {@return {@code file:} URIs inside {@code root} (after following symbolic links); anything outside, and anything
   * that is not a regular file (devices, FIFOs, folders), is refused; the links of every path are followed at every
   * read, however long the loader lives}
   *
   * @param root the folder files must stay in
   */
  static ResourceLoader fileSystem(Path root) {
    return new FileSystemLoader(root);
  }

  /**
   * URIs that start with {@code uriPrefix} read from {@code folder} (the rest of the URI as a relative path), confined
   * to that folder. The document keeps its original URI, so its relative references stay relative to it.
   *
   * @param uriPrefix the prefix, e.g. {@code https://schemas.acme.com/}
   * @param folder the folder that holds the mirrored documents
   * @return the loader
   */
  static ResourceLoader mapped(String uriPrefix, Path folder) {
    return new MappedPrefixLoader(uriPrefix, folder);
  }

  /**
   * {@return {@code classpath:/path/to/file} URIs, read from {@code classLoader}}
   *
   * @param classLoader the class loader to read from
   */
  static ResourceLoader classpath(ClassLoader classLoader) {
    return new ClasspathLoader(classLoader);
  }

  /**
   * {@return documents held in memory, by URI (for tests, and for hosts that keep descriptors in a database)} Serves
   * every URI with the scheme and authority of one of the keys; a URI not in the map is not found.
   *
   * @param documents the documents' text, by URI
   */
  static ResourceLoader inMemory(Map<String, String> documents) {
    return new InMemoryLoader(documents);
  }

  /**
   * {@return {@code http:} and {@code https:} URIs of the allowed hosts only (case-insensitive, exact names); redirects
   * are followed only to allowed hosts} Each request is bounded by the limits' timeout, redirect count and size.
   *
   * @param allowedHosts the host names
   * @param limits the limits that bound each request
   */
  static ResourceLoader http(Collection<String> allowedHosts, Limits limits) {
    return new HttpLoader(allowedHosts, limits);
  }
}
