package io.github.hindsight.json.internal;

import io.github.hindsight.model.Extra;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.support.Locator;
import io.github.hindsight.spi.support.ProblemList;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;

/**
 * Binds the tokens of one parser to the model through the {@link Members} tables, so that every
 * problem gets the line, column and JSON pointer of the value at fault. Reading goes on after a
 * problem wherever the document still makes sense, so that one report lists them all; only broken
 * JSON stops it.
 *
 * <p>Not thread-safe: one reader per parser.
 */
public final class QuestionReader {
  private final JsonTokens tokens;
  private final Problems problems;
  private final boolean strict;
  private final Locations locations = new Locations();
  private final Met met = new Met();
  private List<Extra> extras = new ArrayList<>();
  /** The question being read, for the place of what it keeps. */
  private @Nullable ObjectReader question;
  /** The innermost object being read, which the values read are within. */
  private @Nullable ObjectReader current;

  /**
   * Creates a reader.
   *
   * @param p the parser
   * @param source the document's name for locations
   * @param strict whether unknown members are refused (or kept)
   * @param lineOffset added to the parser's line numbers, for one line of JSON Lines
   */
  public QuestionReader(JsonParser p, String source, boolean strict, int lineOffset) {
    this.problems = new Problems(source);
    this.tokens = new JsonTokens(p, problems, lineOffset);
    this.strict = strict;
  }

  /** Something that reads and may fail on bytes. */
  @FunctionalInterface
  public interface Step<T> {
    /**
     * Runs the step.
     *
     * @return its result
     */
    T run();
  }

  /**
   * Runs reading steps and turns broken JSON into one more located problem, thrown with the
   * others; failures of the bytes themselves come out as {@link IOException}.
   *
   * @param step what to read
   * @param <T> the result
   * @return the result
   * @throws IOException if the bytes cannot be read
   */
  public <T> T guard(Step<T> step) throws IOException {
    return tokens.guard(step);
  }

  JsonTokens tokens() {
    return tokens;
  }

  Problems problems() {
    return problems;
  }

  boolean strict() {
    return strict;
  }

  /** @return the unknown members kept for the question being read */
  List<Extra> extras() {
    return extras;
  }

  /** @return the document's name for locations */
  String sourceName() {
    return problems.source();
  }

  /** @return true once the bytes or the JSON are broken, so that nothing after can be read */
  boolean broken() {
    return tokens.broken();
  }

  /** @return true if a problem has been found */
  boolean failed() {
    return problems.any();
  }

  /** @return every problem found so far, in document order, as one exception */
  FormatException failure() {
    return problems.failure();
  }

  /** Forgets the problems and locations of the last question, for reading the next. */
  void reset() {
    problems.clear();
    locations.clear();
  }

  /**
   * The value, or the exception with every problem found.
   *
   * @param value the value read, null if it could not be built
   * @param <T> its type
   * @return the value
   */
  <T> T result(@Nullable T value) {
    if (value == null || problems.any()) {
      if (!problems.any()) {
        tokens.problemHere("the document could not be read");
      }
      throw problems.failure();
    }
    return value;
  }

  // ---- locations ----

  Locations locations() {
    return locations;
  }

  /** @return the members met in the objects being read */
  Met met() {
    return met;
  }

  /**
   * Where a model path of the document was read, for {@link io.github.hindsight.spi.support.BankAssembler}.
   *
   * @return the locator
   */
  Locator locator() {
    return locations.locator(problems);
  }

  /**
   * Reports each validation error of a question, located at the value it names.
   *
   * @param q the question
   * @param o the question object
   */
  private void validate(Question q, ObjectReader o) {
    List<Problem> errors = q.validate().errors();
    if (errors.isEmpty()) {
      return;
    }
    String pointer = o.pointer();
    for (Problem e : errors) {
      String at = pointer + e.path().pointer();
      problems.add(locations.locate(at), at, e.message());
    }
  }

  // ---- structure ----

  /**
   * Moves to the first token, which must start an object.
   *
   * @param what what the object is, for the message
   * @return false (with a problem) if it does not
   */
  boolean startDocument(String what) {
    return tokens.startDocument(what);
  }

  /** Checks that nothing follows the top-level value. */
  void endDocument() {
    tokens.endDocument();
  }

  /**
   * Starts reading the object at the current token.
   *
   * @param table its members
   * @param header whether it is a document, which opens with the {@link Table#HEADER}
   * @return the object
   */
  ObjectReader begin(Table<?, ?> table, boolean header) {
    ObjectReader o = new ObjectReader(this, table, header, current);
    current = o;
    return o;
  }

  /**
   * Keeps an unknown member of the question being read, for lenient reading.
   *
   * @param o the object it is in
   * @param name its name
   * @param at where its name stands, packed
   */
  void keep(ObjectReader o, String name, long at) {
    StringWriter raw = new StringWriter();
    boolean once;
    try (JsonGenerator g = Json.LINES.createGenerator(ObjectWriteContext.empty(), raw)) {
      once = passNamingOnce(g);
    }
    if (!once) {
      // As for a member of the object given twice: the object is not built.
      o.failed();
      return;
    }
    try {
      String within = question == null ? "" : question.pointer();
      extras.add(Extra.builder().format(Json.EXTRA_FORMAT).location(o.pointer().substring(within.length()))
          .name(name).content(raw.toString()).build());
    } catch (InvalidModelException e) {
      problems.add(at, o.pointerOf(name), "cannot keep the member '" + ProblemList.excerpt(name) + "': " + e.getMessage());
    }
  }

