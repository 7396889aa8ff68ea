package io.dpds.lifecycle.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder store on a disk that fills up: a small tmpfs the test mounts (skipped where mounting is not allowed).
 * No truncated record is ever visible, and a torn log line does not swallow the next entry.
 */
class FileStoreDiskFullTest {

  @TempDir Path dir;
  private Path disk;
  private boolean mounted;

  @BeforeEach
  void mount() throws Exception {
    disk = Files.createDirectories(dir.resolve("disk"));
    try {
      Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      mounted = mount.waitFor(10, TimeUnit.SECONDS) && mount.exitValue() == 0;
    } catch (IOException noMount) {
      mounted = false;
    }
    assumeTrue(mounted, "mounting a small tmpfs needs root and a mount namespace that allows it");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      // lazily: the store keeps its lock file open until the test JVM ends
      new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFullDiskNeverLeavesATruncatedRecordVisible() throws IOException {
    LifecycleStore store = FileStore.open(disk.resolve("store"));
    assertThat(store.create("versions", "v0", value(5_000, 'a'))).isTrue();
    fillLeaving(4_096); // room for part of the next record only: the write is short, not refused

    byte[] big = value(12_000, 'b');
    boolean created;
    try {
      created = store.create("versions", "v1", big);
    } catch (StoreException e) {
      created = false;
    }

    assertThat(created).as("the record does not fit").isFalse();
    assertThat(store.get("versions", "v1")).as("no truncated record is visible").isEmpty();
    assertThat(store.keys("versions")).containsExactly("v0");
    assertThat(store.get("versions", "v0")).get().satisfies(e -> assertThat(e.value()).isEqualTo(value(5_000, 'a')));
    Files.delete(disk.resolve("filler"));
    assertThat(store.create("versions", "v1", big)).as("once there is room again").isTrue();
    assertThat(store.get("versions", "v1")).get().satisfies(e -> assertThat(e.value()).isEqualTo(big));
  }

  private static byte[] value(int length, char fill) {
    byte[] value = new byte[length];
    Arrays.fill(value, (byte) fill);
    return value;
  }

  /** Writes a filler file that leaves about {@code free} bytes of the disk free. */
  private void fillLeaving(long free) throws IOException {
    long usable = Files.getFileStore(disk).getUsableSpace();
    try {
      Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, usable - free)]);
    } catch (IOException full) {
      // as full as it gets
    }
  }

  @Test
  void aLogAppendThatDidNotFitDoesNotSwallowTheNextEntry() throws IOException {
    LifecycleStore store = FileStore.open(disk.resolve("store"));
    store.append("audit", "first");
    List<String> appended = new ArrayList<>(List.of("first"));
    fillLeaving(4_096);
    String big = "x".repeat(20_000);
    for (int i = 0; i < 20; i++) {
      try {
        store.append("audit", big + i);
        appended.add(big + i);
      } catch (StoreException e) {
        break;
      }
    }
    Files.deleteIfExists(disk.resolve("filler"));

    store.append("audit", "after the disk was freed");
    appended.add("after the disk was freed");

    assertThat(store.read("audit")).containsExactlyElementsOf(appended);
  }
}
