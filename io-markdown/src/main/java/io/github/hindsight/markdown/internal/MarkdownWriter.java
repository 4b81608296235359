package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.QuestionSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes the authoring format, or with another renderer the revision notes: one document per
 * question, and a bank as its questions and then its topics, separated by blank lines.
 */
public final class MarkdownWriter implements FormatWriter {
  private final Function<Question, String> questions;
  private final Function<Topic, String> topics;
  private final boolean lossless;

  /**
   * A writer.
   *
   * @param questions renders a question
   * @param topics renders a topic
   * @param lossless whether reading back gives an equal model
   */
  public MarkdownWriter(Function<Question, String> questions, Function<Topic, String> topics, boolean lossless) {
    this.questions = questions;
    this.topics = topics;
    this.lossless = lossless;
  }

  @Override
  public void writeQuestion(Question question, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    FormatWriter.requireValid(question);
    out.write(questions.apply(question).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void writeBank(QuestionBank bank, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    FormatWriter.requireValid(bank);
    if (lossless && bank.questions().isEmpty() && bank.topics().isEmpty()) {
      // An empty file reads back as a document without front matter, not as an empty bank.
      throw new FormatException(Location.atPointer("bank", "/questions"),
          "the bank has no questions and no topics; a Markdown bank holds at least one document, so there is nothing to write");
    }
    StringBuilder sb = new StringBuilder();
    for (Question q : bank.questions()) {
      separate(sb).append(questions.apply(q));
    }
    for (Topic t : bank.topics()) {
      separate(sb).append(topics.apply(t));
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static StringBuilder separate(StringBuilder sb) {
    return sb.length() == 0 ? sb : sb.append('\n');
  }

  @Override
  public QuestionSink openSink(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new QuestionSink() {
      private boolean first = true;

      @Override
      public void write(Question question) throws IOException {
        // Checked and rendered before writing, so that a refused question leaves nothing half written.
        FormatWriter.requireValid(question);
        byte[] bytes = questions.apply(question).getBytes(StandardCharsets.UTF_8);
        if (!first) {
          out.write('\n');
        }
        out.write(bytes);
        first = false;
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  @Override
  public boolean isLossless() {
    return lossless;
  }
}
