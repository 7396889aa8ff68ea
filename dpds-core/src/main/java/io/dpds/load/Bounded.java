package io.dpds.load;

import java.io.IOException;
import java.io.InputStream;

/** Reads a stream up to a limit, refusing anything larger. */
final class Bounded {

  static byte[] read(InputStream in, long maxBytes, String what) throws IOException, ResourceException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length > maxBytes) {
      throw new ResourceException(ResourceException.Kind.TOO_LARGE,
          what + " is larger than the limit of " + maxBytes + " bytes");
    }
    return bytes;
  }

  private Bounded() {}
}
