package io.github.hindsight.markdown.internal;

import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.FormatReader;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.QuestionStream;
import io.github.hindsight.spi.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads the authoring format: one question per document, or a bank as a series of documents. */
public final class MarkdownReader implements FormatReader {
  private static final Pattern BANK_PATH = Pattern.compile("(questions|topics)\\[([0-9]+)\\]\\.?(.*)");

  /** A document's text with the name problems give for it. */
  public record Named(String name, String text) {}

  @Override
  public Question readQuestion(InputStream in, ReadOptions options) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return question(new String(in.readAllBytes(), StandardCharsets.UTF_8), options);
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
    List<Documents.Doc> docs = Documents.split(text);
    String name = options.sourceName();
    if (docs.size() > 1) {
      throw new FormatException(Location.at(name, docs.get(1).firstLine(), 1),
          "expected one question but a second document starts here; read files with several documents as a question bank");
    }
    DocumentReader.Result r = DocumentReader.read(docs.isEmpty() ? new Documents.Doc(1, null, 1, "", 1) : docs.get(0), name, options.strict());
    if (!r.located().problems().isEmpty()) {
      throw new FormatException(r.located().problems());
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
    return bank(List.of(new Named(options.sourceName(), new String(in.readAllBytes(), StandardCharsets.UTF_8))), options.strict(), options.checkLinks());
  }

  /**
   * Reads every document of several texts into one bank.
   *
   * @param texts the texts, each with its name
   * @param strict strict or lenient reading
   * @param checkLinks whether to check the links between questions and topics
   * @return the bank, valid
   * @throws FormatException with every problem of every text
   */
  public static QuestionBank bank(List<Named> texts, boolean strict, boolean checkLinks) {
    List<FormatProblem> problems = new ArrayList<>();
    List<DocumentReader.Result> questions = new ArrayList<>();
    List<DocumentReader.Result> topics = new ArrayList<>();
    Map<String, Location> ids = new HashMap<>();
    for (Named t : texts) {
      for (Documents.Doc doc : Documents.split(t.text())) {
        DocumentReader.Result r = DocumentReader.read(doc, t.name(), strict);
        problems.addAll(r.located().problems());
        String id = r.id();
        if (id != null) {
          Location here = r.located().locate("id");
          Location first = ids.putIfAbsent(id, here);
          if (first != null) {
            problems.add(FormatProblem.of(here, "duplicate id '" + id + "' (first at " + first + "); expected every question and topic id once in a bank"));
            continue;
          }
        }
        if (r.question() != null) {
          questions.add(r);
        } else if (r.topic() != null) {
          topics.add(r);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
    QuestionBank.Builder b = QuestionBank.builder();
    questions.forEach(r -> b.addQuestion(r.question()));
    topics.forEach(r -> b.addTopic(r.topic()));
    QuestionBank bank = b.build();
    // Each question was validated as it was read; what is left are the links between documents.
    for (Problem p : checkLinks ? bank.validate().errors() : List.<Problem>of()) {
      Matcher m = BANK_PATH.matcher(p.path());
      Location at = Location.builder().source(texts.isEmpty() ? "<input>" : texts.get(0).name()).pointer(p.path()).build();
      if (m.matches()) {
        List<DocumentReader.Result> list = m.group(1).equals("questions") ? questions : topics;
        at = list.get(Integer.parseInt(m.group(2))).located().locate(m.group(3));
      }
      problems.add(FormatProblem.of(at, p.message()));
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
    return bank;
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
    List<FormatProblem> problems = new ArrayList<>();
    List<Object> out = new ArrayList<>();
    for (Documents.Doc doc : Documents.split(text.text())) {
      DocumentReader.Result r = DocumentReader.read(doc, text.name(), strict);
      problems.addAll(r.located().problems());
      out.add(r.question() != null ? r.question() : r.topic());
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
    return out;
  }

  @Override
  public QuestionStream streamQuestions(InputStream in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    DocumentSource docs = new DocumentSource(in);
    return new QuestionStream() {
      private boolean closed;
      private @Nullable Question ready;

      @Override
      public boolean hasNext() throws IOException {
        while (ready == null && !closed) {
          Documents.Doc doc = docs.next();
          if (doc == null) {
            closed = true;
            break;
          }
          DocumentReader.Result r = DocumentReader.read(doc, options.sourceName(), options.strict());
          if (!r.located().problems().isEmpty()) {
            throw new FormatException(r.located().problems());
          }
          ready = r.question();
        }
        return ready != null;
      }

      @Override
      public Question next() throws IOException {
        if (!hasNext()) {
          throw new NoSuchElementException("no more questions");
        }
        Question q = ready;
        ready = null;
        return q;
      }

      @Override
      public void close() {
        closed = true;
        ready = null;
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
    List<Documents.Doc> docs = Documents.split(text);
    DocumentReader.Result r = DocumentReader.read(docs.get(0), options.sourceName(), options.strict());
    if (!r.located().problems().isEmpty()) {
      throw new FormatException(r.located().problems());
    }
    if (r.topic() == null) {
      throw new FormatException(Location.at(options.sourceName(), 1, 1), "expected a topic (type: topic) but found a question");
    }
    return r.topic();
  }
}
