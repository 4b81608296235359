package io.github.hindsight.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A format that Hindsight can read, write, or both: the one interface a plugin implements.
 *
 * <p>Implementations must be immutable and thread-safe, and have a public no-argument constructor
 * so that {@link java.util.ServiceLoader} can create them. Nothing slow belongs in the constructor:
 * discovery creates every provider on the class path.
 */
public interface FormatProvider {

  /**
   * The format's id, a short lower-case word such as {@code json} or {@code markdown}. Users
   * name formats by this id (for example {@code hindsight convert --to json}).
   *
   * @return the id
   */
  String id();

  /**
   * A name for people, such as {@code Hindsight JSON}.
   *
   * @return the display name
   */
  String displayName();

  /**
   * The media type of documents in this format, such as {@code application/json}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * File extensions without the dot, such as {@code json}, in order of preference: the first is
   * used when writing a new file.
   *
   * @return the extensions, possibly empty
   */
  List<String> extensions();

  /**
   * The reader, if the format can be read.
   *
   * @return the reader, or empty for a write-only format
   */
  Optional<FormatReader> reader();

  /**
   * The writer, if the format can be written.
   *
   * @return the writer, or empty for a read-only format
   */
  Optional<FormatWriter> writer();

  /**
   * How strongly the start of a document suggests this format, for detection by content when
   * the extension does not decide.
   *
   * @param head the first bytes of the document (up to 4096; fewer if the document is shorter)
   * @return 0 when the bytes do not look like this format, up to 100 when they surely are
   */
  default int sniff(byte[] head) {
    Objects.requireNonNull(head, "head");
    return 0;
  }

  /**
   * The priority when two formats claim the same extension: the higher wins; on a tie the format
   * whose id comes first alphabetically wins. Built-in formats use 0.
   *
   * @return the priority
   */
  default int priority() {
    return 0;
  }
}
