package io.dpds.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a fixed document: in one step, through a symbolic link, keeping the file's permissions. */
class DocumentChangeTest {

  @TempDir Path dir;

  @Test
  void aLinkStaysALinkAndTheFileKeepsItsPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path file = Files.createDirectories(dir.resolve("shared")).resolve("port.yaml");
    Files.writeString(file, "name: a\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("port.yaml"), Path.of("shared", "port.yaml"));

    new DocumentChange(link, "name: a\n", "name: b\n").write();

    assertThat(link).as("it was replaced by a file of its own").isSymbolicLink();
    assertThat(file).hasContent("name: b");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as("a new file had rw-------")
        .isEqualTo("rw-r-----");
    try (var left = Files.list(file.getParent())) {
      assertThat(left).as("no temporary file is left").containsExactly(file);
    }
  }

  @Test
  void aFileChangedSinceItWasReadIsNotWritten() throws IOException {
    Path file = dir.resolve("port.yaml");
    Files.writeString(file, "name: c\n");

    assertThatThrownBy(() -> new DocumentChange(file, "name: a\n", "name: b\n").write())
        .isInstanceOf(IOException.class).hasMessageEndingWith("changed since it was read; run dpds fix again");
    assertThat(file).hasContent("name: c");
  }
}
