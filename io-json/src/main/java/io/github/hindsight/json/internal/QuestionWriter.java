package io.github.hindsight.json.internal;

import static io.github.hindsight.json.internal.MemberNames.*;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Extra;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Quantity;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Representative;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import io.github.hindsight.spi.FormatProblem;
import io.github.hindsight.spi.Location;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;

/**
 * Writes the model with a {@link JsonGenerator}, member by member in the model's order. Empty
 * optionals, empty lists and empty texts are left out; everything else is written, defaults too,
 * so that a document says what it means without the reader knowing the defaults.
 */
public final class QuestionWriter {
  final JsonGenerator g;
  /** Kept unknown members by the pointer of their object; empty for almost every question. */
  private final Map<String, List<Extra>> extras;
  /** The pointer of the question object in the whole document, found when it is started. */
  private @Nullable String prefix;
  /** What the kept members need, made only for a question that has some. */
  private final Set<String> placed;
  private final Set<String> clashes;
  private final List<Object[]> current;

  private QuestionWriter(JsonGenerator g, Map<String, List<Extra>> extras) {
    this.g = g;
    this.extras = extras;
    boolean kept = !extras.isEmpty();
    this.placed = kept ? new HashSet<>() : Set.of();
    this.clashes = kept ? new HashSet<>() : Set.of();
    this.current = kept ? new ArrayList<>() : List.of();
  }

  /**
   * A writer for one part of a question on its own, such as an actor, which has no kept members.
   *
   * @param g where to write
   * @return the writer
   */
  static QuestionWriter standalone(JsonGenerator g) {
    return new QuestionWriter(g, Map.of());
  }

  /**
   * Writes a question document: the question with {@code format} and {@code version} first.
   *
   * @param question the question
   * @param g where to write
   */
  public static void writeDocument(Question question, JsonGenerator g) {
    write(question, g, true);
  }

  /**
   * Writes a question object without the header, as it stands in a bank.
   *
   * @param question the question
   * @param g where to write
   */
  public static void writeInBank(Question question, JsonGenerator g) {
    write(question, g, false);
  }

  private static void write(Question question, JsonGenerator g, boolean header) {
    Map<String, List<Extra>> extras = Map.of();
    if (!question.extras().isEmpty()) {
      check(question);
      extras = byLocation(question.extras());
    }
    new QuestionWriter(g, extras).question(question, header);
  }

