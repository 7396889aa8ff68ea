package io.dpds.load;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one load may read, against hostile or broken input. Exceeding any of them gives a
 * {@code load.limit} diagnostic, never an exception or an unbounded amount of work.
 *
 * @param maxDocumentBytes the largest single document, in bytes
 * @param maxTotalBytes all documents of one load together, in bytes
 * @param maxDocuments documents one load may read (the root included)
 * @param maxDepth nesting of objects and arrays in one document
 * @param maxNodes nodes of one document, counting every YAML alias as a full copy of what it names
 * @param maxAliases YAML aliases in one document
 * @param maxReferenceChain references followed to reach one value (a {@code $ref} to a {@code $ref} to ...)
 * @param httpTimeout connect and read timeout of one HTTP request
 * @param maxRedirects HTTP redirects followed for one request
 * @param loadTimeout how long one load may spend reading remote documents in all: past it, no further HTTP request is
 *     made (each request is bounded by {@code httpTimeout} as well)
 */
public record Limits(
    long maxDocumentBytes,
    long maxTotalBytes,
    int maxDocuments,
    int maxDepth,
    long maxNodes,
    int maxAliases,
    int maxReferenceChain,
    Duration httpTimeout,
    int maxRedirects,
    Duration loadTimeout) {

  /**
   * 16 MiB a document, 64 MiB a load, 1,000 documents, depth 500, 2 million nodes, 1,000 aliases, chains of 64, 10 s
   * an HTTP request, 5 redirects, 60 s of remote reads a load.
   */
  public static final Limits DEFAULT =
      new Limits(
          16L << 20, 64L << 20, 1_000, 500, 2_000_000, 1_000, 64, Duration.ofSeconds(10), 5, Duration.ofSeconds(60));

  /**
   * Creates a {@code Limits}; see the class comment for each component.
   *
   * @param maxDocumentBytes the largest single document, in bytes
   * @param maxTotalBytes all documents of one load together, in bytes
   * @param maxDocuments documents one load may read (the root included)
   * @param maxDepth nesting of objects and arrays in one document
   * @param maxNodes nodes of one document, counting every YAML alias as a full copy of what it names
   * @param maxAliases YAML aliases in one document
   * @param maxReferenceChain references followed to reach one value (a {@code $ref} to a {@code $ref} to ...)
   * @param httpTimeout connect and read timeout of one HTTP request
   * @param maxRedirects HTTP redirects followed for one request
   * @param loadTimeout how long one load may spend reading remote documents in all: past it, no further HTTP request is
   *     made (each request is bounded by {@code httpTimeout} as well)
   */
  public Limits {
    Objects.requireNonNull(httpTimeout, "httpTimeout");
    Objects.requireNonNull(loadTimeout, "loadTimeout");
    if (maxDocumentBytes < 1
        || maxTotalBytes < 1
        || maxDocuments < 1
        || maxDepth < 1
        || maxNodes < 1
        || maxAliases < 0
        || maxReferenceChain < 1
        || maxRedirects < 0) {
      throw new IllegalArgumentException("limits must be positive: " + this);
    }
  }

  /**
   * {@return these limits with {@code maxDocumentBytes} set to {@code value}}
   *
   * @param value the largest single document, in bytes
   */
  public Limits withMaxDocumentBytes(long value) {
    return new Limits(value, maxTotalBytes, maxDocuments, maxDepth, maxNodes, maxAliases, maxReferenceChain,
        httpTimeout, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code maxTotalBytes} set to {@code value}}
   *
   * @param value all documents of one load together, in bytes
   */
  public Limits withMaxTotalBytes(long value) {
    return new Limits(maxDocumentBytes, value, maxDocuments, maxDepth, maxNodes, maxAliases, maxReferenceChain,
        httpTimeout, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code maxDocuments} set to {@code value}}
   *
   * @param value documents one load may read
   */
  public Limits withMaxDocuments(int value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, value, maxDepth, maxNodes, maxAliases, maxReferenceChain,
        httpTimeout, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code maxDepth} set to {@code value}}
   *
   * @param value nesting of objects and arrays in one document
   */
  public Limits withMaxDepth(int value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, maxDocuments, value, maxNodes, maxAliases, maxReferenceChain,
        httpTimeout, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code maxNodes} set to {@code value}}
   *
   * @param value nodes of one document
   */
  public Limits withMaxNodes(long value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, maxDocuments, maxDepth, value, maxAliases, maxReferenceChain,
        httpTimeout, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code maxAliases} set to {@code value}}
   *
   * @param value YAML aliases in one document
   */
  public Limits withMaxAliases(int value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, maxDocuments, maxDepth, maxNodes, value, maxReferenceChain,
        httpTimeout, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code maxReferenceChain} set to {@code value}}
   *
   * @param value references followed to reach one value
   */
  public Limits withMaxReferenceChain(int value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, maxDocuments, maxDepth, maxNodes, maxAliases, value,
        httpTimeout, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code httpTimeout} set to {@code value}}
   *
   * @param value connect and read timeout of one HTTP request
   */
  public Limits withHttpTimeout(Duration value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, maxDocuments, maxDepth, maxNodes, maxAliases,
        maxReferenceChain, value, maxRedirects, loadTimeout);
  }

  /**
   * {@return these limits with {@code maxRedirects} set to {@code value}}
   *
   * @param value HTTP redirects followed for one request
   */
  public Limits withMaxRedirects(int value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, maxDocuments, maxDepth, maxNodes, maxAliases,
        maxReferenceChain, httpTimeout, value, loadTimeout);
  }

  /**
   * {@return these limits with {@code loadTimeout} set to {@code value}}
   *
   * @param value how long one load may spend reading remote documents
   */
  public Limits withLoadTimeout(Duration value) {
    return new Limits(maxDocumentBytes, maxTotalBytes, maxDocuments, maxDepth, maxNodes, maxAliases,
        maxReferenceChain, httpTimeout, maxRedirects, value);
  }
}
