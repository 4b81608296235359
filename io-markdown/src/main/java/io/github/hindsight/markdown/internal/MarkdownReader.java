package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.ModelPath;
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
import io.github.hindsight.spi.support.OrderedWork;
import io.github.hindsight.spi.support.ProblemList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads the authoring format: one question per document, or a bank as a series of documents. */
public final class MarkdownReader implements FormatReader {
  /** A document's text with the name problems give for it. */
  public record Named(String name, String text) {}

  @Override
  public Question readQuestion(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    // A document at a time, as for a bank: the bytes and the whole text are never held at once.
    DocumentSource docs = new DocumentSource(in, options.sourceName());
    Documents.Doc first = docs.next();
    return question(first, first == null ? null : docs.next(), options);
  }

  /**
   * Reads one question from text.
   *
   * @param text the document
   * @param options the source name and strictness
   * @return the question
   * @throws FormatException with every problem
   */
  public static Question question(String text, ReadOptions options) {
    List<Documents.Doc> docs = Documents.split(text, options.sourceName());
    return question(docs.isEmpty() ? null : docs.get(0), docs.size() > 1 ? docs.get(1) : null, options);
  }

  private static Question question(Documents.@Nullable Doc first, Documents.@Nullable Doc second, ReadOptions options) {
    String name = options.sourceName();
    if (second != null) {
      throw new FormatException(Location.at(name, second.firstLine(), 1),
          "expected one question but a second document starts here; read files with several documents as a question bank");
    }
    DocumentReader.Result r = DocumentReader.read(first == null ? new Documents.Doc(1, null, 1, BodyText.EMPTY, 1) : first, name, options.strict());
    if (r.located().hasProblems()) {
      throw r.located().failure();
    }
    if (r.question() == null) {
      throw new FormatException(Location.at(name, 1, 1), "expected a question but found a topic (type: topic)");
    }
    return r.question();
  }

  @Override
  public QuestionBank readBank(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    // Read a document at a time from the bytes: neither the whole text nor every document's
    // lines are held while the bank is built, only the questions read so far.
    BankAssembler assembler = new BankAssembler().checkLinks(options.checkLinks());
    add(assembler, part(options.sourceName(), new DocumentSource(in, options.sourceName()), options.strict()));
    return assembler.assembleBank();
  }

  @Override
  public BankPart readBankPart(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    Part part = part(options.sourceName(), new DocumentSource(in, options.sourceName()), options.strict());
    if (!part.problems().isEmpty()) {
      throw new FormatException(part.problems());
    }
    return part.part();
  }

  /**
   * Reads every document of several texts into one bank.
   *
   * @param texts the texts, each with its name
   * @param options strict or lenient reading, whether to check the links between questions and
   *     topics, and on how many threads to read the texts, side by side
   * @return the bank, valid
   * @throws FormatException with every problem of every text
   * @throws InterruptedIOException if this thread is interrupted while the threads read
   */
  public static QuestionBank bank(List<Named> texts, ReadOptions options) throws InterruptedIOException {
    BankAssembler assembler = new BankAssembler().checkLinks(options.checkLinks());
    try {
      for (Part part : OrderedWork.map(options.parallelism(), texts, new ReadText(options.strict()))) {
        add(assembler, part);
      }
    } catch (InterruptedIOException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: a string is read", e);
    }
    return assembler.assembleBank();
  }

  private static void add(BankAssembler assembler, Part part) {
    if (!part.problems().isEmpty()) {
      assembler.addProblems(part.problems());
    }
    assembler.add(part.part());
    for (Map.Entry<String, Location> unread : part.unread().entrySet()) {
      assembler.addId(unread.getKey(), unread.getValue());
    }
  }

  /** Reads one text of several as a part of their bank. */
  private static final class ReadText implements OrderedWork.Task<Named, Part> {
    private final boolean strict;

    ReadText(boolean strict) {
      this.strict = strict;
    }

    @Override
    public Part apply(Named text) throws IOException {
      return part(text.name(), new DocumentSource(new StringReader(text.text())), strict);
    }
  }