  /**
   * Refuses a question whose kept members this format cannot put back, before anything is
   * written: members kept by another format, content that is not one JSON value, a name the
   * format itself uses, or a place where the question has no object.
   */
  static void check(Question question) {
    List<FormatProblem> problems = new ArrayList<>();
    String source = "question '" + question.id() + "'";
    Set<String> seen = new HashSet<>();
    for (Extra extra : question.extras()) {
      Location at = Location.atPointer(source, extra.location() + "/" + escape(extra.name()));
      if (!extra.format().equals(Json.EXTRA_FORMAT)) {
        problems.add(FormatProblem.of(at, "an extra kept by the '" + extra.format()
            + "' format cannot be written as JSON; expected only extras of the 'json' format"));
        continue;
      }
      if (!seen.add(extra.location() + "\u0000" + extra.name())) {
        problems.add(FormatProblem.of(at, "the extra '" + extra.name() + "' is kept twice for the same object"));
      }
      if (!isOneValue(extra.content())) {
        problems.add(FormatProblem.of(at, "the content of the extra '" + extra.name() + "' is not one JSON value: " + abbreviate(extra.content())));
      }
    }
    if (problems.isEmpty()) {
      // A dry run finds the extras whose object the question does not have, or whose name it uses.
      QuestionWriter dry = new QuestionWriter(
          Json.LINES.createGenerator(ObjectWriteContext.empty(), OutputStream.nullOutputStream()),
          byLocation(question.extras()));
      dry.question(question, true);
      for (Extra extra : question.extras()) {
        String key = extra.location() + "\u0000" + extra.name();
        if (!dry.placed.contains(key)) {
          Location at = Location.atPointer(source, extra.location() + "/" + escape(extra.name()));
          problems.add(FormatProblem.of(at, dry.clashes.contains(key)
              ? "the extra '" + extra.name() + "' has the name of a member the format defines; it would be read back as that member"
              : "the question has no object at '" + extra.location() + "' to hold the extra '" + extra.name() + "'"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems);
    }
  }

  private static Map<String, List<Extra>> byLocation(List<Extra> extras) {
    Map<String, List<Extra>> map = new LinkedHashMap<>();
    for (Extra e : extras) {
      map.computeIfAbsent(e.location(), k -> new ArrayList<>()).add(e);
    }
    return map;
  }

  private static boolean isOneValue(String content) {
    try (JsonParser p = Json.CONTENT.createParser(ObjectReadContext.empty(), content)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (JacksonException e) {
      return false;
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Writes a bank document; a question whose kept members cannot be written is refused before
   * anything is written.
   *
   * @param bank the bank
   * @param g where to write
   */
  public static void writeBank(QuestionBank bank, JsonGenerator g) {
    // Refused before the first byte, not half way through the bank.
    for (Question q : bank.questions()) {
      if (!q.extras().isEmpty()) {
        check(q);
      }
    }
    g.writeStartObject();
    header(g, Json.BANK);
    if (!bank.topics().isEmpty()) {
      g.writeName(TOPICS);
      g.writeStartArray();
      for (Topic t : bank.topics()) {
        topic(t, g, false);
      }
      g.writeEndArray();
    }
    g.writeName(QUESTIONS);
    g.writeStartArray();
    for (Question q : bank.questions()) {
      writeInBank(q, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * Writes a topic, as a line of JSON Lines ({@code header}) or in a bank.
   *
   * @param t the topic
   * @param g where to write
   * @param header whether to write {@code format} and {@code version} first
   */
  public static void topic(Topic t, JsonGenerator g, boolean header) {
    g.writeStartObject();
    if (header) {
      header(g, Json.TOPIC);
    }
    property(g, ID, t.id());
    property(g, TITLE, t.title());
    optional(g, PERIOD, t.period());
    optional(g, COURSE, t.course());
    strings(g, RELATED_TOPICS, t.relatedTopics());
    strings(g, RELATED_QUESTIONS, t.relatedQuestions());
    g.writeEndObject();
  }

  static void header(JsonGenerator g, String format) {
    property(g, FORMAT, format);
    g.writeName(VERSION);
    g.writeNumber(Json.VERSION);
  }

  private void start(List<String> members) {
    g.writeStartObject();
    if (!extras.isEmpty()) {
      current.add(new Object[] {here(), members});
    }
  }

  /** Puts back the unknown members kept for this object, after the members the format defines. */
  private void end() {
    if (!extras.isEmpty()) {
      Object[] frame = current.remove(current.size() - 1);
      String at = (String) frame[0];
      @SuppressWarnings("unchecked")
      List<String> members = (List<String>) frame[1];
      for (Extra extra : extras.getOrDefault(at, List.of())) {
        String key = at + "\u0000" + extra.name();
        if (members.contains(extra.name())) {
          clashes.add(key);
          continue;
        }
        g.writeName(extra.name());
        try (JsonParser p = Json.LINES.createParser(ObjectReadContext.empty(), extra.content())) {
          p.nextToken();
          g.copyCurrentStructure(p);
        }
        placed.add(key);
      }
    }
    g.writeEndObject();
  }

  private boolean wanted(String member) {
    return !extras.isEmpty() && extras.containsKey(here() + "/" + member);
  }

  /** The pointer of the current object relative to the question. */
  private String here() {
    String full = Json.pointer(g.streamWriteContext());
    if (prefix == null) {
      prefix = full;
    }
    return full.substring(prefix.length());
  }

  private void question(Question q, boolean header) {
    start(Members.QUESTION.namesWithHeader());
    if (header) {
      header(g, Json.QUESTION);
    }
    property(g, ID, q.id());
    property(g, PROMPT, q.prompt());
    property(g, KIND, q.kind().word());
    optional(g, KIND_LABEL, q.kindLabel());
    optional(g, TOPIC, q.topic());
    strings(g, GUIDANCE, q.guidance());
    array(ACTORS, q.actors(), QuestionWriter::actor);
    array(OBJECTIVES, q.objectives(), QuestionWriter::objective);
    array(CONSEQUENCES, q.consequences(), QuestionWriter::consequence);
    array(EVIDENCE, q.evidence(), QuestionWriter::evidence);
    array(PERCEPTIONS, q.perceptions(), QuestionWriter::perception);
    array(SOURCES, q.sources(), QuestionWriter::source);
    array(INTERPRETATIONS, q.interpretations(), QuestionWriter::interpretation);
    array(CRITERIA, q.criteria(), QuestionWriter::criterion);
    if (q.exam().isPresent()) {
      g.writeName(EXAM);
      exam(q.exam().get());
    }
    strings(g, TAGS, q.tags());
    end();
  }

  void actor(Actor a) {
    start(Members.ACTOR.names());
    property(g, ID, a.id());
    property(g, NAME, a.name());
    property(g, KIND, a.kind().word());
    property(g, ROLE, a.role().word());
    strings(g, MEMBERS, a.members());
    array(REPRESENTATIVES, a.representatives(), QuestionWriter::representative);
    if (!a.identifiers().isEmpty()) {
      g.writeName(IDENTIFIERS);
      g.writeStartObject();
      for (Map.Entry<String, String> e : a.identifiers().entrySet()) {
        g.writeStringProperty(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    end();
  }

  /** A representative without a period as its name alone, as documents have always had it. */
  void representative(Representative r) {
    if (r.from().isEmpty() && r.until().isEmpty()) {
      g.writeString(r.name());
      return;
    }
    start(Members.REPRESENTATIVE.names());
    property(g, NAME, r.name());
    date(g, FROM, r.from());
    date(g, UNTIL, r.until());
    end();
  }

  void objective(Objective o) {
    start(Members.OBJECTIVE.names());
    property(g, ID, o.id());
    strings(g, ACTORS, o.actors());
    property(g, STATEMENT, o.statement());
    property(g, HORIZON, o.horizon().word());
    property(g, IMPORTANCE, o.importance().word());
    property(g, BASIS, o.basis().word());
    g.writeName(OUTCOME);
    outcome(o.outcome());
    end();
  }

  void outcome(Outcome o) {
    start(Members.OUTCOME.names());
    property(g, STATUS, o.status().word());
    text(g, RATIONALE, o.rationale());
    strings(g, EVIDENCE, o.evidence());
    statusBeforeEvidence(o.statusBeforeEvidence());
    array(READINGS, o.readings(), QuestionWriter::reading);
    end();
  }

  void reading(Reading r) {
    start(Members.READING.names());
    property(g, ID, r.id());
    property(g, INTENT, r.intent());
    property(g, STATUS, r.status().word());
    text(g, RATIONALE, r.rationale());
    strings(g, EVIDENCE, r.evidence());
    statusBeforeEvidence(r.statusBeforeEvidence());
    end();
  }

  private void statusBeforeEvidence(Optional<OutcomeStatus> status) {
    if (status.isPresent()) {
      property(g, STATUS_BEFORE_EVIDENCE, status.get().word());
    }
  }

  void consequence(Consequence c) {
    start(Members.CONSEQUENCE.names());
    property(g, ID, c.id());
    property(g, STATEMENT, c.statement());
    date(g, DATE, c.date());
    property(g, HORIZON, c.horizon().word());
    array(EFFECTS, c.effects(), QuestionWriter::effect);
    g.writeName(BALANCE_OF_POWER);
    g.writeBoolean(c.balanceOfPower());
    strings(g, EVIDENCE, c.evidence());
    end();
  }

  void effect(ActorEffect e) {
    start(Members.EFFECT.names());
    property(g, ACTOR, e.actor());
    property(g, EFFECT, e.effect().word());
    text(g, NOTE, e.note());
    end();
  }

  void evidence(Evidence e) {
    start(Members.EVIDENCE.names());
    property(g, ID, e.id());
    property(g, STATEMENT, e.statement());
    date(g, DATE, e.date());
    array(QUANTITIES, e.quantities(), QuestionWriter::quantity);
    optional(g, SOURCE, e.source());
    date(g, KNOWN_FROM, e.knownFrom());
    end();
  }

  void quantity(Quantity q) {
    start(Members.QUANTITY.names());
    g.writeName(VALUE);
    // Plain digits, never an exponent: the shortest exact form the model keeps.
    g.writeNumber(q.value().toPlainString());
    property(g, UNIT, q.unit());
    g.writeName(APPROXIMATE);
    g.writeBoolean(q.approximate());
    end();
  }

  void perception(Perception p) {
    start(Members.PERCEPTION.names());
    property(g, ID, p.id());
    property(g, ACTOR, p.actor());
    property(g, HELD_BY, p.heldBy());
    property(g, STATEMENT, p.statement());
    property(g, VIEW, p.view().word());
    property(g, PERIOD, p.period().word());
    date(g, DATE, p.date());
    strings(g, EVIDENCE, p.evidence());
    end();
  }

  void source(Source s) {
    start(Members.SOURCE.names());
    property(g, ID, s.id());
    property(g, TITLE, s.title());
    optional(g, AUTHOR, s.author());
    date(g, DATE, s.date());
    optional(g, LOCATOR, s.locator());
    end();
  }

  void interpretation(Interpretation i) {
    start(Members.INTERPRETATION.names());
    property(g, ID, i.id());
    property(g, CLAIM, i.claim());
    strings(g, FAVOURS, i.favours());
    if (i.stance().isPresent()) {
      property(g, STANCE, i.stance().get().word());
    }
    optional(g, SOURCE, i.source());
    Provenance p = i.provenance();
    // An empty provenance is the default, so leaving it out reads back equal.
    if (!p.equals(Provenance.builder().build()) || wanted("provenance")) {
      g.writeName(PROVENANCE);
      provenance(p);
    }
    strings(g, SUPPORTING_EVIDENCE, i.supportingEvidence());
    strings(g, CHALLENGING_EVIDENCE, i.challengingEvidence());
    end();
  }

  void provenance(Provenance p) {
    start(Members.PROVENANCE.names());
    optional(g, AUTHOR, p.author());
    optional(g, WORK, p.work());
    date(g, DATE, p.date());
    optional(g, SCHOOL, p.school());
    optional(g, NATURE, p.nature());
    optional(g, ORIGIN, p.origin());
    optional(g, PURPOSE, p.purpose());
    end();
  }

  void criterion(Criterion c) {
    start(Members.CRITERION.names());
    property(g, ID, c.id());
    property(g, NAME, c.name());
    text(g, DESCRIPTION, c.description());
    g.writeName(WEIGHT);
    g.writeNumber(c.weight());
    property(g, MEASURE, c.measure().word());
    optional(g, CUSTOM_MEASURE, c.customMeasure());
    end();
  }

  void exam(ExamMetadata e) {
    start(Members.EXAM.names());
    optional(g, BOARD, e.board());
    optional(g, PAPER, e.paper());
    optional(g, COMMAND_WORD, e.commandWord());
    if (e.marks().isPresent()) {
      g.writeName(MARKS);
      g.writeNumber(e.marks().getAsInt());
    }
    strings(g, ASSESSMENT_OBJECTIVES, e.assessmentObjectives());
    array(INTERPRETATIONS, e.interpretations(), QuestionWriter::labelled);
    array(LEVELS, e.levels(), QuestionWriter::level);
    strings(g, INDICATIVE_CONTENT, e.indicativeContent());
    end();
  }

  void labelled(LabelledInterpretation li) {
    start(Members.LABELLED.names());
    property(g, LABEL, li.label());
    property(g, INTERPRETATION, li.interpretation());
    end();
  }

  void level(LevelDescriptor l) {
    start(Members.LEVEL.names());
    g.writeName(LEVEL);
    g.writeNumber(l.level());
    g.writeName(MIN_MARKS);
    g.writeNumber(l.minMarks());
    g.writeName(MAX_MARKS);
    g.writeNumber(l.maxMarks());
    property(g, DESCRIPTOR, l.descriptor());
    end();
  }

  /**
   * Writes a list of the model's items as an array, left out when empty. By index and through a
   * method reference, which makes nothing: an iterator for each list was a measurable part of
   * writing.
   */
  private <T> void array(SerializableString name, List<T> items, BiConsumer<QuestionWriter, T> item) {
    if (!items.isEmpty()) {
      startArray(g, name);
      for (int i = 0; i < items.size(); i++) {
        item.accept(this, items.get(i));
      }
      g.writeEndArray();
    }
  }

  private static void property(JsonGenerator g, SerializableString name, String value) {
    g.writeName(name);
    g.writeString(value);
  }

  private static void startArray(JsonGenerator g, SerializableString name) {
    g.writeName(name);
    g.writeStartArray();
  }

  private static void optional(JsonGenerator g, SerializableString name, Optional<String> value) {
    if (value.isPresent()) {
      property(g, name, value.get());
    }
  }

  private static void text(JsonGenerator g, SerializableString name, String value) {
    if (!value.isEmpty()) {
      property(g, name, value);
    }
  }

  private static void date(JsonGenerator g, SerializableString name, Optional<HistoricalDate> value) {
    if (value.isPresent()) {
      property(g, name, value.get().toString());
    }
  }

  private static void strings(JsonGenerator g, SerializableString name, List<String> values) {
    if (!values.isEmpty()) {
      startArray(g, name);
      // By index, as in array().
      for (int i = 0; i < values.size(); i++) {
        g.writeString(values.get(i));
      }
      g.writeEndArray();
    }
  }
}
