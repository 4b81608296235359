package io.github.hindsight.testkit;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
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
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A correct, lossless format for testing the testkit: documents name questions and topics by a
 * key, and the format remembers what each digest stands for. It refuses
 * questions tagged {@code no-memo}. The subclasses in this package each break one rule.
 */
public class MemoFormat implements FormatProvider, FormatReader, FormatWriter {
  static final String HEADER = "memo 1";
  static final String REFUSED_TAG = "no-memo";
  private static final Map<Integer, List<Object>> MEMORY = new ConcurrentHashMap<>();

  @Override public String id() { return "memo"; }
  @Override public String displayName() { return "Memo"; }
  @Override public String mediaType() { return "text/x-memo"; }
  @Override public List<String> extensions() { return List.of("memo"); }
  @Override public Optional<FormatReader> reader() { return Optional.of(this); }
  @Override public Optional<FormatWriter> writer() { return Optional.of(this); }

  /** What is remembered for a question; the broken formats change it. */
  protected Question stored(Question question) {
    return question;
  }

  /** Refuses a null argument by its name; a broken format lets it through. */
  protected void refuseNull(Object argument, String name) {
    Objects.requireNonNull(argument, name);
  }

  /** The problem for an unknown line; the broken formats change it. */
  protected FormatProblem problem(String source, int line, int column, String message) {
    return FormatProblem.of(Location.at(source, line, column), message);
  }

  protected static String remember(Object value) {
    // Keyed by hash code, then by position among unequal values that share it, so that equal
    // values always get the same key.
    List<Object> sameHash = MEMORY.computeIfAbsent(value.hashCode(), h -> new ArrayList<>());
    synchronized (sameHash) {
      int index = sameHash.indexOf(value);
      if (index < 0) {
        index = sameHash.size();
        sameHash.add(value);
      }
      return Integer.toHexString(value.hashCode()) + "." + index;
    }
  }

  private static Object recall(String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      return null;
    }
    try {
      List<Object> sameHash = MEMORY.get(Integer.parseUnsignedInt(key.substring(0, dot), 16));
      int index = Integer.parseInt(key.substring(dot + 1));
      if (sameHash == null) {
        return null;
      }
      synchronized (sameHash) {
        return index >= 0 && index < sameHash.size() ? sameHash.get(index) : null;
      }
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public Question readQuestion(InputStream in, ReadOptions options) throws IOException {
    List<Object> items = readAll(in, options);
    if (items.size() != 1 || !(items.get(0) instanceof Question)) {
      throw new FormatException(Location.at(options.sourceName(), 1, 1), "found " + items.size() + " entries; expected one question");
    }
    return (Question) items.get(0);
  }

  @Override
  public QuestionBank readBank(InputStream in, ReadOptions options) throws IOException {
    QuestionBank.Builder bank = QuestionBank.builder();
    for (Object item : readAll(in, options)) {
      if (item instanceof Question q) {
        bank.addQuestion(q);
      } else {
        bank.addTopic((Topic) item);
      }
    }
    return bank.build();
  }

  /** Reads line by line, so that a long document is never in memory at once. */
  @Override
  public QuestionStream streamQuestions(InputStream in, ReadOptions options) throws IOException {
    refuseNull(in, "in");
    refuseNull(options, "options");
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String source = options.sourceName();
    readHeader(reader, source);
    return new QuestionStream() {
      private int number = 1;
      private Question next;

      @Override
      public boolean hasNext() throws IOException {
        while (next == null) {
          String line = reader.readLine();
          if (line == null) {
            return false;
          }
          number++;
          List<FormatProblem> problems = new ArrayList<>();
          Object item = item(line, number, source, problems);
          if (!problems.isEmpty()) {
            throw new FormatException(problems);
          }
          if (item instanceof Question q) {
            next = q;
          }
        }
        return true;
      }

      @Override
      public Question next() throws IOException {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Question question = next;
        next = null;
        return question;
      }

      @Override public void close() {}
    };
  }

  private void readHeader(BufferedReader reader, String source) throws IOException {
    String first = reader.readLine();
    if (!HEADER.equals(first)) {
      throw new FormatException(List.of(problem(source, 1, 1, "found '" + first + "'; expected '" + HEADER + "'")));
    }
  }

  /** The question or topic a line names, or null with the problem added. */
  private Object item(String line, int number, String source, List<FormatProblem> problems) {
    if (!line.startsWith("q ") && !line.startsWith("t ")) {
      problems.add(problem(source, number, 1, "found '" + line + "'; expected 'q <key>' or 't <key>'"));
      return null;
    }
    Object item = recall(line.substring(2));
    if (item == null || (item instanceof Question) != line.startsWith("q ")) {
      problems.add(problem(source, number, 3, "found key '" + line.substring(2) + "'; expected one this format wrote"));
      return null;
    }
    return item;
  }

  protected List<Object> readAll(InputStream in, ReadOptions options) throws IOException {
    refuseNull(in, "in");
    refuseNull(options, "options");
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String source = options.sourceName();
    readHeader(reader, source);
    List<FormatProblem> problems = new ArrayList<>();
    List<Object> items = new ArrayList<>();
    int number = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      Object item = item(line, number, source, problems);
      if (item != null) {
        items.add(item);
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
    return items;
  }

  @Override
  public void writeQuestion(Question question, OutputStream out) throws IOException {
    refuseNull(question, "question");
    refuseNull(out, "out");
    refuseInvalid(question);
    refuseUnholdable(List.of(question));
    out.write((HEADER + "\nq " + remember(stored(question)) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void writeBank(QuestionBank bank, OutputStream out) throws IOException {
    refuseNull(bank, "bank");
    refuseNull(out, "out");
    refuseInvalid(bank);
    refuseUnholdable(bank.questions());
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    bank.questions().forEach(q -> sb.append("q ").append(remember(stored(q))).append('\n'));
    bank.topics().forEach(t -> sb.append("t ").append(remember(t)).append('\n'));
    out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Refuses a question that fails validation; a broken format leaves it out. */
  protected void refuseInvalid(Question question) {
    FormatWriter.requireValid(question);
  }

  /** Refuses a bank that fails validation; a broken format leaves it out. */
  protected void refuseInvalid(QuestionBank bank) {
    FormatWriter.requireValid(bank);
  }

  protected void refuseUnholdable(List<Question> questions) {
    List<FormatProblem> problems = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).tags().contains(REFUSED_TAG)) {
        problems.add(FormatProblem.of(Location.builder().source(questions.get(i).id()).pointer("/questions/" + i + "/tags").build(),
            "found the tag '" + REFUSED_TAG + "'; expected a question this format may hold"));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
  }

  @Override
  public boolean isLossless() {
    return true;
  }

  @Override
  public QuestionSink openSink(OutputStream out) throws IOException {
    refuseNull(out, "out");
    out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    return new QuestionSink() {
      @Override
      public void write(Question question) throws IOException {
        refuseNull(question, "question");
        refuseInvalid(question);
        refuseUnholdable(List.of(question));
        out.write(("q " + remember(stored(question)) + "\n").getBytes(StandardCharsets.UTF_8));
      }

      @Override public void close() {}
    };
  }
}
