package io.dpds.lifecycle.store;

import io.dpds.spi.store.LifecycleStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link LifecycleStore} in memory: for tests and hosts that keep state elsewhere. Lost with the process. */
public final class InMemoryStore implements LifecycleStore {

  private final Map<String, Map<String, Entry>> collections = new ConcurrentHashMap<>();
  private final Map<String, List<String>> logs = new ConcurrentHashMap<>();

  private Map<String, Entry> collection(String name) {
    return collections.computeIfAbsent(Names.check(name), n -> new ConcurrentHashMap<>());
  }

  @Override
  public Optional<Entry> get(String collection, String key) {
    Entry entry = collection(collection).get(Names.check(key));
    return entry == null ? Optional.empty() : Optional.of(new Entry(entry.revision(), entry.value().clone()));
  }

  @Override
  public boolean create(String collection, String key, byte[] value) {
    return collection(collection).putIfAbsent(Names.check(key), new Entry(1, value.clone())) == null;
  }

  @Override
  public boolean replace(String collection, String key, long revision, byte[] value) {
    boolean[] done = {false};
    collection(collection).computeIfPresent(Names.check(key), (k, old) -> {
      if (old.revision() != revision) {
        return old;
      }
      done[0] = true;
      return new Entry(revision + 1, value.clone());
    });
    return done[0];
  }

  @Override
  public boolean delete(String collection, String key, long revision) {
    boolean[] done = {false};
    collection(collection).computeIfPresent(Names.check(key), (k, old) -> {
      done[0] = old.revision() == revision;
      return done[0] ? null : old;
    });
    return done[0];
  }

  @Override
  public List<String> keys(String collection) {
    return List.copyOf(new TreeMap<>(collection(collection)).keySet());
  }

  @Override
  public void append(String log, String entry) {
    List<String> entries = logs.computeIfAbsent(Names.check(log), n -> new ArrayList<>());
    synchronized (entries) {
      entries.add(Names.line(entry));
    }
  }

  @Override
  public List<String> read(String log) {
    List<String> entries = logs.get(Names.check(log));
    if (entries == null) {
      return List.of();
    }
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  @Override
  public String toString() {
    return "InMemoryStore" + Arrays.toString(collections.keySet().toArray());
  }
}
