package io.github.hindsight.spi;

import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.ValidationReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Writes questions as bytes. Implementations are thread-safe; the stream is owned by the caller,
 * who closes it. A writer that cannot hold some part of a question (a one-way export, or a format
 * with fewer fields) must refuse it with a {@link FormatException} before writing anything, not
 * drop it silently, unless the format declares itself an export by {@link #isLossless()}.
 *
 * <p>Every writer, one-way exports included, refuses a question or bank that fails validation
 * (its {@code validate()} reports an error; warnings do not count), with the problems a reader
 * would report for the same content, before writing anything: what cannot be read back is never
 * written. {@link #requireValid(Question)} and {@link #requireValid(QuestionBank)} are that check;
 * writers call them first in {@code writeQuestion}, {@code writeBank} and for each question given
 * to a sink.
 *
 * <p>Every method, and a sink's {@link QuestionSink#write(Question) write}, refuses a {@code null}
 * argument at once, before writing a byte, with a {@link NullPointerException} whose message
 * names the parameter, as {@code Objects.requireNonNull(out, "out")} does; {@code requireValid}
 * does it for {@code question} and {@code bank}.
 */
public interface FormatWriter {

  /**
   * Writes one question.
   *
   * @param question the question
   * @param out where to write
   * @throws FormatException if the question fails validation or the format cannot hold it
   * @throws IOException if the bytes cannot be written
   */
  void writeQuestion(Question question, OutputStream out) throws IOException;

  /**
   * Writes a bank of questions and topics.
   *
   * @param bank the bank
   * @param out where to write
   * @throws FormatException if the bank fails validation or the format cannot hold it
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
   * Whether reading back what this writer wrote gives an equal model: true for interchange
   * formats, false for one-way exports such as diagrams or revision notes, which may leave things
   * out by design. Every writer declares it; there is no default, because the answer decides
   * which checks the testkit runs: round trips for a lossless format, stable and complete output
   * for an export. A format with no {@linkplain FormatProvider#reader() reader} cannot be lossless,
   * since nothing reads its output back, and is refused by the registry if it says so.
   *
   * @return true if the writer loses nothing
   */
  boolean isLossless();

  /**
   * Refuses a question that fails validation, as every writer must before writing a byte. Each
   * error of {@link Question#validate()} becomes a problem with the same message, located in the
   * document named by the question's id, with the pointer of the error's model path, such as
   * {@code /objectives/0/actors/0}. Warnings are not problems here.
   *
   * @param question the question about to be written
   * @throws FormatException with every error, if there is one
   */
  static void requireValid(Question question) {
    Objects.requireNonNull(question, "question");
    refuseErrors(question.validate(), question.id());
  }

  /**
   * Refuses a bank that fails validation, as every writer must before writing a byte: the errors
   * of each question and of the links between questions and topics, with the messages of
   * {@link QuestionBank#validate()} and the pointers of its model paths, such as
   * {@code /questions/2/topic}, in a document named {@code bank}. Warnings are not problems here.
   *
   * @param bank the bank about to be written
   * @throws FormatException with every error, if there is one
   */
  static void requireValid(QuestionBank bank) {
    Objects.requireNonNull(bank, "bank");
    refuseErrors(bank.validate(), "bank");
  }

  private static void refuseErrors(ValidationReport report, String source) {
    List<Problem> errors = report.errors();
    if (!errors.isEmpty()) {
      throw new FormatException(errors.stream()
          .map(p -> FormatProblem.of(Location.at(source, p.path()), p.message()))
          .toList());
    }
  }
}
