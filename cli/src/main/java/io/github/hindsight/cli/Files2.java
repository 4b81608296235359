package io.github.hindsight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/** Checks on the files a command is given, and writing text so that a failure leaves nothing half-done. */
final class Files2 {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Files2() {}

  /** Fails with exit code 3 unless the path is a readable file or folder. */
  static void requireReadable(Path path) {
    if (!Files.exists(path)) {
      throw CliException.io(Failures.PREFIX + "cannot read " + path + ": no such file or folder");
    }
    if (!Files.isReadable(path)) {
      throw CliException.io(Failures.PREFIX + "cannot read " + path + ": permission denied");
    }
  }

  /** Fails with exit code 3 unless the path is a readable file. */
  static void requireReadableFile(Path path) {
    requireReadable(path);
    if (Files.isDirectory(path)) {
      throw CliException.usage(Failures.PREFIX + path + " is a folder; expected a file holding one question");
    }
  }

  /** Text into a file through a temporary file in the same folder, moved into place when complete. */
  static void writeAtomically(Path file, String text) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw CliException.io(Failures.PREFIX + "cannot write " + file + ": its folder does not exist");
    }
    // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
    Path temp = Files.createFile(folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      move(temp, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems cannot swap in one step; replacing is the best they allow.
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
