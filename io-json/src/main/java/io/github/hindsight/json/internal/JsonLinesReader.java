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
import io.github.hindsight.spi.support.ProblemList;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads JSON Lines: each line a question or topic document. Each line has a parser of its own,
 * so a broken line is reported with its number and the lines after it are still read.
 */
public final class JsonLinesReader implements FormatReader {

  /** One line read: a question, a topic, or the problems that stopped it. */
  private record Item(int line, @Nullable Question question, @Nullable Topic topic, @Nullable ProblemList problems) {
    /** @return the problems as one exception, or null if there are none */
    @Nullable FormatException failure() {
      return problems == null ? null : problems.failure(Problems.DOCUMENT_ORDER);
    }
  }

  private static Item refused(LineInput lines, ReadOptions options, int column, String message) {
    ProblemList one = new ProblemList();
    one.add(FormatProblem.of(Location.at(options.sourceName(), lines.number(), column), message));
    return new Item(lines.number(), null, null, one);
  }

  private static @Nullable Item nextItem(LineInput lines, ReadOptions options, boolean questionsOnly) throws IOException {
    while (lines.next()) {
      if (lines.tooLong()) {
        return refused(lines, options, 1, "the line is longer than the limit of " + Json.MAX_LINE_LENGTH + " bytes for one line of JSON Lines");
      }
      if (lines.blank()) {
        continue;
      }
      // The one decoding rule, checked before Jackson, which guesses encodings and lets some bytes through.
      int bad = Utf8.check(lines.bytes(), 0, lines.length());
      if (bad != lines.length()) {
        return refused(lines, options, bad + 1, Utf8.problem(lines.bytes(), bad, lines.length()));
      }
      try (JsonParser p = Json.LINES.createParser(ObjectReadContext.empty(), lines.bytes(), 0, lines.length())) {
        QuestionReader r = new QuestionReader(p, options.sourceName(), options.strict(), lines.number() - 1);
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
          if (value instanceof Topic t) {
            if (!questionsOnly) {
              return new Item(lines.number(), null, t, null);
            }
          } else {
            return new Item(lines.number(), (Question) value, null, null);
          }
        } catch (FormatException e) {
          return new Item(lines.number(), null, null, r.problems().list());
        }
      }
    }
    return null;
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
    LineInput lines = new LineInput(in, Json.MAX_LINE_LENGTH);
    ProblemList problems = new ProblemList();
    String source = options.sourceName();
    // "questions[3].topic" is the member "topic" on the line of question 3.
    BankPart.Builder part = BankPart.builder(source);
    Item item;
    while ((item = nextItem(lines, options, false)) != null) {
      if (item.problems() != null) {
        problems.addAll(item.problems());
      } else if (item.question() != null) {
        part.addQuestion(item.question(), onLine(source, item.line()));
      } else if (item.topic() != null) {
        part.addTopic(item.topic(), onLine(source, item.line()));
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
    LineInput lines = new LineInput(in, Json.MAX_LINE_LENGTH);
    return new AbstractQuestionStream() {
      @Override
      protected @Nullable Question computeNext() throws IOException {
        Item item = nextItem(lines, options, true);
        if (item == null) {
          return endOfData();
        }
        if (item.problems() != null) {
          throw item.failure();
        }
        return item.question();
      }
    };
  }
}
