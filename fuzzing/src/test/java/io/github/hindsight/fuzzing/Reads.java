package io.github.hindsight.fuzzing;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a reader owes any bytes: a valid model, or a {@link FormatException} whose every problem
 * names the document and a line of it (or a pointer into it) and says in one line what is wrong.
 * Anything else a reader throws escapes these methods, and the fuzzer reports it as a finding.
 */
final class Reads {
  /** The name given to every document, which every location must repeat. */
  static final String SOURCE = "fuzzed.doc";

  /** More than any fuzzed document holds; a stream that goes on past it never ends. */
  private static final int MOST_QUESTIONS = 1_000_000;

  private Reads() {}

  /**
   * @param strict strict or lenient reading
   * @return the options every fuzz test reads with
   */
  static ReadOptions options(boolean strict) {
    return ReadOptions.builder().sourceName(SOURCE).strict(strict).build();
  }

  /**
   * Reads a document as one question.
   *
   * @return the question, or empty if the reader refused the document with located problems
   */
  static Optional<Question> question(FormatReader reader, byte[] document, boolean strict) throws IOException {
    try {
      return Optional.of(valid(reader.readQuestion(new ByteArrayInputStream(document), options(strict))));
    } catch (FormatException e) {
      assertLocated(e, document);
      return Optional.empty();
    }
  }

  /**
   * Reads a document as a bank.
   *
   * @return the bank, or empty if the reader refused the document with located problems
   */
  static Optional<QuestionBank> bank(FormatReader reader, byte[] document, boolean strict) throws IOException {
    try {
      QuestionBank bank = reader.readBank(new ByteArrayInputStream(document), options(strict));
      if (!bank.validate().isValid()) {
        throw new AssertionError("the reader returned a bank that fails validation: " + bank.validate().errors());
      }
      return Optional.of(bank);
    } catch (FormatException e) {
      assertLocated(e, document);
      return Optional.empty();
    }
  }

  /**
   * Streams the questions of a document, to its end or to the first refusal.
   *
   * @return the questions read before the end or the refusal
   */
  static List<Question> stream(FormatReader reader, byte[] document, boolean strict) throws IOException {
    List<Question> read = new ArrayList<>();
    try (QuestionStream questions = reader.streamQuestions(new ByteArrayInputStream(document), options(strict))) {
      while (questions.hasNext()) {
        read.add(valid(questions.next()));
        if (read.size() > MOST_QUESTIONS) {
          throw new AssertionError("a stream of " + document.length + " bytes gave more than " + MOST_QUESTIONS + " questions");
        }
      }
    } catch (FormatException e) {
      assertLocated(e, document);
    }
    return read;
  }

  /** Reads a document in every way a reader offers, strict and lenient. */
  static void everyWay(FormatReader reader, byte[] document) throws IOException {
    for (boolean strict : new boolean[] {true, false}) {
      question(reader, document, strict);
      bank(reader, document, strict);
      stream(reader, document, strict);
    }
  }

  private static Question valid(Question question) {
    if (!question.validate().isValid()) {
      throw new AssertionError("the reader returned a question that fails validation: " + question.validate().errors());
    }
    return question;
  }

  /**
   * Fails unless every problem names the document, gives a line of it from 1 (a column from 1
   * if any) or a pointer, and a message of one non-blank line.
   *
   * @param e the refusal
   * @param document the bytes that were read
   */
  static void assertLocated(FormatException e, byte[] document) {
    if (e.problems().isEmpty()) {
      throw new AssertionError("a refusal without problems", e);
    }
    int lines = lines(document);
    for (FormatProblem p : e.problems()) {
      String where = "problem '" + p + "'";
      if (!p.location().source().equals(SOURCE)) {
        throw new AssertionError(where + " names the document '" + p.location().source() + "', expected '" + SOURCE + "'", e);
      }
      if (p.location().line().isEmpty() && p.location().pointer().isEmpty()) {
        throw new AssertionError(where + " has neither a line nor a pointer", e);
      }
      p.location().line().ifPresent(line -> {
        if (line < 1 || line > lines) {
          throw new AssertionError(where + " is at line " + line + " of a document of " + lines + " lines", e);
        }
      });
      p.location().column().ifPresent(column -> {
        if (column < 1) {
          throw new AssertionError(where + " is at column " + column, e);
        }
      });
      if (p.message().isBlank()) {
        throw new AssertionError(where + " has a blank message", e);
      }
      if (p.message().contains("\n") || p.message().contains("\r")) {
        throw new AssertionError(where + " has a message of more than one line", e);
      }
    }
  }

  /**
   * @return the lines of a document, counting the empty line after a final line break; a line
   *     ends at LF, CR or CR LF, as CommonMark and Jackson count them (and as editors show them)
   */
  static int lines(byte[] document) {
    return 1 + (int) IntStream.range(0, document.length)
        .filter(i -> document[i] == '\n' || (document[i] == '\r' && (i + 1 == document.length || document[i + 1] != '\n')))
        .count();
  }
}
