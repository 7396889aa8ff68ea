package io.dpds.lifecycle.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dpds.spi.store.StoreException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store survives reopening and shrugs off what a crash leaves behind (it passes the store test kit in
 * dpds-test too).
 */
class FileStoreTest {

  @TempDir Path dir;

  @Test
  void whatWasWrittenIsThereAfterReopening() {
    FileStore first = FileStore.open(dir.resolve("s"));
    first.create("versions", "urn:x:1@1.0.0", "v1".getBytes(UTF_8));
    first.append("audit", "entry");

    FileStore second = FileStore.open(dir.resolve("s"));

    assertThat(second.get("versions", "urn:x:1@1.0.0")).isPresent();
    assertThat(second.keys("versions")).containsExactly("urn:x:1@1.0.0");
    assertThat(second.read("audit")).containsExactly("entry");
  }

  @Test
  void aStoreOpenedOnAFolderWithATmpOfItsOwnRemovesNothingItDidNotWrite() throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("project/tmp"));
    Files.writeString(Files.createDirectories(tmp.resolve("notes")).resolve("draft.txt"), "mine");
    Files.writeString(tmp.resolve("todo.md"), "mine too");

    FileStore.open(dir.resolve("project"));

    assertThat(tmp.resolve("notes/draft.txt")).hasContent("mine");
    assertThat(tmp.resolve("todo.md")).hasContent("mine too");
  }

  @Test
  void aFileOfAnotherProgramNamedAsTheStoreNamesItsOwnIsNotRemoved() throws IOException {
    Path tmp = Files.createDirectories(dir.resolve("project/tmp"));
    Path theirs = Files.writeString(tmp.resolve(java.util.UUID.randomUUID().toString()), "a session's notes");
    Path empty = Files.createFile(tmp.resolve(java.util.UUID.randomUUID().toString())); // a write cut before a byte

    FileStore.open(dir.resolve("project"));

    assertThat(theirs).hasContent("a session's notes");
    assertThat(empty).doesNotExist();
  }

  @Test
  void aCrashMidWriteLeavesTheOldRecordAndNoDebris() throws IOException {
    FileStore store = FileStore.open(dir.resolve("s"));
    store.create("c", "k", "old".getBytes(UTF_8));
    store.append("audit", "complete");
    // what a process killed mid-write leaves: a half-written temporary file and a torn log line
    Files.writeString(dir.resolve("s/tmp/" + java.util.UUID.randomUUID()), "dpds-store 1\n2\nk\nne");
    Files.writeString(dir.resolve("s/logs/audit.log"), "{\"torn\":", java.nio.file.StandardOpenOption.APPEND);

    FileStore reopened = FileStore.open(dir.resolve("s"));

    assertThat(new String(reopened.get("c", "k").orElseThrow().value(), UTF_8)).isEqualTo("old");
    assertThat(reopened.read("audit")).containsExactly("complete");
    assertThat(dir.resolve("s/tmp")).isEmptyDirectory();
  }

  @Test
  void aDamagedRecordIsAStoreExceptionNamingTheFile() throws IOException {
    FileStore store = FileStore.open(dir.resolve("s"));
    store.create("c", "k", "v".getBytes(UTF_8));
    Files.writeString(dir.resolve("s/records/c/k.rec"), "garbage");

    assertThatThrownBy(() -> store.get("c", "k")).isInstanceOf(StoreException.class).hasMessageContaining("k.rec");
  }

  @Test
  void twoStoresOnOneDirectoryShareTheirWrites() throws Exception {
    FileStore a = FileStore.open(dir.resolve("s"), FileStore.Durability.PROCESS);
    FileStore b = FileStore.open(dir.resolve("s"), FileStore.Durability.PROCESS);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> wins = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      FileStore store = i % 2 == 0 ? a : b;
      byte[] owner = ("owner " + i).getBytes(UTF_8);
      wins.add(pool.submit(() -> store.create("locks", "one", owner)));
    }
    int won = 0;
    for (Future<Boolean> win : wins) {
      won += win.get() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(won).isEqualTo(1);
  }

  @Test
  void anUnusableDirectoryIsAStoreException() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

    assertThatThrownBy(() -> FileStore.open(file)).isInstanceOf(StoreException.class)
        .hasMessage("Cannot use " + file + " as a store: it is a file, not a folder");
    assertThatThrownBy(() -> FileStore.open(file.resolve("inner"))).isInstanceOf(StoreException.class)
        .hasMessage("Cannot use " + file.resolve("inner") + " as a store: " + file + " is a file, not a folder");
  }

  @Test
  void aDamagedRecordIsAStoreExceptionNamingTheFileAndWhatIsWrong() throws Exception {
    FileStore store = FileStore.open(dir.resolve("damaged"), FileStore.Durability.PROCESS);
    store.create("versions", "1.0.0", new byte[] {1, 2});
    Path file;
    try (var files = Files.walk(store.directory())) {
      file = files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")).filter(f ->
          !f.getParent().getFileName().toString().equals("tmp")).findFirst().orElseThrow();
    }
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    Files.writeString(file, text.replaceFirst("\n1\n", "\nabc\n"), StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> store.get("versions", "1.0.0")).isInstanceOf(StoreException.class)
        .hasMessageStartingWith(file.toString()).hasMessageContaining("revision line holds 'abc', not a number")
        .hasMessageNotContaining("For input string");
    Files.writeString(file, "garbage");
    assertThatThrownBy(() -> store.get("versions", "1.0.0")).hasMessageContaining(file + " is not a store record");
  }

  @Test
  void aHugeFileInTheStoreIsRefusedBeforeItIsRead() throws Exception {
    FileStore store = FileStore.open(dir.resolve("huge"), FileStore.Durability.PROCESS);
    store.create("versions", "1.0.0", new byte[] {1});
    store.append("audit", "one");
    List<Path> files;
    try (var walk = Files.walk(store.directory())) {
      files = walk.filter(f -> f.toString().endsWith(".rec") || f.toString().endsWith(".log"))
          .toList();
    }
    assertThat(files).hasSize(2);
    for (Path file : files) {
      try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
        sparse.setLength(3L << 30); // 3 GB, sparse: nothing is written
      }
    }

    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      assertThatThrownBy(() -> store.get("versions", "1.0.0")).isInstanceOf(StoreException.class)
          .hasMessageContaining("holds 3221225472 bytes").hasMessageContaining("move it away");
      assertThatThrownBy(() -> store.read("audit")).isInstanceOf(StoreException.class)
          .hasMessageContaining("holds 3221225472 bytes");
      assertThatThrownBy(() -> store.append("audit", "two")).isInstanceOf(StoreException.class)
          .hasMessageContaining("3221225472 bytes");
    });
  }
}
