package io.dpds.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;

/** {@code classpath:} URIs; see {@link ResourceLoader#classpath(ClassLoader)}. */
final class ClasspathLoader implements ResourceLoader {

  private final ClassLoader classLoader;

  ClasspathLoader(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  @Override
  public boolean supports(URI uri) {
    return "classpath".equalsIgnoreCase(uri.getScheme());
  }

  @Override
  public byte[] read(URI uri, long maxBytes) throws ResourceException {
    String path = uri.normalize().getPath();
    if (path == null || path.contains("/../") || path.startsWith("/..")) {
      throw new ResourceException(ResourceException.Kind.REFUSED, uri + " leaves the class path");
    }
    String name = path.startsWith("/") ? path.substring(1) : path;
    try (InputStream in = classLoader.getResourceAsStream(name)) {
      if (in == null) {
        throw new ResourceException(ResourceException.Kind.NOT_FOUND, "No class-path resource " + name);
      }
      return Bounded.read(in, maxBytes, uri.toString());
    } catch (IOException e) {
      throw new ResourceException(ResourceException.Kind.FAILED, "Cannot read " + uri + ": " + e.getMessage());
    }
  }
}
