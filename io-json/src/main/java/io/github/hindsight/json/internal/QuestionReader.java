package io.github.hindsight.json.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Extra;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.ModelPath;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Problem;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import io.github.hindsight.spi.support.Locator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Maps the tokens of one parser to the model by hand, so that every problem gets the line,
 * column and JSON pointer of the value at fault. Reading goes on after a problem wherever the
 * document still makes sense, so that one report lists them all; only broken JSON stops it.
 *
 * <p>Not thread-safe: one reader per parser.
 */
public final class QuestionReader {
  private static final long NO_LOCATION = -1;

  private final JsonParser p;
  private final String source;
  private final boolean strict;
  private final int lineOffset;
  private final List<FormatProblem> problems = new ArrayList<>();
  /** Where values that validation may point at were read, by JSON pointer; line and column packed. */
  private final Map<String, Long> locations = new HashMap<>();
  private List<Extra> extras = new ArrayList<>();
  private String questionPointer = "";

  /**
   * Creates a reader.
   *
   * @param p the parser
   * @param source the document's name for locations
   * @param strict whether unknown members are refused (or kept)
   * @param lineOffset added to the parser's line numbers, for one line of JSON Lines
   */
  public QuestionReader(JsonParser p, String source, boolean strict, int lineOffset) {
    this.p = p;
    this.source = source;
    this.strict = strict;
    this.lineOffset = lineOffset;
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
    try {
      return step.run();
    } catch (JacksonIOException e) {
      throw e.getCause() != null ? e.getCause() : new IOException(e.getMessage(), e);
    } catch (JacksonException e) {
      fatal(e);
      throw failure();
    }
  }

