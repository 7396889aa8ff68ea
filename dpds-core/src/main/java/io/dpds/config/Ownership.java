package io.dpds.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.jspecify.annotations.Nullable;

/**
 * Whether a configuration file found by walking up from a descriptor may be someone else's plant: another user's file
 * in a folder anybody can write to, such as a shared temporary folder, which would otherwise turn rules off, waive
 * findings or allow hosts for every descriptor below it (as Git refuses a repository of dubious ownership).
 */
final class Ownership {

  private Ownership() {}

  /**
   * {@return why {@code file} is not to be read on behalf of {@code user}, or null when nothing says so (or the file
   * system has no POSIX permissions)}
   *
   * @param file a configuration file found by walking up
   * @param user the name of the user the tool runs as
   */
  static @Nullable String distrust(Path file, String user) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    try {
      String owner = Files.getOwner(file).getName();
      if (folder != null && !owner.equals(user)
          && Files.getPosixFilePermissions(folder).contains(PosixFilePermission.OTHERS_WRITE)) {
        return file + " belongs to " + owner + ", not to " + user + ", in " + folder + ", a folder anyone can write"
            + " to: anyone could have put it there, so it is not read (move it, or name it with --config FILE)";
      }
    } catch (UnsupportedOperationException | IOException e) {
      return null; // no POSIX permissions (Windows), or unreadable: reading it says what is wrong
    }
    return null;
  }
}
