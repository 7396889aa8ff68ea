package io.dpds.load;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/** URIs under a prefix served from a local folder; see {@link ResourceLoader#mapped(String, Path)}. */
final class MappedPrefixLoader implements ResourceLoader {

  private final String prefix;
  private final Path folder;
  private final FileSystemLoader files;

  MappedPrefixLoader(String prefix, Path folder) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.folder = folder.toAbsolutePath().normalize();
    this.files = new FileSystemLoader(this.folder);
  }

  @Override
  public boolean supports(URI uri) {
    return uri.toString().startsWith(prefix);
  }

  @Override
  public byte[] read(URI uri, long maxBytes) throws ResourceException {
    String rest = uri.toString().substring(prefix.length());
    int cut = indexOfAny(rest, '?', '#');
    if (cut >= 0) {
      rest = rest.substring(0, cut);
    }
    rest = URLDecoder.decode(rest.replace("+", "%2B"), StandardCharsets.UTF_8);
    try {
      return files.readConfined(folder.resolve(rest).normalize(), maxBytes);
    } catch (ResourceException e) {
      throw new ResourceException(e.kind(), uri + " (mapped to " + folder + "): " + e.getMessage());
    }
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
