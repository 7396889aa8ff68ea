package io.dpds.load;

/**
 * What the readers of a load do beyond building the tree, as the loader was built ({@link
 * DescriptorLoader.Builder#keepSources}, {@link DescriptorLoader.Builder#bindWhileReading}, {@link
 * DescriptorLoader.Builder#readAheadPorts}).
 *
 * @param keepSources whether each object read from JSON keeps the bytes it was read from
 * @param bindPorts whether each port of a DPDS document's interface components is bound as it is read
 * @param readAhead whether each such port keeps its nodes in the order they were made, to be read ahead
 * @param portDocument whether the document is a port as a whole, the target of a reference in a list of ports: then
 *     {@code readAhead} is about its root
 */
record ReadOptions(boolean keepSources, boolean bindPorts, boolean readAhead, boolean portDocument) {

  /**
   * The size from which a document's ports are bound as they are read. The tree of a smaller document (about five
   * times its bytes) stays in the processor's caches until the model binds it, and binding while reading gained
   * nothing there: as fast at 500 ports (1.2 MB), 5 % slower at 100 (240 KB).
   */
  static final int LARGE_DOCUMENT_BYTES = 1 << 20;

  /**
   * The size from which a document's ports keep their nodes to be read ahead, when the load asks for it. Reading ahead
   * costs the lists, and gains only once the tree has left the caches by the time its ports are bound: a validation of
   * 500 ports (1.2 MB) took 2 to 4 % more time with it, of 1,000 ports (2.4 MB) the same, of 2,000 (4.8 MB) 7 % less.
   */
  static final int READ_AHEAD_BYTES = 4 << 20;

  /**
   * {@return these options for reading a document of {@code bytes} bytes: ports bound as read, or kept to be read
   * ahead, only from their sizes}
   */
  ReadOptions forDocument(int bytes) {
    boolean bind = bindPorts && bytes >= LARGE_DOCUMENT_BYTES;
    boolean ahead = readAhead && bytes >= READ_AHEAD_BYTES;
    return bind == bindPorts && ahead == readAhead ? this : new ReadOptions(keepSources, bind, ahead, false);
  }

  /**
   * {@return these options for reading a port written as a document of {@code bytes} bytes, one of a list of {@code
   * ports}: it keeps its nodes to be read ahead when a document holding the whole list, its ports this size, would}
   * Nothing in it is bound as read: it holds no list of ports.
   */
  ReadOptions forPortDocument(int bytes, int ports) {
    return new ReadOptions(keepSources, false, readAhead && (long) bytes * ports >= READ_AHEAD_BYTES, true);
  }
}
