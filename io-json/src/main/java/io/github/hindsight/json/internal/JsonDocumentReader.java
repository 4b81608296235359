package io.github.hindsight.json.internal;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/** Reads {@code .json} documents: one question, or a bank. */
public final class JsonDocumentReader implements FormatReader {

  @Override
  public Question readQuestion(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    try (JsonParser p = Json.DOCUMENTS.createParser(ObjectReadContext.empty(), in)) {
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
    try (JsonParser p = Json.DOCUMENTS.createParser(ObjectReadContext.empty(), in)) {
      QuestionReader r = new QuestionReader(p, options.sourceName(), options.strict(), 0);
      return r.guard(() -> r.result(bank(r, options.checkLinks())));
    }
  }

  private static @Nullable QuestionBank bank(QuestionReader r, boolean checkLinks) {
    if (!r.startDocument("a bank or question object")) {
      throw r.failure();
    }
    QuestionBank bank = bankObject(r, checkLinks);
    r.endDocument();
    return bank;
  }

  /**
   * Reads a bank object, or a question object as a bank of one, at the current token, which
   * starts it; what follows the object is not read.
   *
   * @param r the reader
   * @param checkLinks whether to validate the references between questions and topics
   * @return the bank, or null if there were problems
   */
  static @Nullable QuestionBank bankObject(QuestionReader r, boolean checkLinks) {
    QuestionReader.Obj root = r.begin("a question", Json.QUESTION_MEMBERS);
    String format = r.header(root, List.of(Json.BANK, Json.QUESTION));
    if (format == null) {
      throw r.failure();
    }
    if (format.equals(Json.QUESTION)) {
      // A question document is a bank of one, so a folder of question files reads as a bank.
      Question q = r.questionBody(root);
      return q == null || r.failed() ? null : QuestionBank.builder().addQuestion(q).build();
    }
    root.as("a bank", Json.BANK_MEMBERS, false);
    List<Topic> topics = List.of();
    List<Question> questions = List.of();
    boolean ok = true;
    String n;
    while ((n = root.next()) != null) {
      switch (n) {
        case "topics" -> {
          List<Topic> t = r.topics();
          ok &= t != null;
          topics = t == null ? List.of() : t;
        }
        case "questions" -> {
          List<Question> q = r.questions();
          ok &= q != null;
          questions = q == null ? List.of() : q;
        }
        default -> root.unknown();
      }
    }
    if (!ok || r.failed()) {
      return null;
    }
    for (BankLinks.Duplicate d : BankLinks.duplicates(questions, topics)) {
      r.problemAt((d.topic() ? "/topics/" : "/questions/") + d.index() + "/id", d.message());
    }
    if (r.failed()) {
      return null;
    }
    QuestionBank bank = QuestionBank.builder().questions(questions).topics(topics).build();
    if (checkLinks) {
      r.validateLinks(BankLinks.errors(bank), QuestionReader::toPointer);
    }
    return bank;
  }

  @Override
  public QuestionStream streamQuestions(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    JsonParser p = Json.DOCUMENTS.createParser(ObjectReadContext.empty(), in);
    return new Stream(p, new QuestionReader(p, options.sourceName(), options.strict(), 0));
  }

  /**
   * The questions of a bank one at a time, or the one question of a question document. Only the
   * parser's buffer and the current question are in memory.
   */
  private static final class Stream implements QuestionStream {
    private final JsonParser p;
    private final QuestionReader r;
    private QuestionReader.@Nullable Obj root;
    private boolean single;
    private boolean inQuestions;
    private boolean pending;
    private boolean done;

    Stream(JsonParser p, QuestionReader r) {
      this.p = p;
      this.r = r;
    }

    @Override
    public boolean hasNext() throws IOException {
      if (pending) {
        return true;
      }
      if (done) {
        return false;
      }
      try {
        return r.guard(this::advance);
      } catch (RuntimeException e) {
        done = true;
        throw e;
      }
    }

    private boolean advance() {
      r.reset();
      if (root == null) {
        if (!r.startDocument("a question or bank object")) {
          throw r.failure();
        }
        root = r.begin("a question", Json.QUESTION_MEMBERS);
        String format = r.header(root, List.of(Json.QUESTION, Json.BANK));
        if (format == null) {
          throw r.failure();
        }
        if (format.equals(Json.BANK)) {
          root.as("a bank", Json.BANK_MEMBERS, false);
        } else {
          single = true;
          pending = true;
          return true;
        }
      }
      if (single) {
        done = true;
        return false;
      }
      while (true) {
        if (inQuestions) {
          JsonToken t = p.nextToken();
          if (t == JsonToken.START_OBJECT) {
            pending = true;
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
        if (n == null) {
          r.endDocument();
          done = true;
          if (r.failed()) {
            throw r.failure();
          }
          return false;
        }
        if (n.equals("questions") || n.equals("topics")) {
          if (p.currentToken() != JsonToken.START_ARRAY) {
            r.typeError("an array");
            throw r.failure();
          }
          if (n.equals("questions")) {
            inQuestions = true;
          } else {
            // Topics are not questions; a stream skips them.
            p.skipChildren();
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
    public Question next() throws IOException {
      if (!hasNext()) {
        throw new NoSuchElementException("no more questions");
      }
      pending = false;
      return r.guard(() -> {
        r.reset();
        Question q = single ? r.questionBody(root) : r.questionInBank();
        if (single) {
          r.endDocument();
        }
        return r.result(q);
      });
    }

    @Override
    public void close() {
      p.close();
    }
  }
}
