package io.github.hindsight.json.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/** Writes {@code .json} documents, indented by two spaces, UTF-8, ending with a line feed. */
public final class JsonDocumentWriter implements FormatWriter {

  @Override
  public void writeQuestion(Question question, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    FormatWriter.requireValid(question);
    if (!question.extras().isEmpty()) {
      QuestionWriter.check(question);
    }
    try (JsonGenerator g = open(out)) {
      QuestionWriter.writeDocument(question, g);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  @Override
  public void writeBank(QuestionBank bank, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    // Refused before the first byte, not half way through the bank.
    FormatWriter.requireValid(bank);
    try (JsonGenerator g = open(out)) {
      QuestionWriter.writeBank(bank, g);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  @Override
  public boolean isLossless() {
    return true;
  }

  @Override
  public QuestionSink openSink(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    JsonGenerator g = open(out);
    try {
      g.writeStartObject();
      QuestionWriter.header(g, Json.BANK);
      g.writeArrayPropertyStart("questions");
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
    return new QuestionSink() {
      private boolean closed;

      @Override
      public void write(Question question) throws IOException {
        if (closed) {
          throw new IllegalStateException("the sink is closed");
        }
        FormatWriter.requireValid(question);
        if (!question.extras().isEmpty()) {
          QuestionWriter.check(question);
        }
        try {
          QuestionWriter.writeInBank(question, g);
        } catch (JacksonIOException e) {
          throw unwrap(e);
        }
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try {
          g.writeEndArray();
          g.writeEndObject();
          g.writeRaw('\n');
          g.close();
        } catch (JacksonIOException e) {
          throw unwrap(e);
        }
      }
    };
  }

  private static JsonGenerator open(OutputStream out) throws IOException {
    try {
      return Json.DOCUMENTS.createGenerator(Json.pretty(), out, JsonEncoding.UTF8);
    } catch (JacksonIOException e) {
      throw unwrap(e);
    }
  }

  static IOException unwrap(JacksonIOException e) {
    return e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
  }
}
