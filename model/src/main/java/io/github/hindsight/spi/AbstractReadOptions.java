package io.github.hindsight.spi;

import java.util.Objects;

import org.immutables.value.Value;

/**
 * How to read a document: the name that locations give for it, strict or lenient reading, whether
 * to check links, and how many threads a reader may use.
 */
@Value.Immutable
abstract class AbstractReadOptions {
  /** @return the name of the document in problem locations, usually its file name */
  @Value.Default
  public String sourceName() {
    return "<input>";
  }

  /**
   * Strict reading (the default) refuses what the format does not define, such as an unknown
   * member; lenient reading keeps it where the format can, and reports nothing.
   *
   * @return true for strict reading
   */
  @Value.Default
  public boolean strict() {
    return true;
  }

  /**
   * Whether {@link FormatReader#readBank} checks the links between the questions and topics of
   * the document (a question's topic, a topic's related topics and questions). One file of a
   * bank spread over a folder links to the others, so the facade reads each file with this off
   * and checks the merged bank instead. Each question's own references are always checked.
   *
   * @return true (the default) to check the links
   */
  @Value.Default
  public boolean checkLinks() {
    return true;
  }

  /**
   * How many threads a reader may use to read one document, such as a JSON Lines corpus whose
   * lines it can parse side by side, or the facade a folder whose files it can. The default, 1,
   * reads in the caller's thread alone and starts none. With more, the result is exactly that of
   * reading with 1: the same questions in the same order, or the same problems, located alike and
   * in the same order, with the same bound on their number. A reader that reads in one thread
   * only ignores this.
   *
   * <p>The threads are started for one read and have all ended when it returns or throws (for
   * {@link FormatReader#streamQuestions}, when the stream is closed or read to its end). If the
   * caller's thread is interrupted while it waits for them, the read stops with a
   * {@link java.io.InterruptedIOException} and the thread keeps its interrupt status.
   *
   * @return at least 1 and at most {@link #MAX_PARALLELISM}
   */
  @Value.Default
  public int parallelism() {
    return 1;
  }

  /** The most threads {@link #parallelism()} may ask for: {@value}. */
  public static final int MAX_PARALLELISM = 256;

  @Value.Check
  void checkParallelism() {
    if (parallelism() < 1 || parallelism() > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "parallelism must be from 1 to " + MAX_PARALLELISM + " threads, but was " + parallelism());
    }
  }

  /**
   * Strict reading of a named document.
   *
   * @param sourceName the name of the document
   * @return the options
   */
  public static ReadOptions named(String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return ReadOptions.builder().sourceName(sourceName).build();
  }

  /** @return strict reading of an unnamed document */
  public static ReadOptions defaults() {
    return ReadOptions.builder().build();
  }
}
