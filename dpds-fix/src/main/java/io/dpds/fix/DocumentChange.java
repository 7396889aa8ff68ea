package io.dpds.fix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * One document the fixes change: its text before and after. Only the fixed nodes differ; every other character is as
 * it was.
 *
 * @param path the document's file
 * @param before its text as read
 * @param after its text with the fixes
 */
public record DocumentChange(Path path, String before, String after) {

  /**
   * Creates a {@code DocumentChange}; see the class comment for each component.
   *
   * @param path the document's file
   * @param before its text as read
   * @param after its text with the fixes
   */
  public DocumentChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * {@return the change as a unified diff ({@code --- a/NAME}, {@code +++ b/NAME}, hunks with three lines of
   * context), as {@code diff -u} and {@code git apply} read it}
   *
   * @param name the file's name in the headers, e.g. its path relative to the working directory
   */
  public String unifiedDiff(String name) {
    return UnifiedDiff.of(before, after, name);
  }

  /**
   * Writes the new text: to a temporary file beside the document, then moved over it in one step, so the document is
   * either as it was or as fixed, never half-written. A symbolic link stays one: the file it leads to is written. The
   * file keeps its permissions. Fails, changing nothing, when the file changed since it was read.
   *
   * @throws IOException when the file cannot be written or changed meanwhile
   */
  public void write() throws IOException {
    Path file = path.toRealPath();
    if (!Files.readString(file, StandardCharsets.UTF_8).equals(before)) {
      throw new IOException(path + " changed since it was read; run dpds fix again");
    }
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".dpds-fix");
    try {
      Files.writeString(temporary, after, StandardCharsets.UTF_8);
      keepPermissions(file, temporary);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Gives {@code copy} the POSIX permissions of {@code file} (a temporary file is made readable by its owner only). */
  private static void keepPermissions(Path file, Path copy) throws IOException {
    try {
      Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(file));
    } catch (UnsupportedOperationException e) {
      // no POSIX permissions here (Windows): the file system's own rules apply to the new file
    }
  }
}
