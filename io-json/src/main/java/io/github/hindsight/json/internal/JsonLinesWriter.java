package io.github.hindsight.json.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes JSON Lines: one compact document a line, each with its own {@code format} and
 * {@code version}, so that any line can be read, split off or appended on its own.
 */
public final class JsonLinesWriter implements FormatWriter {

  @Override
  public void writeQuestion(Question question, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    FormatWriter.requireValid(question);
    if (!question.extras().isEmpty()) {
      QuestionWriter.check(question);
    }
    line(out, g -> QuestionWriter.writeDocument(question, g));
  }

  @Override
  public void writeBank(QuestionBank bank, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    FormatWriter.requireValid(bank);
    for (Question q : bank.questions()) {
      if (!q.extras().isEmpty()) {
        QuestionWriter.check(q);
      }
    }
    for (Topic t : bank.topics()) {
      line(out, g -> QuestionWriter.topic(t, g, true));
    }
    for (Question q : bank.questions()) {
      line(out, g -> QuestionWriter.writeDocument(q, g));
    }
  }

  @Override
  public boolean isLossless() {
    return true;
  }

  @Override
  public QuestionSink openSink(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new QuestionSink() {
      @Override
      public void write(Question question) throws IOException {
        writeQuestion(question, out);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  private interface Body {
    void write(JsonGenerator g);
  }

  private static void line(OutputStream out, Body body) throws IOException {
    try (JsonGenerator g = Json.LINES.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
      body.write(g);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw JsonDocumentWriter.unwrap(e);
    }
  }
}
