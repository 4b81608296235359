package io.github.hindsight.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.hindsight.Hindsight;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every reader owes hostile input: a normal result or a {@link FormatException} whose every
 * problem names the document and a line of it (a text document always has one); nothing else
 * thrown, no hang, and no allocation out of proportion to the input. Read through the
 * {@link Hindsight} facade from a file, the same document must come to the same outcome, with the
 * same problems located in that file.
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
    return read(document, SOURCE, bound, () -> readOnce(reader, document, mode, options)).outcome;
  }

  /**
   * Reads a document strictly with the format's reader, then from a file through the facade, and
   * checks that both come to the same outcome with problems at the same places.
   *
   * @param hindsight the facade
   * @param formatId the format of the document
   * @param file where to write the document for the facade
   * @param reader the format's reader
   * @param document the bytes
   * @param mode how to read them
   * @return what happened
   */
  static Outcome readThroughFacade(Hindsight hindsight, String formatId, Path file, FormatReader reader, byte[] document, Mode mode) {
    Result direct = read(document, SOURCE, BOUND, () -> readOnce(reader, document, mode, ReadOptions.named(SOURCE)));
    try {
      Files.write(file, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Result facade = read(document, file.toString(), BOUND, () -> readOnce(hindsight, formatId, file, mode));
    assertThat(facade.outcome).as("outcome through the facade").isEqualTo(direct.outcome);
    assertThat(places(facade.problems)).as("problems through the facade").isEqualTo(places(direct.problems));
    return facade.outcome;
  }

  /**
   * Reads a document that must be refused, and checks the refusal.
   *
   * @param reader the reader
   * @param document the bytes
   * @param mode how to read them
   * @param strict strict or lenient reading
   * @return the problems, each located in the document
   */
  static List<FormatProblem> refusal(FormatReader reader, byte[] document, Mode mode, boolean strict) {
    ReadOptions options = ReadOptions.builder().sourceName(SOURCE).strict(strict).build();
    Result result = read(document, SOURCE, BOUND, () -> readOnce(reader, document, mode, options));
    assertThat(result.outcome).as("outcome").isEqualTo(Outcome.REFUSED);
    return result.problems;
  }

  /**
   * @return the line and pointer of each problem, which do not depend on the document's name or
   *     on how its bytes arrive; a limit broken in the middle of a huge value is noticed where a
   *     buffer happens to end, so its column and message may not be the same
   */
  private static List<String> places(List<FormatProblem> problems) {
    return problems.stream()
        .map(p -> p.location().line().orElse(0) + " " + p.location().pointer().orElse(""))
        .collect(Collectors.toList());
  }

  /** An outcome, and the problems of a refusal. */
  private static final class Result {
    final Outcome outcome;
    final List<FormatProblem> problems;

    Result(Outcome outcome, List<FormatProblem> problems) {
      this.outcome = outcome;
      this.problems = problems;
    }
  }

  /** One way of reading a document. */
  private interface Action {
    void run() throws Exception;
  }

  private static Result read(byte[] document, String source, Duration bound, Action action) {
    return assertTimeoutPreemptively(bound, () -> {
      long before = allocated();
      Result result;
      try {
        action.run();
        result = new Result(Outcome.READ, List.of());
      } catch (FormatException e) {
        assertLocated(e, source, document);
        result = new Result(Outcome.REFUSED, e.problems());
      }
      long used = allocated() - before;
      // Reading may copy the input a few times and build a model several times its size; more
      // than that means something grows with the input in a way a limit should have stopped.
      assertThat(used).as("bytes allocated reading %d bytes", document.length)
          .isLessThan(64L * document.length + (128L << 20));
      return result;
    }, () -> "reading " + document.length + " bytes did not finish within " + bound);
  }

  /** Opens a stream of questions. */
  private interface Open {
    QuestionStream stream() throws Exception;
  }

  /** Reads in one of the three ways, each given as what it calls. */
  private static void readOnce(Mode mode, Action question, Action bank, Open stream) throws Exception {
    switch (mode) {
      case QUESTION -> question.run();
      case BANK -> bank.run();
      case STREAM -> {
        try (QuestionStream questions = stream.stream()) {
          // Bounded, so that a stream that never ends fails the case instead of hanging it.
          for (int i = 0; i < 1_000_000 && questions.hasNext(); i++) {
            questions.next();
          }
        }
      }
      default -> throw new AssertionError(mode);
    }
  }

  private static void readOnce(Hindsight hindsight, String formatId, Path file, Mode mode) throws Exception {
    readOnce(mode, () -> hindsight.read(file, formatId), () -> hindsight.readBank(file, formatId), () -> hindsight.stream(file, formatId));
  }

  /** Readers leave the caller's stream open, and an array's stream holds nothing to close. */
  private static void readOnce(FormatReader reader, byte[] document, Mode mode, ReadOptions options) throws Exception {
    readOnce(mode,
        () -> reader.readQuestion(new ByteArrayInputStream(document), options),
        () -> reader.readBank(new ByteArrayInputStream(document), options),
        () -> reader.streamQuestions(new ByteArrayInputStream(document), options));
  }

  /**
   * Checks that every problem names the document, gives a line of it (and a column from 1 when it
   * gives one), and says what is wrong; an empty document too, at its first line.
   *
   * @param e the exception
   * @param source the name of the document
   * @param document the bytes that were read
   */
  static void assertLocated(FormatException e, String source, byte[] document) {
    int lines = lines(document);
    assertThat(e.problems()).isNotEmpty();
    for (FormatProblem p : e.problems()) {
      assertThat(p.location().source()).as("source of %s", p).isEqualTo(source);
      assertThat(p.location().line()).as("a line in %s", p).isPresent();
      assertThat(p.location().line().getAsInt()).as("line of %s, in a document of %d lines", p, lines).isBetween(1, lines);
      p.location().column().ifPresent(c -> assertThat(c).as("column of %s", p).isPositive());
      assertThat(p.message()).as("message of %s", p).isNotBlank();
    }
  }

  /** @return the lines of a document, counting the empty line after a final line break */
  static int lines(byte[] document) {
    int lines = 1;
    for (byte b : document) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
