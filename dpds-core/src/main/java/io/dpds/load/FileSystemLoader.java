package io.dpds.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Files confined to a root folder; see {@link ResourceLoader#fileSystem(Path)}. One made for a single load ({@link
 * #forOneLoad}) follows the symbolic links of each folder once, at the first read from it, and those of each file at
 * every read: following a path's links costs about as much as reading a small document, and a load reads one per
 * referenced file, mostly from a few folders. Any other follows every path's links at every read, so that a link
 * made in the root later is seen however long the loader lives.
 */
final class FileSystemLoader implements ResourceLoader {

  private final Path root;
  private final @Nullable Map<Path, Path> realFolders; // a folder, its links followed; null when not kept

  private FileSystemLoader(Path root, boolean oneLoad) {
    this.root = root.toAbsolutePath().normalize();
    this.realFolders = oneLoad ? new ConcurrentHashMap<>() : null;
  }

  FileSystemLoader(Path root) {
    this(root, false);
  }

  /**
   * {@return a loader of the files under {@code root} for one load only, or one {@link DocumentReader}, which reads
   * each document once anyway}
   */
  static FileSystemLoader forOneLoad(Path root) {
    return new FileSystemLoader(root, true);
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

  /** {@return {@code folder} with its symbolic links followed, found once per folder when they are kept} */
  private Path realFolder(Path folder) throws IOException {
    if (realFolders == null) {
      return folder.toRealPath();
    }
    Path real = realFolders.get(folder);
    if (real == null) {
      real = folder.toRealPath();
      realFolders.put(folder, real);
    }
    return real;
  }

  /** A file with its symbolic links followed, and what it is (read without following a link). */
  private record Real(Path path, BasicFileAttributes attributes) {}

  /**
   * {@return {@code path} with its symbolic links followed, and what the file is} When folders are kept, the path is
   * its folder's real path and its name, unless the file itself is a link.
   */
  private Real real(Path path) throws IOException {
    Path folder = path.getParent();
    Path name = path.getFileName();
    if (realFolders != null && folder != null && name != null) {
      Path real = realFolder(folder).resolve(name);
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isSymbolicLink()) {
        return new Real(real, attributes);
      }
    }
    Path real = path.toRealPath();
    return new Real(real, Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
  }

  /** Reads {@code path} if it lies under the root, also once symbolic links are followed. */
  byte[] readConfined(Path path, long maxBytes) throws ResourceException {
    if (!path.startsWith(root)) {
      throw new ResourceException(ResourceException.Kind.REFUSED,
          path + " is outside the root folder " + root);
    }
    Real file;
    try {
      file = real(path);
      if (!file.path().startsWith(realFolder(root))) {
        throw new ResourceException(ResourceException.Kind.REFUSED,
            path + " is a symbolic link that leads outside the root folder " + root + " (to " + file.path() + ")");
      }
    } catch (NoSuchFileException e) {
      throw new ResourceException(ResourceException.Kind.NOT_FOUND, "No file at " + path);
    } catch (IOException e) {
      throw new ResourceException(ResourceException.Kind.FAILED, "Cannot read " + path + ": " + e.getMessage());
    }
    if (!file.attributes().isRegularFile()) {
      throw new ResourceException(ResourceException.Kind.REFUSED,
          path + " is not a regular file (a folder, device or FIFO)");
    }
    try (InputStream in = Files.newInputStream(file.path())) {
      return Bounded.read(in, maxBytes, path.toString());
    } catch (IOException e) {
      throw new ResourceException(ResourceException.Kind.FAILED, "Cannot read " + path + ": " + e.getMessage());
    }
  }
}
