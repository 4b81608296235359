package io.github.hindsight.testkit;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.QuestionSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A correct one-way export written by hand: a list of prompts in brackets, one per line. Its
 * subclasses in {@link ContractCatchesBrokenFormatsTest} each break one rule.
 */
public class BracketExport implements FormatProvider, FormatWriter {
  @Override public String id() { return "brackets"; }
  @Override public String displayName() { return "Prompts in brackets"; }
  @Override public String mediaType() { return "text/plain"; }
  @Override public List<String> extensions() { return List.of("brackets"); }
  @Override public Optional<FormatReader> reader() { return Optional.empty(); }
  @Override public Optional<FormatWriter> writer() { return Optional.of(this); }
  @Override public boolean isLossless() { return false; }

  static String entry(Question question) {
    return "  " + question.prompt().replace('\n', ' ') + "\n";
  }

  @Override
  public void writeQuestion(Question question, OutputStream out) throws IOException {
    FormatWriter.requireValid(question);
    Objects.requireNonNull(out, "out");
    write(out, "[\n" + entry(question) + "]\n");
  }

  @Override
  public void writeBank(QuestionBank bank, OutputStream out) throws IOException {
    FormatWriter.requireValid(bank);
    Objects.requireNonNull(out, "out");
    StringBuilder text = new StringBuilder("[\n");
    bank.questions().forEach(q -> text.append(entry(q)));
    write(out, text.append("]\n").toString());
  }

  @Override
  public QuestionSink openSink(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    write(out, "[\n");
    return new QuestionSink() {
      @Override
      public void write(Question question) throws IOException {
        FormatWriter.requireValid(question);
        BracketExport.write(out, entry(question));
      }

      @Override
      public void close() throws IOException {
        closeList(out);
      }
    };
  }

  /** Finishes a list written through a sink. */
  protected void closeList(OutputStream out) throws IOException {
    write(out, "]\n");
  }

  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
