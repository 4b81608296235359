package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * What every reader owes hostile input: a normal result or a {@link FormatException} whose every
 * problem has a location in the named document; nothing else thrown, no hang, and no allocation
 * out of proportion to the input.
 */
final class Hostile {
  /** The name given to every document, which every location must repeat. */
  static final String SOURCE = "hostile.doc";

  /** Generous for one small document: a reader that takes this long is stuck, not slow. */
  static final Duration BOUND = Duration.ofSeconds(10);

  /** How a document is read. */
  enum Mode {
    /** {@link FormatReader#readQuestion}. */
    QUESTION,
    /** {@link FormatReader#readBank}. */
    BANK,
    /** {@link FormatReader#streamQuestions}, drained to the end or the first refused question. */
    STREAM
  }

  /** What one case came to. */
  enum Outcome {
    /** Read without complaint. */
    READ,
    /** Refused with located problems. */
    REFUSED
  }

  private Hostile() {}

  /**
   * Reads a document and checks the outcome.
   *
   * @param reader the reader
   * @param document the bytes
   * @param mode how to read them
   * @param strict strict or lenient reading
   * @return what happened
   */
  static Outcome read(FormatReader reader, byte[] document, Mode mode, boolean strict) {
    return read(reader, document, mode, strict, BOUND);
  }

  /**
   * Reads a document and checks the outcome, within a chosen time.
   *
   * @param reader the reader
   * @param document the bytes
   * @param mode how to read them
   * @param strict strict or lenient reading
   * @param bound the longest the read may take
   * @return what happened
   */
  static Outcome read(FormatReader reader, byte[] document, Mode mode, boolean strict, Duration bound) {
    ReadOptions options = ReadOptions.builder().sourceName(SOURCE).strict(strict).build();
    return assertTimeoutPreemptively(bound, () -> {
      long before = allocated();
      Outcome outcome;
      try {
        readOnce(reader, document, mode, options);
        outcome = Outcome.READ;
      } catch (FormatException e) {
        assertLocated(e);
        outcome = Outcome.REFUSED;
      }
      long used = allocated() - before;
      // Reading may copy the input a few times and build a model several times its size; more
      // than that means something grows with the input in a way a limit should have stopped.
      assertThat(used).as("bytes allocated reading %d bytes", document.length)
          .isLessThan(64L * document.length + (128L << 20));
      return outcome;
    }, () -> "reading " + document.length + " bytes did not finish within " + bound);
  }

  private static void readOnce(FormatReader reader, byte[] document, Mode mode, ReadOptions options) throws Exception {
    try (InputStream in = new ByteArrayInputStream(document)) {
      switch (mode) {
        case QUESTION -> reader.readQuestion(in, options);
        case BANK -> reader.readBank(in, options);
        case STREAM -> {
          try (QuestionStream stream = reader.streamQuestions(in, options)) {
            // Bounded, so that a stream that never ends fails the case instead of hanging it.
            for (int i = 0; i < 1_000_000 && stream.hasNext(); i++) {
              stream.next();
            }
          }
        }
        default -> throw new AssertionError(mode);
      }
    }
  }

  /**
   * Checks that every problem names the document and says where in it; an empty document too,
   * at its first line and column.
   *
   * @param e the exception
   */
  static void assertLocated(FormatException e) {
    assertThat(e.problems()).isNotEmpty();
    for (FormatProblem p : e.problems()) {
      assertThat(p.location().source()).as("source of %s", p).isEqualTo(SOURCE);
      assertThat(p.location().line().isPresent() || p.location().pointer().isPresent())
          .as("a line or a pointer in %s", p).isTrue();
      assertThat(p.message()).as("message of %s", p).isNotBlank();
    }
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
