package io.github.hindsight.json.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.spi.AbstractQuestionStream;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import io.github.hindsight.spi.support.BankAssembler;
import io.github.hindsight.spi.support.BankPart;
import io.github.hindsight.spi.support.Locator;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Reads {@code .json} documents: one question, or a bank. */
public final class JsonDocumentReader implements FormatReader {

  @Override
  public Question readQuestion(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    try (JsonParser p = Json.document(in, options.sourceName(), true)) {
      QuestionReader r = new QuestionReader(p, options.sourceName(), options.strict(), 0);
      return r.guard(() -> {
        if (!r.startDocument("a question object")) {
          throw r.failure();
        }
        Question q = r.questionDocument();
        if (r.failed()) {
          throw r.failure();
        }
        r.endDocument();
        return r.result(q);
      });
    }
  }

  @Override
  public QuestionBank readBank(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    // A question document is a bank of one, whose topic must then be in it too, as in every
    // other format; the facade reads a folder's files with the links left to it.
    return new BankAssembler().checkLinks(options.checkLinks()).add(read(in, options).part()).assembleBank();
  }

  @Override
  public BankPart readBankPart(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return read(in, options).part();
  }

  /** A document read as a part of a bank, and whether it was a question document. */
  private record Read(BankPart part, boolean question) {}

  private static Read read(InputStream in, ReadOptions options) throws IOException {
    try (JsonParser p = Json.document(in, options.sourceName(), true)) {
      QuestionReader r = new QuestionReader(p, options.sourceName(), options.strict(), 0);
      return r.guard(() -> {
        if (!r.startDocument("a bank or question object")) {
          throw r.failure();
        }
        Read read = partObject(r);
        r.endDocument();
        return r.result(read);
      });
    }
  }

  /**
   * Reads a bank object, or a question object as a bank of one, at the current token, which
   * starts it, and checks it as a whole bank, links included, as {@code readBank} checks one: a
   * question document that names a topic it does not define is no bank on its own. What follows
   * the object is not read.
   *
   * @param r the reader
   * @return the bank, or null if there were problems
   * @throws FormatException if the ids or links of the bank are wrong
   */
  static @Nullable QuestionBank bankObject(QuestionReader r) {
    Read read = partObject(r);
    return read == null || r.failed() ? null : new BankAssembler().add(read.part()).assembleBank();
  }

  /**
   * Reads a bank object, or a question object as a bank of one, as one part of a bank: each
   * question is validated, but ids and links across questions and topics are left to the
   * assembler.
   *
   * @param r the reader
   * @return the part and whether it was a question document, or null if there were problems
   */
  private static @Nullable Read partObject(QuestionReader r) {
    ObjectReader root = r.begin(Members.QUESTION, true);
    String format = root.header(List.of(Json.BANK, Json.QUESTION));
    if (format == null) {
      throw r.failure();
    }
    if (format.equals(Json.QUESTION)) {
      // A question document is a bank of one, so a folder of question files reads as a bank.
      Question q = r.questionBody(root);
      // Its paths are those of a bank's first question, found in the document's root.
      Locator root0 = r.locator();
      Locator locator = Locator.byItem(r.sourceName(), i -> root0, i -> root0);
      return q == null || r.failed() ? null : new Read(new BankPart(r.sourceName(), List.of(q), List.of(), locator), true);
    }
    root.as(Members.BANK, true);
    Members.BankBody bank = r.bind(Members.BANK, root);
    return bank == null || r.failed() ? null
        : new Read(new BankPart(r.sourceName(), bank.questions, bank.topics, r.locator()), false);
  }

  @Override
  public QuestionStream streamQuestions(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    JsonParser p;
    try {
      p = Json.document(in, options.sourceName(), false);
    } catch (FormatException e) {
      // Bytes that are not UTF-8 at the very start: a stream with that one problem, like any other.
      return new AbstractQuestionStream() {
        @Override
        protected @Nullable Question computeNext() {
          throw endWith(e);
        }
      };
    }
    return new Stream(p, new QuestionReader(p, options.sourceName(), options.strict(), 0));
  }

  /**
   * The questions of a bank one at a time, or the one question of a question document. Only the
   * parser's buffer and the current question are in memory.
   */
  private static final class Stream extends AbstractQuestionStream {
    private final JsonParser p;
    private final QuestionReader r;
    private @Nullable ObjectReader root;
    private boolean single;
    private boolean inQuestions;
    private boolean singleRead;

    Stream(JsonParser p, QuestionReader r) {
      this.p = p;
      this.r = r;
    }

    @Override
    protected @Nullable Question computeNext() throws IOException {
      boolean found;
      try {
        found = r.guard(this::advance);
      } catch (FormatException e) {
        // Broken outside any question: nothing after it can be read.
        throw endWith(e);
      }
      if (!found) {
        return endOfData();
      }
      try {
        return r.guard(() -> {
          r.reset();
          Question q = single ? r.questionBody(root) : r.questionInBank();
          if (single) {
            r.endDocument();
          }
          return r.result(q);
        });
      } catch (FormatException e) {
        // A question with problems is followed by the next; broken bytes or JSON by nothing.
        throw r.broken() ? endWith(e) : e;
      }
    }

    /** Moves to the start of the next question; false at the end of the document. */
    private boolean advance() {
      r.reset();
      if (root == null) {
        if (!r.startDocument("a question or bank object")) {
          throw r.failure();
        }
        root = r.begin(Members.QUESTION, true);
        String format = root.header(List.of(Json.QUESTION, Json.BANK));
        // A header name given twice is a problem the header reads past; the stream stops at it.
        if (format == null || r.failed()) {
          throw r.failure();
        }
        if (format.equals(Json.BANK)) {
          root.as(Members.BANK, true);
        } else {
          single = true;
        }
      }
      if (single) {
        boolean first = !singleRead;
        singleRead = true;
        return first;
      }
      while (true) {
        if (inQuestions) {
          JsonToken t = p.nextToken();
          if (t == JsonToken.START_OBJECT) {
            return true;
          }
          if (t == JsonToken.END_ARRAY) {
            inQuestions = false;
          } else {
            r.typeError("a question object");
            throw r.failure();
          }
        }
        String n = root.next();
        // A member of the bank given twice was reported and skipped on the way to this one.
        if (r.failed()) {
          throw r.failure();
        }
        if (n == null) {
          r.endDocument();
          if (r.failed()) {
            throw r.failure();
          }
          return false;
        }
        if (n.equals(Members.QUESTIONS) || n.equals(Members.TOPICS)) {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            r.typeError("an array");
            throw r.failure();
          }
          if (n.equals(Members.QUESTIONS)) {
            inQuestions = true;
          } else {
            // Topics are not questions; a stream skips them, names given twice in them refused as ever.
            if (!r.passNamingOnce(null)) {
              throw r.failure();
            }
          }
        } else {
          root.unknown();
          if (r.failed()) {
            throw r.failure();
          }
        }
      }
    }

    @Override
    protected void release() {
      p.close();
    }
  }
}