  /**
   * Moves past the current value as {@link JsonParser#skipChildren()} does, copying it if asked,
   * and reports every name given twice in an object within it, as the tables do for the objects
   * of the format.
   *
   * @param copy where to copy the value, or null to skip it
   * @return false if a name was given twice
   */
  boolean passNamingOnce(@Nullable JsonGenerator copy) {
    JsonParser p = tokens.parser();
    // The names of each object open around the current token; null for an array.
    List<@Nullable Set<String>> open = new ArrayList<>();
    boolean once = true;
    JsonToken t = p.currentToken();
    while (true) {
      @Nullable Set<String> names = t == JsonToken.PROPERTY_NAME ? open.get(open.size() - 1) : null;
      if (names != null && !names.add(p.currentName())) {
        tokens.problemHere(JsonTokens.givenTwice(p.currentName(), "an object"));
        once = false;
      }
      if (copy != null) {
        copy.copyCurrentEvent(p);
      }
      if (t == JsonToken.START_OBJECT) {
        open.add(new HashSet<>());
      } else if (t == JsonToken.START_ARRAY) {
        open.add(null);
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open.remove(open.size() - 1);
      }
      if (open.isEmpty()) {
        return once;
      }
      t = p.nextToken();
    }
  }

  /**
   * Reports the current value as the wrong type and skips it.
   *
   * @param expected what was expected, such as {@code a string}
   */
  void typeError(String expected) {
    tokens.typeError(expected);
  }

  /**
   * The failure for a value of the wrong type at the parser's current token, such as a
   * {@code null} where an object is required.
   *
   * @param p the parser
   * @param expected what was expected, such as {@code an actor object}
   * @return the exception, with the value's location
   */
  public static FormatException typeErrorAt(JsonParser p, String expected) {
    QuestionReader r = new QuestionReader(p, Part.SOURCE, true, 0);
    r.typeError(expected);
    return r.failure();
  }

  // ---- values, as the tables name them ----

  /** A string that validation may point at, such as an id or a reference to one. */
  @Nullable String ref() {
    if (tokens.parser().currentToken() == JsonToken.VALUE_STRING) {
      locations.string(tokens, current == null ? -1 : current.entryNow());
      return tokens.parser().getString();
    }
    tokens.typeError("a string");
    return null;
  }

  <T> @Nullable List<T> list(String expected, ValueReader<T> element) {
    List<T> out = new ArrayList<>();
    return each(expected, element, out, List::add) ? out : null;
  }

  /**
   * Reads an array, handing each element on as it is read.
   *
   * @param expected what the array is, for the message when the value is none
   * @param element how each element is read
   * @param to what takes the elements
   * @param add how it takes one
   * @return false if the value is no array or an element could not be read
   */
  <B, E> boolean each(String expected, ValueReader<E> element, B to, BiConsumer<B, E> add) {
    if (!tokens.array(expected)) {
      return false;
    }
    JsonParser p = tokens.parser();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      E e = element.read(this);
      if (e == null) {
        ok = false;
      } else {
        add.accept(to, e);
      }
    }
    return ok;
  }

  <T> @Nullable T object(String what, ValueReader<T> value) {
    return tokens.object(what) ? value.read(this) : null;
  }

  // ---- the model ----

  /**
   * Reads the members of an object into the builder its table names, then builds it.
   *
   * @param table the object's members
   * @param o the object, begun
   * @return the value, or null if there were problems
   */
  <B, T> @Nullable T bind(Table<B, T> table, ObjectReader o) {
    B b = table.newBuilder();
    int i;
    while ((i = o.nextMember()) != ObjectReader.END) {
      Table.Member<B> member = table.member(i);
      if (member == null) {
        o.unknown();
      } else if (!member.read(this, b)) {
        o.failed();
      }
    }
    // The values after this object are within the one around it.
    current = o.within();
    return o.build(table, b);
  }

  /**
   * Reads the object at the current token, which starts it, as its table says.
   *
   * @param table its members
   * @return the value, or null if there were problems
   */
  <B, T> @Nullable T read(Table<B, T> table) {
    return bind(table, begin(table, false));
  }

  /**
   * Reads a question document at the current token: header, members, then validation.
   *
   * @return the question, or null if there were problems
   */
  @Nullable Question questionDocument() {
    ObjectReader o = begin(Members.QUESTION, true);
    if (o.header(List.of(Json.QUESTION)) == null) {
      return null;
    }
    return questionBody(o);
  }

  /**
   * Reads a question object of a bank at the current token, and validates it.
   *
   * @return the question, or null if there were problems
   */
  @Nullable Question questionInBank() {
    return questionBody(begin(Members.QUESTION, false));
  }

  /**
   * Reads the members of a question after its header, and validates it.
   *
   * @param o the question object
   * @return the question, or null if there were problems
   */
  @Nullable Question questionBody(ObjectReader o) {
    extras = new ArrayList<>();
    question = o;
    Question q = bind(Members.QUESTION, o);
    if (q != null) {
      validate(q, o);
    }
    return q;
  }

  /**
   * Reads the members of a topic, after its header if it has one.
   *
   * @param o the topic object
   * @return the topic, or null if there were problems
   */
  @Nullable Topic topicBody(ObjectReader o) {
    return bind(Members.TOPIC, o);
  }
}