  /**
   * The documents of a text that could be read, as a part of a bank, the problems of the others,
   * and where those others give their ids, which must not be repeated either.
   */
  private record Part(BankPart part, List<FormatProblem> problems, Map<String, Location> unread) {}

  private static Part part(String name, DocumentSource docs, boolean strict) throws IOException {
    ProblemList problems = new ProblemList();
    // Each document knows where its own paths are: questions[2].actors[0] is actors[0] of the third question.
    BankPart.Builder part = BankPart.builder(name);
    Map<String, Location> unread = new LinkedHashMap<>();
    Rereading.Last last = new Rereading.Last();
    for (Documents.Doc doc = next(docs, problems); doc != null; doc = next(docs, problems)) {
      DocumentReader.Result r = DocumentReader.read(doc, name, strict);
      if (r.located().hasProblems()) {
        problems.addAll(r.located().list());
        if (r.id() != null) {
          unread.putIfAbsent(r.id(), r.located().locate(ModelPath.of("id")));
        }
      } else if (r.question() != null) {
        part.addQuestion(r.question(), new Rereading(doc, name, strict, last));
      } else if (r.topic() != null) {
        part.addTopic(r.topic(), new Rereading(doc, name, strict, last));
      }
    }
    return new Part(part.build(), problems.isEmpty() ? List.of() : problems.problems(Located.IN_THE_TEXT), unread);
  }

  /**
   * Decodes a text by the one rule of every format: UTF-8 only.
   *
   * @param in the bytes
   * @param name the name for locations
   * @return the text
   * @throws FormatException where the bytes are not UTF-8
   * @throws IOException if the bytes cannot be read
   */
  public static String decode(InputStream in, String name) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    Utf8Reader reader = new Utf8Reader(in, name);
    for (int n = reader.read(buf, 0, buf.length); n >= 0; n = reader.read(buf, 0, buf.length)) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  /** The next document, or null at the end of the text or where its bytes stop being UTF-8, which is then a problem. */
  private static Documents.@Nullable Doc next(DocumentSource docs, ProblemList problems) throws IOException {
    try {
      return docs.next();
    } catch (FormatException notUtf8) {
      problems.addAll(notUtf8.problems());
      return null;
    }
  }

  /**
   * Reads every document of a text, questions and topics, each validated on its own.
   *
   * @param text the text, with its name
   * @param strict strict or lenient reading
   * @return the questions and topics, in document order
   * @throws FormatException with every problem
   */
  public static List<Object> documents(Named text, boolean strict) {
    ProblemList problems = new ProblemList();
    List<Object> out = new ArrayList<>();
    for (Documents.Doc doc : Documents.split(text.text(), text.name())) {
      DocumentReader.Result r = DocumentReader.read(doc, text.name(), strict);
      problems.addAll(r.located().list());
      out.add(r.question() != null ? r.question() : r.topic());
    }
    if (!problems.isEmpty()) {
      throw problems.failure(Located.IN_THE_TEXT);
    }
    return out;
  }

  @Override
  public QuestionStream streamQuestions(InputStream in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    DocumentSource docs = new DocumentSource(in, options.sourceName());
    return new AbstractQuestionStream() {
      @Override
      protected @Nullable Question computeNext() throws IOException {
        // A topic is no question: the stream goes on to the next document.
        for (Documents.Doc doc = docs.next(); doc != null; doc = docs.next()) {
          DocumentReader.Result r = DocumentReader.read(doc, options.sourceName(), options.strict());
          if (r.located().hasProblems()) {
            throw r.located().failure();
          }
          if (r.question() != null) {
            return r.question();
          }
        }
        return endOfData();
      }
    };
  }

  /**
   * Reads a topic document; for tests and tools.
   *
   * @param text the document
   * @param options the source name and strictness
   * @return the topic
   */
  public static Topic topic(String text, ReadOptions options) {
    List<Documents.Doc> docs = Documents.split(text, options.sourceName());
    DocumentReader.Result r = DocumentReader.read(docs.get(0), options.sourceName(), options.strict());
    if (r.located().hasProblems()) {
      throw r.located().failure();
    }
    if (r.topic() == null) {
      throw new FormatException(Location.at(options.sourceName(), 1, 1), "expected a topic (type: topic) but found a question");
    }
    return r.topic();
  }
}
