package io.github.hindsight.cli;

import io.github.hindsight.spi.support.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files a command is given, and writing text so that a failure leaves nothing half-done. */
final class Files2 {
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
    Path folder = file.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw CliException.io(Failures.PREFIX + "cannot write " + file + ": its folder does not exist");
    }
    AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }
}
