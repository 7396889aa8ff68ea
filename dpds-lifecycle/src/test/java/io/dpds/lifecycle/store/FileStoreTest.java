package io.dpds.lifecycle.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store passes the store test kit, survives reopening, and shrugs off what a crash leaves behind. */
class FileStoreTest extends LifecycleStoreContract {

  @TempDir Path dir;
  private int stores;

  @Override
  protected LifecycleStore newStore() {
    return FileStore.open(dir.resolve("store" + stores++), FileStore.Durability.PROCESS);
  }

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
  void aCrashMidWriteLeavesTheOldRecordAndNoDebris() throws IOException {
    FileStore store = FileStore.open(dir.resolve("s"));
    store.create("c", "k", "old".getBytes(UTF_8));
    store.append("audit", "complete");
    // what a process killed mid-write leaves: a half-written temporary file and a torn log line
    Files.writeString(dir.resolve("s/tmp/0000-torn"), "dpds-store 1\n2\nk\nne");
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

    var wins = all(i -> (i % 2 == 0 ? a : b).create("locks", "one", ("owner " + i).getBytes(UTF_8)));

    assertThat(wins.stream().filter(w -> w).count()).isEqualTo(1);
  }

  @Test
  void anUnusableDirectoryIsAStoreException() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

    assertThatThrownBy(() -> FileStore.open(file)).isInstanceOf(StoreException.class)
        .hasMessageContaining("not-a-dir");
  }
}
