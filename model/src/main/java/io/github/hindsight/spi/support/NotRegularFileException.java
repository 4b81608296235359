package io.github.hindsight.spi.support;

import java.nio.file.FileSystemException;
import java.util.Objects;

/**
 * A file to be written is there but is not a regular file: a folder, a symbolic link, a device,
 * a named pipe or a socket. {@link AtomicFiles} refuses it rather than replace it with a regular
 * file (which would, for instance, take a device node away as root) or write through it.
 */
public final class NotRegularFileException extends FileSystemException {
  private static final long serialVersionUID = 1L;

  private final String found;

  /**
   * Creates the exception.
   *
   * @param file the file, as it was named
   * @param found what is there instead of a regular file, such as {@code a named pipe (FIFO)}
   */
  public NotRegularFileException(String file, String found) {
    super(Objects.requireNonNull(file, "file"), null,
        "is " + Objects.requireNonNull(found, "found") + ", not a regular file; only regular files are written");
    this.found = found;
  }

  /**
   * What is there instead of a regular file.
   *
   * @return {@code a folder}, {@code a symbolic link}, {@code a character device},
   *     {@code a block device}, {@code a named pipe (FIFO)}, {@code a socket} or, where the file
   *     system does not say, {@code a special file}
   */
  public String found() {
    return found;
  }
}
