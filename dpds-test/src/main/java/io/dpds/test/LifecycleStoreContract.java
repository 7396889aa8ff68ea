package io.dpds.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dpds.spi.store.LifecycleStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The store test kit: every {@link LifecycleStore} passes it (the in-memory and file stores do). Extend it in the tests
 * of your own store and return a fresh, empty store from {@link #newStore()}.
 *
 * <pre>{@code
 * class PostgresStoreTest extends LifecycleStoreContract {
 *   protected LifecycleStore newStore() { return new PostgresStore(freshSchema()); }
 * }
 * }</pre>
 */
public abstract class LifecycleStoreContract {

  /** How many threads the concurrency checks use. */
  protected static final int THREADS = 16;

  /** {@return a new, empty store for one test} */
  protected abstract LifecycleStore newStore();

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private static String text(LifecycleStore.Entry entry) {
    return new String(entry.value(), UTF_8);
  }

  /** A record is created once, then replaced and deleted only by its current revision. */
  @Test
  public void createOnceThenReplaceAndDeleteByRevision() {
    LifecycleStore store = newStore();

    assertThat(store.get("versions", "a")).isEmpty();
    assertThat(store.create("versions", "a", bytes("one"))).isTrue();
    assertThat(store.create("versions", "a", bytes("other"))).isFalse();
    assertThat(store.get("versions", "a")).hasValueSatisfying(e -> {
      assertThat(e.revision()).isEqualTo(1);
      assertThat(text(e)).isEqualTo("one");
    });
    assertThat(store.replace("versions", "a", 2, bytes("stale"))).isFalse();
    assertThat(store.replace("versions", "a", 1, bytes("two"))).isTrue();
    assertThat(store.replace("versions", "missing", 1, bytes("x"))).isFalse();
    assertThat(text(store.get("versions", "a").orElseThrow())).isEqualTo("two");
    assertThat(store.delete("versions", "a", 1)).isFalse();
    assertThat(store.delete("versions", "a", 2)).isTrue();
    assertThat(store.get("versions", "a")).isEmpty();
    assertThat(store.create("versions", "a", bytes("again"))).as("a deleted key can be created again").isTrue();
    assertThat(store.get("versions", "a").orElseThrow().revision()).isEqualTo(1);
  }

  /** Keys may be any text, and the same key in two collections names two records. */
  @Test
  public void keysAreAnyTextAndCollectionsAreApart() {
    LifecycleStore store = newStore();
    String fqn = "urn:dpds:com.acme:dataproducts:trip/Execution:1@1.0.0";
    String unicode = "Zürich ✓ . ..";
    String longKey = "k".repeat(300);
    for (String key : List.of(fqn, unicode, longKey, ".", "b", "%41")) {
      assertThat(store.create("c1", key, bytes(key))).as(key).isTrue();
    }
    store.create("c2", "only-here", bytes("x"));

    assertThat(store.keys("c1")).containsExactly("%41", ".", unicode, "b", longKey, fqn);
    assertThat(store.keys("c2")).containsExactly("only-here");
    assertThat(store.keys("none")).isEmpty();
    assertThat(text(store.get("c1", longKey).orElseThrow())).isEqualTo(longKey);
    assertThat(text(store.get("c1", "%41").orElseThrow())).isEqualTo("%41");
    assertThat(store.get("c2", fqn)).isEmpty();
  }

  /** Changing a value after storing it, or after reading it, changes nothing stored. */
  @Test
  public void valuesAreCopiedInAndOut() {
    LifecycleStore store = newStore();
    byte[] value = bytes("abc");
    store.create("c", "k", value);
    value[0] = 'X';
    store.get("c", "k").orElseThrow().value()[1] = 'Y';

    assertThat(text(store.get("c", "k").orElseThrow())).isEqualTo("abc");
  }

  /** A log gives its entries back in the order they were appended. */
  @Test
  public void logsKeepTheirOrder() {
    LifecycleStore store = newStore();
    store.append("audit/p", "{\"n\":1}");
    store.append("audit/p", "{\"n\":2}");
    store.append("audit/q", "other");

    assertThat(store.read("audit/p")).containsExactly("{\"n\":1}", "{\"n\":2}");
    assertThat(store.read("audit/q")).containsExactly("other");
    assertThat(store.read("nothing")).isEmpty();
  }

  /** Names and entries the contract does not allow are refused with IllegalArgumentException. */
  @Test
  public void badNamesAndEntriesAreRefused() {
    LifecycleStore store = newStore();

    assertThatThrownBy(() -> store.create("", "k", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.get("c", "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append("log", "two\nlines")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.create("c", "nul\0", bytes("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append("log", "nul\0")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.read("log")).isEmpty();
  }

  /**
   * Of many stores creating one key at once, exactly one succeeds.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void ofConcurrentCreatorsExactlyOneWins() throws Exception {
    LifecycleStore store = newStore();
    List<Boolean> wins = all(i -> store.create("locks", "product@1.0.0", bytes("owner " + i)));

    assertThat(wins.stream().filter(w -> w).count()).isEqualTo(1);
    int winner = wins.indexOf(true);
    assertThat(text(store.get("locks", "product@1.0.0").orElseThrow())).isEqualTo("owner " + winner);
  }

  /**
   * Concurrent compare-and-set updates, each retried on conflict, lose none.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void concurrentCompareAndSetLosesNoUpdate() throws Exception {
    LifecycleStore store = newStore();
    store.create("counters", "n", bytes("0"));
    int rounds = 20;
    AtomicInteger conflicts = new AtomicInteger();

    all(i -> {
      for (int r = 0; r < rounds; r++) {
        while (true) {
          LifecycleStore.Entry now = store.get("counters", "n").orElseThrow();
          int next = Integer.parseInt(text(now)) + 1;
          if (store.replace("counters", "n", now.revision(), bytes(Integer.toString(next)))) {
            break;
          }
          conflicts.incrementAndGet();
        }
      }
      return true;
    });

    LifecycleStore.Entry end = store.get("counters", "n").orElseThrow();
    assertThat(text(end)).isEqualTo(Integer.toString(THREADS * rounds));
    assertThat(end.revision()).isEqualTo(THREADS * rounds + 1);
  }

  /**
   * Concurrent appends to one log are all kept.
   *
   * @throws Exception when the store fails
   */
  @Test
  public void concurrentAppendsAreAllKept() throws Exception {
    LifecycleStore store = newStore();
    all(i -> {
      for (int r = 0; r < 25; r++) {
        store.append("audit", i + "-" + r);
      }
      return true;
    });

    List<String> entries = store.read("audit");
    assertThat(entries).hasSize(THREADS * 25).doesNotHaveDuplicates();
    for (int i = 0; i < THREADS; i++) {
      String thread = i + "-";
      assertThat(entries.stream().filter(e -> e.startsWith(thread)).toList()).as("one thread's order")
          .isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a.substring(thread.length())),
              Integer.parseInt(b.substring(thread.length()))));
    }
  }

  /**
   * Runs {@code task} on {@value #THREADS} threads at once; the results in thread order.
   *
   * @param <T> the type of the results
   * @param task the task, given the thread's number
   * @return the results, in thread order
   * @throws Exception when a task fails
   */
  public static <T> List<T> all(IndexedTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int index = i;
        Callable<T> call = () -> {
          start.await();
          return task.run(index);
        };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A task that knows which of the threads runs it. */
  @FunctionalInterface
  public interface IndexedTask<T> {
    /**
     * Runs the task numbered {@code index}.
     *
     * @param index the task's number, from 0
     * @return the task's result
     * @throws Exception when the task fails
     */
    T run(int index) throws Exception;
  }
}
