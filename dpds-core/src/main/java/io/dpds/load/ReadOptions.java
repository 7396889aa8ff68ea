package io.dpds.load;

/**
 * What the readers of a load do beyond building the tree, as the loader was built ({@link
 * DescriptorLoader.Builder#keepSources}, {@link DescriptorLoader.Builder#bindWhileReading}).
 *
 * @param keepSources whether each object read from JSON keeps the bytes it was read from
 * @param bindPorts whether each port of a DPDS document's interface components is bound as it is read
 */
record ReadOptions(boolean keepSources, boolean bindPorts) {}
