package io.github.hindsight.fuzzing;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a lossless writer owes a valid model: bytes that its own reader reads back as an equal
 * model, or a {@link FormatException} before it writes a byte. A writer that takes a model that
 * fails validation breaks the promise that what cannot be read back is never written.
 */
final class RoundTrips {
  private RoundTrips() {}

  /** A write into a stream of bytes. */
  private interface Write {
    void to(ByteArrayOutputStream out) throws IOException;
  }

  /** @return the bytes written, or empty if the writer refused before writing any */
  private static Optional<byte[]> written(Write write, boolean valid, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write.to(out);
    } catch (FormatException e) {
      if (out.size() > 0) {
        throw new AssertionError("the writer refused " + what + " after writing " + out.size() + " bytes", e);
      }
      if (e.problems().stream().anyMatch(p -> p.message().isBlank())) {
        throw new AssertionError("the writer refused " + what + " with a blank message", e);
      }
      return Optional.empty();
    }
    if (!valid) {
      throw new AssertionError("the writer wrote " + what + ", which fails validation");
    }
    return Optional.of(out.toByteArray());
  }

  /**
   * Writes a question with a format and reads it back with the same format.
   *
   * @param question the question
   * @param format a lossless format
   * @param strict whether to read it back strictly
   */
  static void question(Question question, FormatProvider format, boolean strict) throws IOException {
    FormatWriter writer = format.writer().orElseThrow();
    Optional<byte[]> bytes = written(out -> writer.writeQuestion(question, out), question.validate().isValid(), "a question");
    if (bytes.isPresent()) {
      Question back = format.reader().orElseThrow().readQuestion(new ByteArrayInputStream(bytes.get()), Reads.options(strict));
      equal(back, question, format, "question");
    }
  }

  /**
   * Writes a bank with a format and reads it back with the same format.
   *
   * @param bank the bank
   * @param format a lossless format
   */
  static void bank(QuestionBank bank, FormatProvider format) throws IOException {
    FormatWriter writer = format.writer().orElseThrow();
    Optional<byte[]> bytes = written(out -> writer.writeBank(bank, out), bank.validate().isValid(), "a bank");
    if (bytes.isPresent()) {
      QuestionBank back = format.reader().orElseThrow().readBank(new ByteArrayInputStream(bytes.get()), Reads.options(true));
      equal(back, bank, format, "bank");
    }
  }

  /**
   * Writes questions one at a time into a format's sink and streams them back; a question the
   * sink refuses is left out, and the sink must refuse it before writing a byte of it.
   *
   * @param questions the questions
   * @param format a lossless format
   */
  static void stream(List<Question> questions, FormatProvider format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Question> written = new ArrayList<>();
    try (QuestionSink sink = format.writer().orElseThrow().openSink(out)) {
      for (Question q : questions) {
        int before = out.size();
        try {
          sink.write(q);
          if (!q.validate().isValid()) {
            throw new AssertionError("the sink wrote a question that fails validation");
          }
          written.add(q);
        } catch (FormatException e) {
          if (out.size() != before) {
            throw new AssertionError("the sink refused a question after writing " + (out.size() - before) + " bytes of it", e);
          }
        }
      }
    }
    List<Question> back = new ArrayList<>();
    try (QuestionStream in = format.reader().orElseThrow().streamQuestions(new ByteArrayInputStream(out.toByteArray()), Reads.options(true))) {
      while (in.hasNext()) {
        back.add(in.next());
      }
    }
    equal(back, written, format, "stream of questions");
  }

  private static void equal(Object back, Object before, FormatProvider format, String what) {
    if (!back.equals(before)) {
      throw new AssertionError("the " + what + " read back from " + format.id() + " differs from the one written:\n"
          + back + "\nwritten:\n" + before);
    }
  }
}
