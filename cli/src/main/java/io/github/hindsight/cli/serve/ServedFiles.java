package io.github.hindsight.cli.serve;

import io.github.hindsight.Hindsight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The files a preview may show: those under its folder (or the one file it was given) that a
 * format reads. A path from an address is resolved to its real path, symbolic links followed,
 * and refused unless it is still one of them.
 */
final class ServedFiles {
  private final Hindsight hindsight;
  private final Path root;
  private final @Nullable Path single;

  ServedFiles(Hindsight hindsight, Path target) throws IOException {
    this.hindsight = hindsight;
    Path real = target.toRealPath();
    if (Files.isDirectory(real)) {
      this.root = real;
      this.single = null;
    } else {
      this.root = real.getParent();
      this.single = real;
    }
  }

  /** @return the paths of the questions, relative to the folder, with forward slashes, in order */
  List<String> list() throws IOException {
    if (single != null) {
      return List.of(relative(single));
    }
    try (Stream<Path> files = Files.walk(root)) {
      // Each as an address would name it, so that a link out of the folder is not listed either.
      return files.map(this::relative).filter(r -> resolve(r).isPresent()).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * @param relative a path from an address, already decoded
   * @return the real file it names, if it is one of the questions served
   */
  Optional<Path> resolve(String relative) {
    if (relative.isEmpty() || relative.startsWith("/") || relative.indexOf('\\') >= 0 || relative.indexOf('\0') >= 0
        || relative.indexOf(':') >= 0) {
      return Optional.empty();
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.startsWith(".")) {
        return Optional.empty();
      }
    }
    try {
      Path real = root.resolve(relative).toRealPath();
      boolean inside = single != null ? real.equals(single) : real.startsWith(root);
      return inside && Files.isRegularFile(real) && readable(real) ? Optional.of(real) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** @param file a file served @return its path relative to the folder, as an address has it */
  String relative(Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** @return what was given to serve, for the start message */
  Path target() {
    return single != null ? single : root;
  }

  private boolean readable(Path file) {
    if (root.relativize(file).toString().startsWith(".") || file.getFileName().toString().startsWith(".")) {
      return false;
    }
    try {
      return hindsight.detect(file).reader().isPresent();
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
