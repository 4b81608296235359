package io.github.hindsight.spi;

import io.github.hindsight.model.Question;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes questions one at a time; {@link #close()} finishes the document. Not thread-safe.
 * {@link #write(Question)} refuses a {@code null} question at once, naming {@code question} in
 * its {@link NullPointerException}, as {@link FormatWriter#requireValid(Question)} does.
 */
public interface QuestionSink extends Closeable {

  /**
   * Writes a question.
   *
   * @param question the question
   * @throws FormatException if the format cannot hold it
   * @throws IOException if the bytes cannot be written
   */
  void write(Question question) throws IOException;
}
