package io.github.hindsight.json.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.AbstractQuestionStream;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.BankAssembler;
import io.github.hindsight.spi.support.BankPart;
import io.github.hindsight.spi.support.Locator;
import io.github.hindsight.spi.support.OrderedWork;
import io.github.hindsight.spi.support.ProblemList;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads JSON Lines: each line a question or topic document. Each line has a parser of its own,
 * so a broken line is reported with its number and the lines after it are still read. With a
 * {@link ReadOptions#parallelism()} above 1, the lines of a bank or a stream are parsed on that
 * many threads while this one reads them, and the items are taken in the order of the lines.
 */
public final class JsonLinesReader implements FormatReader {

  /** One line read: a question, a topic, or the problems that stopped it. */
  private record Item(int line, @Nullable Question question, @Nullable Topic topic, @Nullable ProblemList problems) {
    /** @return the problems as one exception, or null if there are none */
    @Nullable FormatException failure() {
      return problems == null ? null : problems.failure(Problems.DOCUMENT_ORDER);
    }
  }

  private static Item refused(ReadOptions options, int line, int column, String message) {
    ProblemList one = new ProblemList();
    one.add(FormatProblem.of(Location.at(options.sourceName(), line, column), message));
    return new Item(line, null, null, one);
  }

  /** The items of the lines one after another, in the caller's thread; topics skipped when only questions are wanted. */
  private static @Nullable Item nextItem(LineInput lines, ReadOptions options, boolean questionsOnly) throws IOException {
    while (lines.next()) {
      if (lines.tooLong()) {
        return tooLong(options, lines.number());
      }
      if (lines.blank()) {
        continue;
      }
      Item item = item(lines.bytes(), lines.length(), lines.number(), options);
      if (!(questionsOnly && item.topic() != null)) {
        return item;
      }
    }
    return null;
  }

  private static Item tooLong(ReadOptions options, int line) {
    return refused(options, line, 1, "the line is longer than the limit of " + Json.MAX_LINE_LENGTH + " bytes for one line of JSON Lines");
  }

  /** What one non-blank line holds; depends on nothing but its arguments, so lines can be read side by side. */
  private static Item item(byte[] bytes, int length, int line, ReadOptions options) throws IOException {
    // The one decoding rule, checked before Jackson, which guesses encodings and lets some bytes through.
    int bad = Utf8.check(bytes, 0, length);
    if (bad != length) {
      return refused(options, line, bad + 1, Utf8.problem(bytes, bad, length));
    }
    try (JsonParser p = Json.LINES.createParser(ObjectReadContext.empty(), bytes, 0, length)) {
      QuestionReader r = new QuestionReader(p, options.sourceName(), options.strict(), line - 1);
      try {
        Object value = r.guard(() -> {
          if (!r.startDocument("a question or topic object on the line")) {
            throw r.failure();
          }
          ObjectReader o = r.begin(Members.QUESTION, true);
          String format = o.header(List.of(Json.QUESTION, Json.TOPIC));
          if (format == null) {
            throw r.failure();
          }
          Object v;
          if (format.equals(Json.TOPIC)) {
            o.as(Members.TOPIC, true);
            v = r.topicBody(o);
          } else {
            v = r.questionBody(o);
          }
          r.endDocument();
          return r.result(v);
        });
        return value instanceof Topic t ? new Item(line, null, t, null) : new Item(line, (Question) value, null, null);
      } catch (FormatException e) {
        return new Item(line, null, null, r.problems().list());
      }
    }
  }

  /** The items of a document, read in the caller's thread or, when the options allow, on several. */
  private interface Items extends Closeable {
    @Nullable Item next() throws IOException;

    @Override
    default void close() {}
  }

  private static Items items(InputStream in, ReadOptions options, boolean questionsOnly) {
    LineInput lines = new LineInput(in, Json.MAX_LINE_LENGTH);
    if (options.parallelism() == 1) {
      return () -> nextItem(lines, options, questionsOnly);
    }
    OrderedWork<Item> work = OrderedWork.start(options.parallelism(), () -> {
      while (lines.next()) {
        int line = lines.number();
        if (lines.tooLong()) {
          Item refused = tooLong(options, line);
          return () -> refused;
        }
        if (!lines.blank()) {
          return lineJob(Arrays.copyOf(lines.bytes(), lines.length()), line, options);
        }
      }
      return null;
    });
    return new Items() {
      @Override
      public @Nullable Item next() throws IOException {
        Item item;
        do {
          item = work.next();
        } while (item != null && questionsOnly && item.topic() != null);
        return item;
      }

      @Override
      public void close() {
        work.close();
      }
    };
  }

  private static OrderedWork.Job<Item> lineJob(byte[] bytes, int line, ReadOptions options) {
    return new OrderedWork.Job<>() {
      @Override
      public Item run() throws IOException {
        return item(bytes, bytes.length, line, options);
      }

      @Override
      public long weight() {
        return bytes.length;
      }
    };
  }

  @Override
  public Question readQuestion(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    LineInput lines = new LineInput(in, Json.MAX_LINE_LENGTH);
    Item first = nextItem(lines, options, false);
    if (first == null) {
      throw new FormatException(Location.at(options.sourceName(), 1, 1), "no question; expected one line with a question object");
    }
    if (first.problems() != null) {
      throw first.failure();
    }
    if (first.question() == null) {
      throw new FormatException(Location.at(options.sourceName(), first.line(), 1),
          "expected a question but found a topic");
    }
    Item more = nextItem(lines, options, false);
    if (more != null) {
      throw new FormatException(Location.at(options.sourceName(), more.line(), 1),
          "expected one question but found another line after it; read several with readBank or streamQuestions");
    }
    return first.question();
  }

  @Override
  public QuestionBank readBank(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return new BankAssembler().checkLinks(options.checkLinks()).add(readBankPart(in, options)).assembleBank();
  }

  @Override
  public BankPart readBankPart(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    ProblemList problems = new ProblemList();
    String source = options.sourceName();
    // "questions[3].topic" is the member "topic" on the line of question 3.
    BankPart.Builder part = BankPart.builder(source);
    try (Items items = items(in, options, false)) {
      Item item;
      while ((item = items.next()) != null) {
        if (item.problems() != null) {
          problems.addAll(item.problems());
        } else if (item.question() != null) {
          part.addQuestion(item.question(), onLine(source, item.line()));
        } else if (item.topic() != null) {
          part.addTopic(item.topic(), onLine(source, item.line()));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw problems.failure(Problems.DOCUMENT_ORDER);
    }
    return part.build();
  }

  /** Paths within the item on a line: the line, and the path as a pointer within the line's object. */
  private static Locator onLine(String source, int line) {
    return path -> {
      Location.Builder at = Location.builder().source(source).line(line).column(1);
      return (path.isRoot() ? at : at.pointer(path.pointer())).build();
    };
  }

  @Override
  public QuestionStream streamQuestions(InputStream in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    Items items = items(in, options, true);
    return new AbstractQuestionStream() {
      @Override
      protected @Nullable Question computeNext() throws IOException {
        Item item = items.next();
        if (item == null) {
          return endOfData();
        }
        if (item.problems() != null) {
          throw item.failure();
        }
        return item.question();
      }

      @Override
      protected void release() {
        items.close();
      }
    };
  }
}
