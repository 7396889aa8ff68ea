package io.dpds.spi.store;

import java.util.List;
import java.util.Optional;

/**
 * Durable state of the lifecycle: records (versions, deployments, locks) in named collections, each with a revision
 * that every write moves on, and append-only logs (the audit trail). The orchestrators keep all their state here, so a
 * restarted process resumes where the last one stopped.
 *
 * <p>Contract for implementations (checked by the store test kit):
 *
 * <ul>
 *   <li>{@link #create}, {@link #replace} and {@link #delete} are atomic compare-and-set operations: of concurrent
 *       writers expecting the same state exactly one succeeds, the others get {@code false}; none corrupts the record.
 *   <li>A write that returned is durable for the implementation's promise (in memory: the process; file store: a
 *       crash of the process, and of the machine unless durability was relaxed); a crash mid-write leaves the old or
 *       the new record, never a mix.
 *   <li>Log entries are kept in the order {@link #append} returned; a crash mid-append loses at most that entry.
 *   <li>Collection, key and log names are any non-empty strings without U+0000 (FQNs contain {@code :}); log entries
 *       are one line without U+0000; values are opaque bytes.
 *   <li>Thread-safe. Failures of the medium are {@link StoreException}s.
 * </ul>
 */
public interface LifecycleStore {

  /** A stored value and its revision (1 when created, then 2, 3... at each replacement). */
  record Entry(long revision, byte[] value) {}

  /**
   * {@return the record {@code key} of {@code collection}, if any}
   *
   * @param collection the collection, e.g. {@code deployments}
   * @param key the record's key
   */
  Optional<Entry> get(String collection, String key);

  /**
   * Stores a new record; {@code false} (and nothing written) when {@code key} already exists.
   *
   * @param collection the collection
   * @param key the record's key
   * @param value the record's content
   * @return whether the record was created
   */
  boolean create(String collection, String key, byte[] value);

  /**
   * Replaces the record if its revision is still {@code revision}; {@code false} otherwise.
   *
   * @param collection the collection
   * @param key the record's key
   * @param revision the revision the caller read
   * @param value the new content
   * @return whether the record was replaced
   */
  boolean replace(String collection, String key, long revision, byte[] value);

  /**
   * Deletes the record if its revision is still {@code revision}; {@code false} otherwise.
   *
   * @param collection the collection
   * @param key the record's key
   * @param revision the revision the caller read
   * @return whether the record was deleted
   */
  boolean delete(String collection, String key, long revision);

  /**
   * {@return the keys of {@code collection}, sorted}
   *
   * @param collection the collection
   */
  List<String> keys(String collection);

  /**
   * Appends {@code entry} (one line of text: no line break) to {@code log}.
   *
   * @param log the log's name
   * @param entry the entry
   */
  void append(String log, String entry);

  /**
   * {@return the entries of {@code log}, oldest first; empty when there is no such log}
   *
   * @param log the log's name
   */
  List<String> read(String log);
}
