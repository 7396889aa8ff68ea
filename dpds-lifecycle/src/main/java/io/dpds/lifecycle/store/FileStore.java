package io.dpds.lifecycle.store;

import io.dpds.spi.store.LifecycleStore;
import io.dpds.spi.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link LifecycleStore} in one directory: the embedded default of the CLI and the samples. Each record is a file
 * written whole to a temporary file and moved into place atomically, so a crash mid-write leaves the old or the new
 * record; log entries are appended lines, and a torn last line is ignored when read. Writers in this process and in
 * other processes are serialised by a lock on {@code .lock}. With {@link Durability#MACHINE} (the default) every
 * write is forced to the disk before it returns.
 *
 * <pre>
 * DIR/records/COLLECTION/KEY.rec     (names percent-encoded; long ones hashed, the key kept inside)
 * DIR/logs/LOG.log
 * </pre>
 */
public final class FileStore implements LifecycleStore {

  /** The largest record the store reads; a larger file is not one it wrote (see {@link #readBounded}). */
  static final long MAX_RECORD_BYTES = 256L << 20;
  /** The largest log the store reads. */
  static final long MAX_LOG_BYTES = 1L << 30;

  /** How far a write that returned survives. */
  public enum Durability {
    /** A crash of the process or of the machine (files and folders are forced to the disk). */
    MACHINE,
    /** A crash of the process (atomic moves, no forcing): faster, for tests and benchmarks. */
    PROCESS
  }

  private static final String MAGIC = "dpds-store 1";
  private static final int LONGEST_NAME = 120;
  private static final Map<Path, Guard> GUARDS = new ConcurrentHashMap<>();

  private final Path dir;
  private final Durability durability;
  private final Guard guard;

  private FileStore(Path dir, Durability durability) {
    this.dir = dir;
    this.durability = durability;
    this.guard = GUARDS.computeIfAbsent(dir, Guard::new);
  }

  /**
   * Opens (creating it when missing) the store in {@code dir}, forcing writes to the disk.
   *
   * @param dir the store's folder
   * @return the store
   */
  public static FileStore open(Path dir) {
    return open(dir, Durability.MACHINE);
  }

  /** Why folder {@code dir} could not be made a store: a file in its way, or what the file system said. */
  private static String why(Path dir, IOException e) {
    for (Path at = dir; at != null; at = at.getParent()) {
      if (Files.exists(at) && !Files.isDirectory(at)) {
        return (at.equals(dir) ? "it" : at.toString()) + " is a file, not a folder";
      }
    }
    return e instanceof AccessDeniedException denied ? "permission denied on " + denied.getFile()
        : e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /**
   * Opens (creating it when missing) the store in {@code dir}; leftovers of writes a crash interrupted are removed.
   *
   * @param dir the store's folder
   * @param durability whether writes are forced to the disk
   * @return the store
   * @throws StoreException when the directory cannot be created or used
   */
  public static FileStore open(Path dir, Durability durability) {
    Path absolute = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute.resolve("records"));
      Files.createDirectories(absolute.resolve("logs"));
      Files.createDirectories(absolute.resolve("tmp"));
    } catch (IOException e) {
      throw new StoreException("Cannot use " + absolute + " as a store: " + why(absolute, e), e);
    }
    FileStore store = new FileStore(absolute, durability);
    store.locked(() -> {
      try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(absolute.resolve("tmp"))) {
        for (Path leftover : leftovers) {
          if (isLeftover(leftover)) {
            Files.deleteIfExists(leftover);
          }
        }
      }
      return null;
    });
    return store;
  }

  /**
   * Whether {@code file} is a write's temporary file that a crash left: a file named as {@link #write} names them whose
   * bytes, as far as they go, are a record's header ({@value #MAGIC}). Only those are removed; anything else in {@code
   * tmp} is not the store's (a store opened on a folder that already had a {@code tmp} of its own keeps it, even a
   * file there that another program named by a UUID too).
   */
  private static boolean isLeftover(Path file) {
    String name = file.getFileName().toString();
    try {
      if (!UUID.fromString(name).toString().equals(name) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] header = (MAGIC + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer start = ByteBuffer.allocate(header.length);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      while (start.hasRemaining() && channel.read(start) > 0) {
        // until the header's length is read, or the file ends
      }
    } catch (IOException e) {
      return false; // unreadable: not ours to remove
    }
    return Arrays.equals(start.array(), 0, start.position(), header, 0, start.position());
  }

  /** {@return the store's directory} */
  public Path directory() {
    return dir;
  }

  @Override
  public Optional<Entry> get(String collection, String key) {
    Path file = recordFile(collection, key);
    try {
      return Optional.of(parse(file, readBounded(file, MAX_RECORD_BYTES)).entry());
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException("Cannot read " + file + ": " + e, e);
    }
  }

  @Override
  public boolean create(String collection, String key, byte[] value) {
    Path file = recordFile(collection, key);
    return locked(() -> {
      if (Files.exists(file)) {
        return false;
      }
      write(file, key, 1, value);
      return true;
    });
  }

  @Override
  public boolean replace(String collection, String key, long revision, byte[] value) {
    Path file = recordFile(collection, key);
    return locked(() -> {
      Optional<Entry> now = get(collection, key);
      if (now.isEmpty() || now.get().revision() != revision) {
        return false;
      }
      write(file, key, revision + 1, value);
      return true;
    });
  }

  @Override
  public boolean delete(String collection, String key, long revision) {
    Path file = recordFile(collection, key);
    return locked(() -> {
      Optional<Entry> now = get(collection, key);
      if (now.isEmpty() || now.get().revision() != revision) {
        return false;
      }
      Files.delete(file);
      force(file.getParent());
      return true;
    });
  }

  @Override
  public List<String> keys(String collection) {
    Path folder = dir.resolve("records").resolve(encode(Names.check(collection)));
    List<String> keys = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.rec")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - ".rec".length());
        keys.add(name.startsWith("#") ? parse(file, readBounded(file, MAX_RECORD_BYTES)).key() : decode(name));
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new StoreException("Cannot list " + folder + ": " + e, e);
    }
    keys.sort(null);
    return List.copyOf(keys);
  }

  @Override
  public void append(String log, String entry) {
    Path file = logFile(log);
    byte[] line = (Names.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    locked(() -> {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE)) {
        channel.position(dropTornLine(channel));
        writeFully(channel, ByteBuffer.wrap(line));
        if (durability == Durability.MACHINE) {
          channel.force(false);
        }
      }
      return null;
    });
  }

  @Override
  public List<String> read(String log) {
    Path file = logFile(log);
    String text;
    try {
      text = new String(readBounded(file, MAX_LOG_BYTES), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new StoreException("Cannot read " + file + ": " + e, e);
    }
    int end = text.lastIndexOf('\n'); // a torn last line (crash mid-append) is not an entry
    return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n", -1));
  }

  @Override
  public String toString() {
    return "FileStore[" + dir + "]";
  }

  private record Parsed(String key, Entry entry) {}

  private static Parsed parse(Path file, byte[] bytes) {
    int first = indexOf(bytes, 0);
    int second = first < 0 ? -1 : indexOf(bytes, first + 1);
    int third = second < 0 ? -1 : indexOf(bytes, second + 1);
    if (third < 0 || !new String(bytes, 0, first, StandardCharsets.UTF_8).equals(MAGIC)) {
      throw new StoreException(file + " is not a store record (it does not start with the " + MAGIC + " header);"
          + " restore it from a backup, or remove it", null);
    }
    String revisionText = new String(bytes, first + 1, second - first - 1, StandardCharsets.UTF_8);
    long revision;
    try {
      revision = Long.parseLong(revisionText);
    } catch (NumberFormatException e) {
      throw new StoreException(file + " is a damaged store record: its revision line holds '" + revisionText
          + "', not a number; restore it from a backup, or remove it", e);
    }
    String key = decode(new String(bytes, second + 1, third - second - 1, StandardCharsets.UTF_8));
    byte[] value = new byte[bytes.length - third - 1];
    System.arraycopy(bytes, third + 1, value, 0, value.length);
    return new Parsed(key, new Entry(revision, value));
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The bytes of {@code file}, after checking its size: a file larger than {@code max} is refused as damaged or
   * foreign, before anything is read, so that a stray huge file cannot exhaust the memory of every reader.
   */
  private static byte[] readBounded(Path file, long max) throws IOException {
    long size = Files.size(file);
    if (size > max) {
      throw new StoreException(file + " holds " + size + " bytes, more than the " + max + " this store reads; it is"
          + " not a file the store wrote: move it away, or restore the record from a backup", null);
    }
    return Files.readAllBytes(file);
  }

  /** Writes the whole record to a temporary file, forces it, and moves it into place. */
  private void write(Path file, String key, long revision, byte[] value) throws IOException {
    byte[] header = (MAGIC + "\n" + revision + "\n" + encode(key) + "\n").getBytes(StandardCharsets.UTF_8);
    Path temp = dir.resolve("tmp").resolve(UUID.randomUUID().toString());
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writeFully(channel, ByteBuffer.wrap(header), ByteBuffer.wrap(value));
      if (durability == Durability.MACHINE) {
        channel.force(true);
      }
    } catch (IOException e) {
      Files.deleteIfExists(temp); // a record that was not written whole is never moved into place
      throw e;
    }
    Files.createDirectories(file.getParent());
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(temp);
      throw new StoreException("The file system of " + dir + " cannot move files atomically", e);
    }
    force(file.getParent());
  }

  /**
   * Writes every byte of {@code buffers} or throws: a channel may write part of them and return (a full disk), and
   * a short record must never be taken for a whole one.
   */
  private static void writeFully(FileChannel channel, ByteBuffer... buffers) throws IOException {
    long left = 0;
    for (ByteBuffer buffer : buffers) {
      left += buffer.remaining();
    }
    while (left > 0) {
      long written = channel.write(buffers);
      if (written <= 0) {
        throw new IOException("no space left to write " + left + " more bytes");
      }
      left -= written;
    }
  }

  /**
   * Where the next log entry goes: the end of the log, after cutting off a torn last line (an append a crash or a
   * full disk interrupted), which was never acknowledged and must not swallow the next entry.
   */
  private static long dropTornLine(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > MAX_LOG_BYTES) {
      throw new IOException("the log holds " + size + " bytes, more than the " + MAX_LOG_BYTES + " this store reads");
    }
    ByteBuffer last = ByteBuffer.allocate(1);
    if (size == 0 || channel.read(last, size - 1) == 1 && last.get(0) == '\n') {
      return size; // the usual case: the log ends with a whole line
    }
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    long end = size;
    while (end > 0) {
      long from = Math.max(0, end - chunk.capacity());
      chunk.clear().limit((int) (end - from));
      while (chunk.hasRemaining() && channel.read(chunk, from + chunk.position()) >= 0) {
        // read the whole chunk
      }
      for (int i = (int) (end - from) - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          long cut = from + i + 1;
          if (cut < size) {
            channel.truncate(cut);
          }
          return cut;
        }
      }
      end = from;
    }
    if (size > 0) {
      channel.truncate(0);
    }
    return 0;
  }

  /** Forces a folder's entries to the disk (where the platform allows opening folders). */
  private void force(Path folder) {
    if (durability != Durability.MACHINE) {
      return;
    }
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open folders; the move itself is atomic there too
    }
  }

  /**
   * Serialises the writers of one folder: a lock for this process's threads, and a file lock on {@code .lock} (its
   * channel kept open) for other processes.
   */
  private static final class Guard {
    private final ReentrantLock threads = new ReentrantLock();
    private final Path lockFile;
    private FileChannel channel;

    Guard(Path dir) {
      this.lockFile = dir.resolve(".lock");
    }

    <T> T run(Callable<T> work) throws Exception {
      threads.lock();
      try {
        if (channel == null || !channel.isOpen()) {
          channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        try (FileLock ignored = channel.lock()) {
          return work.call();
        }
      } finally {
        threads.unlock();
      }
    }
  }

  /** Runs {@code work} holding this process's lock and the store's file lock (other processes). */
  private <T> T locked(Callable<T> work) {
    try {
      return guard.run(work);
    } catch (StoreException e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException("The store " + dir + " failed: " + e, e);
    }
  }

  private Path recordFile(String collection, String key) {
    return dir.resolve("records").resolve(encode(Names.check(collection))).resolve(fileName(Names.check(key))
        + ".rec");
  }

  private Path logFile(String log) {
    return dir.resolve("logs").resolve(fileName(Names.check(log)) + ".log");
  }

  /** The encoded name, or {@code #} and its SHA-256 when that is too long for file systems. */
  private static String fileName(String name) {
    String encoded = encode(name);
    if (encoded.length() <= LONGEST_NAME) {
      return encoded;
    }
    try {
      return "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** Percent-encodes everything but letters, digits, {@code -}, {@code _} and inner dots. */
  static String encode(String name) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean plain = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_'
          || b == '.' && i > 0 && i < bytes.length - 1;
      if (plain) {
        out.append((char) b);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return out.toString();
  }

  static String decode(String encoded) {
    byte[] out = new byte[encoded.length()];
    int n = 0;
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length()) {
        out[n++] = (byte) Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
        i += 2;
      } else {
        out[n++] = (byte) c;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }
}
