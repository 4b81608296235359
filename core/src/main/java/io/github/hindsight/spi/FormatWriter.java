package io.github.hindsight.spi;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes questions as bytes. Implementations are thread-safe; the stream is owned by the caller,
 * who closes it. A writer that cannot hold some part of a question (a one-way export, or a format
 * with fewer fields) must refuse it with a {@link FormatException} before writing anything, not
 * drop it silently, unless the format declares itself an export by {@link #isLossless()}.
 */
public interface FormatWriter {

  /**
   * Writes one question.
   *
   * @param question the question
   * @param out where to write
   * @throws FormatException if the format cannot hold the question
   * @throws IOException if the bytes cannot be written
   */
  void writeQuestion(Question question, OutputStream out) throws IOException;

  /**
   * Writes a bank of questions and topics.
   *
   * @param bank the bank
   * @param out where to write
   * @throws FormatException if the format cannot hold the bank
   * @throws IOException if the bytes cannot be written
   */
  void writeBank(QuestionBank bank, OutputStream out) throws IOException;

  /**
   * Opens a sink that writes questions one at a time, so that a large corpus need not sit in
   * memory. Closing the sink finishes the document but does not close {@code out}.
   *
   * @param out where to write
   * @return the sink
   * @throws IOException if the bytes cannot be written
   */
  QuestionSink openSink(OutputStream out) throws IOException;

  /**
   * Whether reading back what this writer wrote gives an equal model. True for interchange
   * formats; false for one-way exports such as diagrams or revision notes, which may leave
   * things out by design.
   *
   * @return true if the writer loses nothing
   */
  default boolean isLossless() {
    return true;
  }
}
