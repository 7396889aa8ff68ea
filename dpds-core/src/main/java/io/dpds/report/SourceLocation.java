package io.dpds.report;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a source document: its URI and a 1-based line and column. The column counts characters (Unicode code
 * points) from the start of the line, in JSON as in YAML: {@code é} and {@code 😀} are one column each, a tab is one,
 * and a byte order mark none.
 *
 * @param uri the document that holds the node; never null
 * @param line 1-based line
 * @param column 1-based column, in characters
 */
public record SourceLocation(URI uri, int line, int column) {

  /**
   * Creates a {@code SourceLocation}; see the class comment for each component.
   *
   * @param uri the document that holds the node; never null
   * @param line 1-based line
   * @param column 1-based column, in characters
   */
  public SourceLocation {
    Objects.requireNonNull(uri, "uri");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** Compiler style: {@code uri:line:column}, with {@code file:} URIs shown as plain paths. */
  @Override
  public String toString() {
    return displayUri() + ":" + line + ":" + column;
  }

  /**
   * {@return the file as a user names it, for output: a local file below {@code baseDir} (usually the working
   * directory) relative to it, any other local file as its absolute path, anything else as the URI}
   *
   * @param baseDir the folder paths are shown relative to
   */
  public String displayPath(Path baseDir) {
    if (!"file".equals(uri.getScheme())) {
      return uri.toString();
    }
    Path file;
    try {
      file = Path.of(uri).normalize();
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      return displayUri();
    }
    Path folder = baseDir.toAbsolutePath().normalize();
    return file.startsWith(folder) && !file.equals(folder)
        ? folder.relativize(file).toString().replace('\\', '/') : file.toString();
  }

  /**
   * {@return compiler style with the file as {@link #displayPath(Path)} names it: {@code path:line:column}}
   *
   * @param baseDir the folder paths are shown relative to
   */
  public String toString(Path baseDir) {
    return displayPath(baseDir) + ":" + line + ":" + column;
  }

  /**
   * {@return the file as a message about a descriptor names it: relative to the folder of the descriptor's root document
   * {@code root} when both are local files ({@link #displayPath(Path)}, so a message reads the same on every machine),
   * else as {@link #displayUri()}}
   *
   * @param root the URI of the descriptor's root document
   */
  public String displayPathFrom(URI root) {
    return "file".equals(root.getScheme()) && Path.of(root).getParent() != null
        ? displayPath(Path.of(root).getParent()) : displayUri();
  }

  /** {@return the URI as a user reads it: a local file as its path, anything else as the URI} */
  public String displayUri() {
    return "file".equals(uri.getScheme()) ? uri.getPath() : uri.toString();
  }
}
