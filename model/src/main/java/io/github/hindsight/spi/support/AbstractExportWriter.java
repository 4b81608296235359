package io.github.hindsight.spi.support;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A base for the writer of a one-way export, such as a diagram, a timeline or a deck of cards: a
 * plugin writes {@link #writeDocument(List, List, OutputStream)} once, and this class derives
 * {@code writeQuestion}, {@code writeBank} and {@code openSink} from it, with the rules of the
 * SPI already kept:
 *
 * <ul>
 *   <li>{@code null} arguments are refused at once, naming the parameter;
 *   <li>what fails validation, and what {@link #refusals(Question)} names, is refused with a
 *       {@link FormatException} before a byte is written, whichever path it comes by;
 *   <li>the document is built in memory and written in one piece, so a failure while writing it
 *       leaves nothing half-written in the caller's stream;
 *   <li>the caller's stream is never closed.
 * </ul>
 *
 * <p>A question is written as a document of one question with no topics; a bank as one document of
 * its questions and topics; a sink as one document of every question it was given, written when
 * the sink is closed. An export whose documents need all their questions at once (a deck, a site
 * map) therefore gets the sink for free; a sink holds the questions it is given until it is
 * closed, so an export of a corpus too large for memory writes its own sink instead.
 *
 * <p>Subclasses must be thread-safe, as every writer is: keep no state between calls.
 */
public abstract class AbstractExportWriter implements FormatWriter {
  /** For subclasses. */
  protected AbstractExportWriter() {}

  /**
   * Writes one document of the export. Called only with questions that are valid and that
   * {@link #refusals(Question)} accepts.
   *
   * @param questions the questions, in order; one for {@code writeQuestion}, possibly none for an
   *     empty bank or sink
   * @param topics the bank's topics; none for a single question or a sink
   * @param out where to write; a buffer, copied to the caller's stream once this returns
   * @throws IOException if the bytes cannot be written
   */
  protected abstract void writeDocument(List<Question> questions, List<Topic> topics, OutputStream out) throws IOException;

  /**
   * What this export cannot hold in a question, which must then be refused rather than dropped.
   * The default holds everything a valid question has.
   *
   * @param question a valid question
   * @return the problems, empty when the question can be written; locate them with
   *     {@link io.github.hindsight.spi.Location#at(String, io.github.hindsight.model.ModelPath)}
   *     in the document named by the question's id
   */
  protected List<FormatProblem> refusals(Question question) {
    return List.of();
  }

  /** @return false: an export is not read back */
  @Override
  public final boolean isLossless() {
    return false;
  }

  @Override
  public final void writeQuestion(Question question, OutputStream out) throws IOException {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(out, "out");
    accept(question);
    write(List.of(question), List.of(), out);
  }

  @Override
  public final void writeBank(QuestionBank bank, OutputStream out) throws IOException {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(out, "out");
    FormatWriter.requireValid(bank);
    List<FormatProblem> problems = new ArrayList<>();
    for (Question question : bank.questions()) {
      problems.addAll(refusals(question));
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
    write(bank.questions(), bank.topics(), out);
  }

  @Override
  public final QuestionSink openSink(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new QuestionSink() {
      private final List<Question> questions = new ArrayList<>();
      private boolean closed;

      @Override
      public void write(Question question) {
        Objects.requireNonNull(question, "question");
        if (closed) {
          throw new IllegalStateException("the sink is closed");
        }
        accept(question);
        questions.add(question);
      }

      @Override
      public void close() throws IOException {
        if (!closed) {
          closed = true;
          AbstractExportWriter.this.write(List.copyOf(questions), List.of(), out);
        }
      }
    };
  }

  private void accept(Question question) {
    FormatWriter.requireValid(question);
    List<FormatProblem> problems = refusals(question);
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
  }

  private void write(List<Question> questions, List<Topic> topics, OutputStream out) throws IOException {
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    writeDocument(questions, topics, document);
    document.writeTo(out);
  }
}
