package io.github.hindsight.testformats;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatProvider;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.FormatWriter;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.QuestionSink;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A small text format that holds only a question's id and prompt: blocks of {@code id:} and
 * {@code prompt:} lines after a {@code tiny 1} header, separated by {@code ---}. Enough to drive
 * the facade through real reading, writing, refusal and errors with line and column.
 */
public class TinyFormat implements FormatProvider, FormatReader, FormatWriter {
  static final String HEADER = "tiny 1";

  private final String id;
  private final List<String> extensions;
  private final int priority;
  private final boolean sniffs;

  /** The format as discovered: id {@code tiny}, extension {@code tiny}. */
  public TinyFormat() {
    this("tiny", List.of("tiny"), 0, true);
  }

  /**
   * A variant, for tests of the choice between formats.
   *
   * @param id the id
   * @param extensions the extensions
   * @param priority the priority
   * @param sniffs whether it recognises its header
   */
  public TinyFormat(String id, List<String> extensions, int priority, boolean sniffs) {
    this.id = id;
    this.extensions = List.copyOf(extensions);
    this.priority = priority;
    this.sniffs = sniffs;
  }

  @Override public String id() { return id; }
  @Override public String displayName() { return "Tiny " + id; }
  @Override public String mediaType() { return "text/x-hindsight-tiny"; }
  @Override public List<String> extensions() { return extensions; }
  @Override public Optional<FormatReader> reader() { return Optional.of(this); }
  @Override public Optional<FormatWriter> writer() { return Optional.of(this); }
  @Override public int priority() { return priority; }

  @Override
  public int sniff(byte[] head) {
    return sniffs && new String(head, StandardCharsets.UTF_8).startsWith(HEADER) ? 90 : 0;
  }

  @Override
  public Question readQuestion(InputStream in, ReadOptions options) throws IOException {
    List<Question> all = readAll(in, options);
    if (all.size() != 1) {
      throw new FormatException(Location.at(options.sourceName(), 1, 1), "found " + all.size() + " questions; expected exactly one");
    }
    return all.get(0);
  }

  @Override
  public QuestionBank readBank(InputStream in, ReadOptions options) throws IOException {
    return QuestionBank.builder().addAllQuestions(readAll(in, options)).build();
  }

  @Override
  public QuestionStream streamQuestions(InputStream in, ReadOptions options) throws IOException {
    List<Question> all = readAll(in, options);
    return new QuestionStream() {
      private int next;

      @Override public boolean hasNext() { return next < all.size(); }

      @Override
      public Question next() {
        if (next >= all.size()) {
          throw new NoSuchElementException();
        }
        return all.get(next++);
      }

      @Override public void close() {}
    };
  }

  private static List<Question> readAll(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<FormatProblem> problems = new ArrayList<>();
    List<Question> questions = new ArrayList<>();
    String source = options.sourceName();
    String line = lines.readLine();
    if (!HEADER.equals(line)) {
      throw new FormatException(Location.at(source, 1, 1), "found '" + line + "'; expected the header '" + HEADER + "'");
    }
    int number = 1;
    String qid = null;
    String prompt = null;
    int blockStart = 2;
    while (true) {
      line = lines.readLine();
      number++;
      if (line == null || line.equals("---")) {
        if (qid == null || prompt == null) {
          problems.add(FormatProblem.of(Location.at(source, blockStart, 1), "a question needs both 'id:' and 'prompt:'"));
        } else {
          try {
            questions.add(Question.builder().id(qid).prompt(prompt).build());
          } catch (RuntimeException e) {
            problems.add(FormatProblem.of(Location.at(source, blockStart, 1), e.getMessage()));
          }
        }
        if (line == null) {
          break;
        }
        qid = null;
        prompt = null;
        blockStart = number + 1;
      } else if (line.startsWith("id: ")) {
        qid = line.substring(4);
      } else if (line.startsWith("prompt: ")) {
        prompt = line.substring(8);
      } else {
        int colon = line.indexOf(':');
        problems.add(FormatProblem.of(Location.at(source, number, 1),
            "found '" + (colon < 0 ? line : line.substring(0, colon)) + "'; expected 'id:', 'prompt:' or '---'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
    return questions;
  }

  @Override
  public void writeQuestion(Question question, OutputStream out) throws IOException {
    Objects.requireNonNull(question, "question");
    writeBank(QuestionBank.builder().addQuestion(question).build(), out);
  }

  @Override
  public void writeBank(QuestionBank bank, OutputStream out) throws IOException {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(out, "out");
    List<FormatProblem> problems = new ArrayList<>();
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      if (!q.equals(Question.builder().id(q.id()).prompt(q.prompt()).build())) {
        problems.add(FormatProblem.of(Location.builder().source(q.id()).pointer("/questions/" + i).build(),
            "found more than an id and a prompt; expected a format that holds the whole question"));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < bank.questions().size(); i++) {
      Question q = bank.questions().get(i);
      sb.append(i == 0 ? "" : "---\n").append("id: ").append(q.id()).append('\n').append("prompt: ").append(q.prompt()).append('\n');
    }
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean isLossless() {
    return true;
  }

  @Override
  public QuestionSink openSink(OutputStream out) {
    Objects.requireNonNull(out, "out");
    List<Question> pending = new ArrayList<>();
    return new QuestionSink() {
      @Override public void write(Question question) { pending.add(Objects.requireNonNull(question, "question")); }

      @Override
      public void close() throws IOException {
        writeBank(QuestionBank.builder().addAllQuestions(pending).build(), out);
      }
    };
  }
}
