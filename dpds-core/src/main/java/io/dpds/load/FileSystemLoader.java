package io.dpds.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Files confined to a root folder; see {@link ResourceLoader#fileSystem(Path)}. */
final class FileSystemLoader implements ResourceLoader {

  private final Path root;

  FileSystemLoader(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public boolean supports(URI uri) {
    return "file".equalsIgnoreCase(uri.getScheme());
  }

  @Override
  public byte[] read(URI uri, long maxBytes) throws ResourceException {
    Path path;
    try {
      path = Paths.get(new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null)).normalize();
    } catch (Exception e) {
      throw new ResourceException(ResourceException.Kind.REFUSED, "Not a local file URI: " + uri);
    }
    return readConfined(path, maxBytes);
  }

  /** Reads {@code path} if it lies under the root, also once symbolic links are followed. */
  byte[] readConfined(Path path, long maxBytes) throws ResourceException {
    if (!path.startsWith(root)) {
      throw new ResourceException(ResourceException.Kind.REFUSED,
          path + " is outside the root folder " + root);
    }
    Path real;
    try {
      real = path.toRealPath();
      if (!real.startsWith(root.toRealPath())) {
        throw new ResourceException(ResourceException.Kind.REFUSED,
            path + " is a symbolic link that leads outside the root folder " + root + " (to " + real + ")");
      }
    } catch (NoSuchFileException e) {
      throw new ResourceException(ResourceException.Kind.NOT_FOUND, "No file at " + path);
    } catch (IOException e) {
      throw new ResourceException(ResourceException.Kind.FAILED, "Cannot read " + path + ": " + e.getMessage());
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new ResourceException(ResourceException.Kind.REFUSED,
          path + " is not a regular file (a folder, device or FIFO)");
    }
    try (InputStream in = Files.newInputStream(real)) {
      return Bounded.read(in, maxBytes, path.toString());
    } catch (IOException e) {
      throw new ResourceException(ResourceException.Kind.FAILED, "Cannot read " + path + ": " + e.getMessage());
    }
  }
}
