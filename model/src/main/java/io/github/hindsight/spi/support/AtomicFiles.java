package io.github.hindsight.spi.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that a failure never leaves it half-written: the content goes to a temporary
 * file in the same folder, which replaces the target in one step once it is complete. When
 * writing fails, the temporary file is deleted and an existing target keeps its content.
 *
 * <p>Only regular files are written. A target that is there as anything else (a folder, a
 * symbolic link, a device, a named pipe or a socket) is refused before anything is written, and
 * left as it is: replacing it would take the device node or the link away, and following a link
 * would write wherever it points.
 *
 * <p>A JVM stopped while it writes, by SIGTERM or Ctrl-C, removes the temporary files it has open
 * as it shuts down, so that an interrupted conversion leaves no hidden file of its size beside the
 * target. Only a JVM killed outright (SIGKILL, a crash) can leave one.
 *
 * <p>The {@code Hindsight} facade, the command line and the testkit all write files through this
 * one class.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 10;

  /** What goes into the file. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the temporary file; buffered, and closed by the caller
     * @throws IOException if the content cannot be written; nothing then replaces the target
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** The temporary files being written, for the one shutdown hook to remove. */
  private static final class Open {
    static final Set<Path> FILES = ConcurrentHashMap.newKeySet();

    static {
      try {
        Runtime.getRuntime().addShutdownHook(new Thread(Open::removeAll, "hindsight-atomic-files"));
      } catch (IllegalStateException e) {
        // The JVM is stopping already; a write begun now is deleted by its own failure or not at all.
      }
    }

    private Open() {}

    static void removeAll() {
      for (Path temp : FILES) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // Nothing more can be done for it while the JVM stops; the others may still go.
        }
      }
    }
  }

  /**
   * Writes a file through a temporary file beside it.
   *
   * @param file the file to write or replace
   * @param content what to write
   * @throws NoSuchFileException if the file's folder does not exist, naming the file
   * @throws AccessDeniedException if the file's folder cannot be written, naming the file
   * @throws NotRegularFileException if the file is there but is not a regular file, naming the
   *     file and what it is; nothing is written and it is left as it is
   * @throws IOException if the content cannot be written, or any exception the content throws
   */
  public static void write(Path file, Content content) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    Path target = file.toAbsolutePath();
    requireRegularOrAbsent(file, target);
    Path folder = target.getParent();
    Path temp = createTemp(folder, fileName(target));
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE))) {
        content.writeTo(out);
      }
      // Again, since a long write leaves time for something else to take the target's place.
      requireRegularOrAbsent(file, target);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Some file systems cannot swap in one step; replacing is the best they allow.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      try {
        if (!moved) {
          Files.deleteIfExists(temp);
        }
      } finally {
        Open.FILES.remove(temp);
      }
    }
  }

  private static void requireRegularOrAbsent(Path file, Path target) throws NotRegularFileException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      // Absent, or beyond what can be looked at: writing beside it reports what is wrong.
      return;
    }
    if (!attributes.isRegularFile()) {
      throw new NotRegularFileException(file.toString(), describe(target, attributes));
    }
  }

  private static String describe(Path target, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    int mode;
    try {
      mode = (Integer) Files.getAttribute(target, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      // Not a Unix file system: it tells no more than "other".
      return "a special file";
    }
    return switch (mode & 0170000) {
      case 0010000 -> "a named pipe (FIFO)";
      case 0020000 -> "a character device";
      case 0060000 -> "a block device";
      case 0140000 -> "a socket";
      default -> "a special file";
    };
  }

  private static Path createTemp(Path folder, String name) throws IOException {
    // Not Files.createTempFile: its owner-only permissions would end up on the finished file.
    for (int attempt = 0; ; attempt++) {
      byte[] suffix = new byte[6];
      RANDOM.nextBytes(suffix);
      Path temp = folder.resolve("." + name + "." + HexFormat.of().formatHex(suffix) + ".tmp");
      // Known to the shutdown hook before it exists, so that no moment is left in which a
      // stopping JVM would leave it behind.
      Open.FILES.add(temp);
      boolean created = false;
      try {
        Files.createFile(temp);
        created = true;
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
      } catch (NoSuchFileException e) {
        // Name the file the user asked for, not the temporary one beside it.
        throw new NoSuchFileException(folder.resolve(name).toString(), null, "its folder does not exist");
      } catch (AccessDeniedException e) {
        throw new AccessDeniedException(folder.resolve(name).toString(), null, "its folder cannot be written");
      } finally {
        if (!created) {
          Open.FILES.remove(temp);
        }
      }
    }
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString();
  }
}
