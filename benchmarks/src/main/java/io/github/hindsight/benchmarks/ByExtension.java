package io.github.hindsight.benchmarks;

import io.github.hindsight.spi.FormatProvider;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** Finds a format by a file's extension, as the command line does, without the registry. */
final class ByExtension {
  private ByExtension() {}

  /**
   * The format of a file.
   *
   * @param file the file
   * @return the first format on the class path that claims its extension
   * @throws IllegalArgumentException if none does
   */
  static FormatProvider of(Path file) {
    String name = file.getFileName().toString();
    String ext = name.substring(name.lastIndexOf('.') + 1);
    for (FormatProvider f : ServiceLoader.load(FormatProvider.class)) {
      if (f.extensions().contains(ext)) {
        return f;
      }
    }
    throw new IllegalArgumentException(file + ": no format on the class path reads '." + ext + "' files");
  }
}