  private void fatal(JacksonException e) {
    TokenStreamLocation at = e.getLocation() != null && e.getLocation() != TokenStreamLocation.NA ? e.getLocation() : p.currentLocation();
    String pointer;
    try {
      pointer = Json.pointer(p.streamReadContext());
    } catch (RuntimeException ignored) {
      pointer = "";
    }
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      message = "the document breaks a limit of Hindsight JSON: " + message;
    } else if (e instanceof UnexpectedEndOfInputException) {
      message = "the document ends too early: " + message;
    } else {
      message = "not valid JSON: " + message;
    }
    problems.add(FormatProblem.of(location(pack(at), pointer), message));
  }

  /** @return the document's name for locations */
  public String sourceName() {
    return source;
  }

  /** @return true if a problem has been found */
  public boolean failed() {
    return !problems.isEmpty();
  }

  /** @return every problem found so far, in document order, as one exception */
  public FormatException failure() {
    List<FormatProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((FormatProblem f) -> f.location().line().orElse(Integer.MAX_VALUE))
        .thenComparingInt(f -> f.location().column().orElse(Integer.MAX_VALUE)));
    return new FormatException(sorted);
  }

  /** Forgets the problems and locations of the last question, for reading the next. */
  public void reset() {
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
  public <T> T result(@Nullable T value) {
    if (value == null || !problems.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(FormatProblem.of(location(here(), pointer()), "the document could not be read"));
      }
      throw failure();
    }
    return value;
  }

  // ---- locations ----

  private long here() {
    return pack(p.currentTokenLocation());
  }

  private long pack(@Nullable TokenStreamLocation l) {
    if (l == null || l.getLineNr() < 1) {
      return NO_LOCATION;
    }
    return ((long) (l.getLineNr() + lineOffset) << 32) | (Math.max(l.getColumnNr(), 1) & 0xffffffffL);
  }

  private String pointer() {
    return Json.pointer(p.streamReadContext());
  }

  private Location location(long at, String pointer) {
    Location.Builder b = Location.builder().source(source);
    if (at != NO_LOCATION) {
      b.line((int) (at >>> 32)).column((int) at);
    }
    if (!pointer.isEmpty()) {
      b.pointer(pointer);
    }
    return b.build();
  }

  /**
   * Records a problem.
   *
   * @param at packed line and column
   * @param pointer JSON pointer
   * @param message what was found and what was expected
   */
  void problem(long at, String pointer, String message) {
    problems.add(FormatProblem.of(location(at, pointer), message));
  }

  /**
   * Records a problem at the current token.
   *
   * @param message what was found and what was expected
   */
  public void problemHere(String message) {
    problem(here(), pointer(), message);
  }

  /** The nearest recorded location at or above a pointer. */
  private long locate(String pointer) {
    String at = pointer;
    while (true) {
      Long l = locations.get(at);
      if (l != null) {
        return l;
      }
      int slash = at.lastIndexOf('/');
      if (slash < 0) {
        return NO_LOCATION;
      }
      at = at.substring(0, slash);
    }
  }

  /**
   * A model path such as {@code objectives[3].actors[0]} as a JSON pointer, {@code /objectives/3/actors/0}.
   *
   * @param path the model path
   * @return the pointer
   */
  public static String toPointer(ModelPath path) {
    return path.pointer();
  }

  /**
   * Where a model path of the document was read, for {@link io.github.hindsight.spi.support.BankAssembler}:
   * the line and column of the value, or of the nearest enclosing value read, with its pointer.
   *
   * @return the locator
   */
  public Locator locator() {
    return path -> {
      String at = toPointer(path);
      return location(locate(at), at);
    };
  }

  /**
   * Reports each validation error of a question, located at the value it names.
   *
   * @param q the question
   * @param pointer the pointer of the question object
   */
  public void validate(Question q, String pointer) {
    for (Problem e : q.validate().errors()) {
      String at = pointer + toPointer(e.path());
      problem(locate(at), at, e.message());
    }
  }

  // ---- structure ----

  /**
   * Moves to the first token, which must start an object.
   *
   * @param what what the object is, for the message
   * @return false (with a problem) if it does not
   */
  public boolean startDocument(String what) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    // An empty document has nothing to point at but its start.
    problem(t == null ? (1L << 32) | 1 : here(), "", t == null
        ? "the document is empty; expected " + what
        : "expected " + what + " but found " + describe());
    return false;
  }

  /** Checks that nothing follows the top-level value. */
  public void endDocument() {
    JsonToken t = p.nextToken();
    if (t != null) {
      problem(here(), "", "expected the end of the document but found " + describe());
    }
  }

  /** An object being read: its members so far and where they were. */
  public final class Obj {
    private String what;
    private List<String> members;
    private final long start;
    final String pointer;
    private boolean keepable;
    private final List<String> names = new ArrayList<>(8);
    private final List<Long> at = new ArrayList<>(8);
    private boolean ok = true;

    Obj(String what, List<String> members, boolean keepable) {
      this.what = what;
      this.members = members;
      this.keepable = keepable;
      this.start = here();
      this.pointer = QuestionReader.this.pointer();
      locations.put(pointer, start);
    }

    /**
     * Moves to the value of the next member.
     *
     * @return its name, or null at the end of the object
     */
    public @Nullable String next() {
      String name = p.nextName();
      if (name == null) {
        return null;
      }
      names.add(name);
      at.add(here());
      p.nextToken();
      return name;
    }

    /**
     * Says what the object turned out to be, once its header has been read.
     *
     * @param what what it is, for messages
     * @param members the members the format defines for it
     * @param keepable whether lenient reading may keep its unknown members
     */
    public void as(String what, List<String> members, boolean keepable) {
      this.what = what;
      this.members = members;
      this.keepable = keepable;
    }

    /** @return the pointer of the object */
    public String pointer() {
      return pointer;
    }

    private long where(String member) {
      int i = names.lastIndexOf(member);
      return i < 0 ? start : at.get(i);
    }

    private String pointerOf(String member) {
      return pointer + "/" + QuestionWriter.escape(member);
    }

    /** Refuses or keeps the current member, which the format does not define here. */
    public void unknown() {
      String name = names.get(names.size() - 1);
      if (strict || !keepable) {
        problem(at.get(at.size() - 1), pointerOf(name), "unknown member '" + name + "' in " + what + "; expected "
            + (members.isEmpty() ? "no members" : "one of " + String.join(", ", members))
            + (strict ? "" : " (only a question keeps unknown members when read leniently)"));
        p.skipChildren();
        return;
      }
      StringWriter raw = new StringWriter();
      try (JsonGenerator g = Json.LINES.createGenerator(ObjectWriteContext.empty(), raw)) {
        g.copyCurrentStructure(p);
      }
      try {
        extras.add(Extra.builder().format(Json.EXTRA_FORMAT).location(pointer.substring(questionPointer.length()))
            .name(name).content(raw.toString()).build());
      } catch (InvalidModelException e) {
        problem(at.get(at.size() - 1), pointerOf(name), "cannot keep the member '" + name + "': " + e.getMessage());
      }
    }

    /** Skips the rest of the object. */
    void skipRest() {
      while (next() != null) {
        p.skipChildren();
      }
    }

    <T> void set(@Nullable T value, Consumer<T> setter) {
      if (value == null) {
        ok = false;
      } else {
        setter.accept(value);
      }
    }

    /**
     * Builds the value if every required member is there and nothing failed; a refused
     * construction becomes a problem at the member it names.
     */
    <T> @Nullable T build(Supplier<T> builder, String... required) {
      for (String r : required) {
        if (!names.contains(r)) {
          problem(start, pointer, "missing member '" + r + "' in " + what);
          ok = false;
        }
      }
      if (!ok) {
        return null;
      }
      try {
        return builder.get();
      } catch (InvalidModelException e) {
        String member = e.path().segments().isEmpty() || !(e.path().segments().get(0) instanceof ModelPath.Member m) ? "" : m.name();
        problem(where(member), pointer + toPointer(e.path()), e.getMessage());
        return null;
      }
    }
  }

  /**
   * Starts reading the object at the current token.
   *
   * @param what what it is, for messages, such as {@code an actor}
   * @param members the members the format defines for it
   * @return the object
   */
  public Obj begin(String what, List<String> members) {
    return new Obj(what, members, true);
  }

  /**
   * Starts reading an object that cannot keep unknown members, such as a bank or a topic.
   *
   * @param what what it is, for messages
   * @param members the members the format defines for it
   * @return the object
   */
  public Obj beginClosed(String what, List<String> members) {
    return new Obj(what, members, false);
  }

  /**
   * Reads {@code format} and {@code version}, which open every document.
   *
   * @param o the document object, just begun
   * @param accepted the formats allowed here
   * @return the format, or null (with a problem) if the header is missing, unknown or too new
   */
  public @Nullable String header(Obj o, List<String> accepted) {
    String expected = accepted.stream().map(f -> "'" + f + "'").collect(Collectors.joining(" or "));
    String n = o.next();
    if (!"format".equals(n)) {
      problem(n == null ? o.start : o.at.get(0), o.pointer, "expected the member 'format' first, with the value " + expected
          + ", but found " + (n == null ? "an empty object" : "the member '" + n + "'"));
      return null;
    }
    String format = str();
    if (format == null) {
      return null;
    }
    if (!accepted.contains(format)) {
      problemHere("unknown format '" + format + "'; expected " + expected);
      return null;
    }
    n = o.next();
    if (!"version".equals(n)) {
      problem(n == null ? o.start : o.at.get(1), o.pointer, "expected the member 'version' after 'format' but found "
          + (n == null ? "the end of the object" : "the member '" + n + "'"));
      return null;
    }
    Integer version = integer();
    if (version == null) {
      return null;
    }
    if (version > Json.VERSION) {
      problemHere("version " + version + " of '" + format + "' is newer than this Hindsight reads (up to version "
          + Json.VERSION + "); read it with a newer Hindsight");
      return null;
    }
    if (version < 1) {
      problemHere("expected a version from 1 to " + Json.VERSION + " but found " + version);
      return null;
    }
    return format;
  }

  // ---- scalars ----

  private String describe() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        String s = p.getString();
        return "the string \"" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + p.getString();
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? t.name() : "'" + t.asString() + "'";
    }
  }

  /**
   * Reports the current value as the wrong type and skips it.
   *
   * @param expected what was expected, such as {@code a string}
   */
  public void typeError(String expected) {
    problemHere("expected " + expected + " but found " + describe());
    p.skipChildren();
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

  @Nullable String str() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    typeError("a string");
    return null;
  }

  /** A string that validation may point at, such as an id or a reference to one. */
  @Nullable String ref() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      locations.put(pointer(), here());
      return p.getString();
    }
    typeError("a string");
    return null;
  }

  private <E> @Nullable E word(Function<String, E> fromWord) {
    String s = str();
    if (s == null) {
      return null;
    }
    try {
      return fromWord.apply(s);
    } catch (IllegalArgumentException e) {
      problemHere(e.getMessage());
      return null;
    }
  }

  private @Nullable HistoricalDate date() {
    String s = str();
    if (s == null) {
      return null;
    }
    try {
      return HistoricalDate.parse(s);
    } catch (IllegalArgumentException e) {
      problemHere(e.getMessage());
      return null;
    }
  }

  @Nullable Integer integer() {
    if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    typeError("a whole number");
    return null;
  }

  private @Nullable Double number() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    typeError("a number");
    return null;
  }

  private @Nullable Boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    typeError("true or false");
    return null;
  }

  private @Nullable List<String> strings(boolean refs) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      typeError("an array of strings");
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String s = refs ? ref() : str();
      if (s == null) {
        ok = false;
      } else {
        out.add(s);
      }
    }
    return ok ? out : null;
  }

  private @Nullable Map<String, String> stringMap() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      typeError("an object of strings");
      return null;
    }
    Map<String, String> out = new java.util.LinkedHashMap<>();
    boolean ok = true;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      String s = str();
      if (s == null) {
        ok = false;
      } else {
        out.put(name, s);
      }
    }
    return ok ? out : null;
  }

  private <T> @Nullable List<T> list(String what, Supplier<@Nullable T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      typeError("an array of " + what);
      return null;
    }
    List<T> out = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      T t = null;
      if (p.currentToken() == JsonToken.START_OBJECT) {
        t = element.get();
      } else {
        typeError("an object");
      }
      if (t == null) {
        ok = false;
      } else {
        out.add(t);
      }
    }
    return ok ? out : null;
  }

  private <T> @Nullable T object(String what, Supplier<@Nullable T> reader) {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return reader.get();
    }
    typeError(what);
    return null;
  }

  // ---- the model ----

  /**
   * Reads a question document at the current token: header, members, then validation.
   *
   * @return the question, or null if there were problems
   */
  public @Nullable Question questionDocument() {
    Obj o = begin("a question", Json.QUESTION_MEMBERS);
    if (header(o, List.of(Json.QUESTION)) == null) {
      return null;
    }
    return questionBody(o);
  }

  /**
   * Reads a question object of a bank at the current token, and validates it.
   *
   * @return the question, or null if there were problems
   */
  public @Nullable Question questionInBank() {
    Obj o = begin("a question", Json.QUESTION_MEMBERS.subList(2, Json.QUESTION_MEMBERS.size()));
    return questionBody(o);
  }

  /**
   * Reads the members of a question after its header, and validates it.
   *
   * @param o the question object
   * @return the question, or null if there were problems
   */
  public @Nullable Question questionBody(Obj o) {
    Question.Builder b = Question.builder();
    extras = new ArrayList<>();
    questionPointer = o.pointer;
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "prompt" -> o.set(str(), b::prompt);
        case "kind" -> o.set(word(QuestionKind::fromWord), b::kind);
        case "kindLabel" -> o.set(str(), b::kindLabel);
        case "topic" -> o.set(ref(), b::topic);
        case "guidance" -> o.set(strings(false), b::guidance);
        case "actors" -> o.set(list("actors", this::actor), b::actors);
        case "objectives" -> o.set(list("objectives", this::objective), b::objectives);
        case "consequences" -> o.set(list("consequences", this::consequence), b::consequences);
        case "evidence" -> o.set(list("evidence", this::evidence), b::evidence);
        case "perceptions" -> o.set(list("perceptions", this::perception), b::perceptions);
        case "sources" -> o.set(list("sources", this::source), b::sources);
        case "interpretations" -> o.set(list("interpretations", this::interpretation), b::interpretations);
        case "criteria" -> o.set(list("criteria", this::criterion), b::criteria);
        case "exam" -> o.set(object("an object for the exam", this::exam), b::exam);
        case "tags" -> o.set(strings(false), b::tags);
        default -> o.unknown();
      }
    }
    List<Extra> kept = extras;
    Question q = o.build(() -> b.extras(kept).build(), "id", "prompt");
    if (q != null) {
      validate(q, o.pointer);
    }
    return q;
  }

  @Nullable Actor actor() {
    Obj o = begin("an actor", Json.ACTOR_MEMBERS);
    Actor.Builder b = Actor.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "name" -> o.set(str(), b::name);
        case "kind" -> o.set(word(ActorKind::fromWord), b::kind);
        case "representatives" -> o.set(strings(false), b::representatives);
        case "identifiers" -> o.set(stringMap(), b::identifiers);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "name");
  }

  @Nullable Objective objective() {
    Obj o = begin("an objective", Json.OBJECTIVE_MEMBERS);
    Objective.Builder b = Objective.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "actors" -> o.set(strings(true), b::actors);
        case "statement" -> o.set(str(), b::statement);
        case "horizon" -> o.set(word(Horizon::fromWord), b::horizon);
        case "importance" -> o.set(word(Importance::fromWord), b::importance);
        case "basis" -> o.set(word(Basis::fromWord), b::basis);
        case "outcome" -> o.set(object("an object for the outcome", this::outcome), b::outcome);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "statement", "outcome");
  }

  @Nullable Outcome outcome() {
    Obj o = begin("an outcome", Json.OUTCOME_MEMBERS);
    Outcome.Builder b = Outcome.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "status" -> o.set(word(OutcomeStatus::fromWord), b::status);
        case "rationale" -> o.set(str(), b::rationale);
        case "evidence" -> o.set(strings(true), b::evidence);
        case "statusBeforeEvidence" -> o.set(word(OutcomeStatus::fromWord), b::statusBeforeEvidence);
        case "readings" -> o.set(list("readings", this::reading), b::readings);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "status");
  }

  @Nullable Reading reading() {
    Obj o = begin("a reading", Json.READING_MEMBERS);
    Reading.Builder b = Reading.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "intent" -> o.set(str(), b::intent);
        case "status" -> o.set(word(OutcomeStatus::fromWord), b::status);
        case "rationale" -> o.set(str(), b::rationale);
        case "evidence" -> o.set(strings(true), b::evidence);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "intent", "status");
  }

  @Nullable Consequence consequence() {
    Obj o = begin("a consequence", Json.CONSEQUENCE_MEMBERS);
    Consequence.Builder b = Consequence.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "statement" -> o.set(str(), b::statement);
        case "date" -> o.set(date(), b::date);
        case "horizon" -> o.set(word(Horizon::fromWord), b::horizon);
        case "effects" -> o.set(list("effects", this::effect), b::effects);
        case "balanceOfPower" -> o.set(bool(), b::balanceOfPower);
        case "evidence" -> o.set(strings(true), b::evidence);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "statement");
  }

  @Nullable ActorEffect effect() {
    Obj o = begin("an effect", Json.EFFECT_MEMBERS);
    ActorEffect.Builder b = ActorEffect.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "actor" -> o.set(ref(), b::actor);
        case "effect" -> o.set(word(Effect::fromWord), b::effect);
        case "note" -> o.set(str(), b::note);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "actor", "effect");
  }

  @Nullable Evidence evidence() {
    Obj o = begin("a piece of evidence", Json.EVIDENCE_MEMBERS);
    Evidence.Builder b = Evidence.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "statement" -> o.set(str(), b::statement);
        case "date" -> o.set(date(), b::date);
        case "source" -> o.set(ref(), b::source);
        case "knownFrom" -> o.set(date(), b::knownFrom);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "statement");
  }

  @Nullable Perception perception() {
    Obj o = begin("a perception", Json.PERCEPTION_MEMBERS);
    Perception.Builder b = Perception.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "actor" -> o.set(ref(), b::actor);
        case "heldBy" -> o.set(str(), b::heldBy);
        case "statement" -> o.set(str(), b::statement);
        case "view" -> o.set(word(Effect::fromWord), b::view);
        case "period" -> o.set(word(Period::fromWord), b::period);
        case "date" -> o.set(date(), b::date);
        case "evidence" -> o.set(strings(true), b::evidence);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "actor", "heldBy", "statement", "view");
  }

  @Nullable Source source() {
    Obj o = begin("a source", Json.SOURCE_MEMBERS);
    Source.Builder b = Source.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "title" -> o.set(str(), b::title);
        case "author" -> o.set(str(), b::author);
        case "date" -> o.set(date(), b::date);
        case "locator" -> o.set(str(), b::locator);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "title");
  }

  @Nullable Interpretation interpretation() {
    Obj o = begin("an interpretation", Json.INTERPRETATION_MEMBERS);
    Interpretation.Builder b = Interpretation.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "claim" -> o.set(str(), b::claim);
        case "favours" -> o.set(strings(true), b::favours);
        case "provenance" -> o.set(object("an object for the provenance", this::provenance), b::provenance);
        case "supportingEvidence" -> o.set(strings(true), b::supportingEvidence);
        case "challengingEvidence" -> o.set(strings(true), b::challengingEvidence);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "claim");
  }

  @Nullable Provenance provenance() {
    Obj o = begin("a provenance", Json.PROVENANCE_MEMBERS);
    Provenance.Builder b = Provenance.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "author" -> o.set(str(), b::author);
        case "work" -> o.set(str(), b::work);
        case "date" -> o.set(date(), b::date);
        case "school" -> o.set(str(), b::school);
        case "nature" -> o.set(str(), b::nature);
        case "origin" -> o.set(str(), b::origin);
        case "purpose" -> o.set(str(), b::purpose);
        default -> o.unknown();
      }
    }
    return o.build(b::build);
  }

  @Nullable Criterion criterion() {
    Obj o = begin("a criterion", Json.CRITERION_MEMBERS);
    Criterion.Builder b = Criterion.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "name" -> o.set(str(), b::name);
        case "description" -> o.set(str(), b::description);
        case "weight" -> o.set(number(), b::weight);
        case "measure" -> o.set(word(Measure::fromWord), b::measure);
        case "customMeasure" -> o.set(str(), b::customMeasure);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "name", "measure");
  }

  @Nullable ExamMetadata exam() {
    Obj o = begin("the exam", Json.EXAM_MEMBERS);
    ExamMetadata.Builder b = ExamMetadata.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "board" -> o.set(str(), b::board);
        case "paper" -> o.set(str(), b::paper);
        case "commandWord" -> o.set(str(), b::commandWord);
        case "marks" -> o.set(integer(), b::marks);
        case "assessmentObjectives" -> o.set(strings(false), b::assessmentObjectives);
        case "interpretations" -> o.set(list("labelled interpretations", this::labelled), b::interpretations);
        case "levels" -> o.set(list("levels", this::level), b::levels);
        case "indicativeContent" -> o.set(strings(false), b::indicativeContent);
        default -> o.unknown();
      }
    }
    return o.build(b::build);
  }

  @Nullable LabelledInterpretation labelled() {
    Obj o = begin("a labelled interpretation", Json.LABELLED_MEMBERS);
    LabelledInterpretation.Builder b = LabelledInterpretation.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "label" -> o.set(str(), b::label);
        case "interpretation" -> o.set(ref(), b::interpretation);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "label", "interpretation");
  }

  @Nullable LevelDescriptor level() {
    Obj o = begin("a level", Json.LEVEL_MEMBERS);
    LevelDescriptor.Builder b = LevelDescriptor.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "level" -> o.set(integer(), b::level);
        case "minMarks" -> o.set(integer(), b::minMarks);
        case "maxMarks" -> o.set(integer(), b::maxMarks);
        case "descriptor" -> o.set(str(), b::descriptor);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "level", "minMarks", "maxMarks", "descriptor");
  }

  /**
   * Reads the topics of a bank at the current token.
   *
   * @return the topics, or null if there were problems
   */
  public @Nullable List<Topic> topics() {
    return list("topics", () -> topicBody(beginClosed("a topic", Json.TOPIC_MEMBERS)));
  }

  /**
   * Reads the members of a topic, after its header if it has one.
   *
   * @param o the topic object
   * @return the topic, or null if there were problems
   */
  public @Nullable Topic topicBody(Obj o) {
    Topic.Builder b = Topic.builder();
    String n;
    while ((n = o.next()) != null) {
      switch (n) {
        case "id" -> o.set(ref(), b::id);
        case "title" -> o.set(str(), b::title);
        case "period" -> o.set(str(), b::period);
        case "course" -> o.set(str(), b::course);
        case "relatedTopics" -> o.set(strings(true), b::relatedTopics);
        case "relatedQuestions" -> o.set(strings(true), b::relatedQuestions);
        default -> o.unknown();
      }
    }
    return o.build(b::build, "id", "title");
  }

  /**
   * Reads the questions of a bank at the current token.
   *
   * @return the questions, or null if there were problems
   */
  public @Nullable List<Question> questions() {
    return list("questions", this::questionInBank);
  }
}
