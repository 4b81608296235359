package io.github.hindsight.json.internal;

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
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

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
  private final Set<String> placed = new HashSet<>();

  private QuestionWriter(JsonGenerator g, Map<String, List<Extra>> extras) {
    this.g = g;
    this.extras = extras;
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

  private final Set<String> clashes = new HashSet<>();

  private static Map<String, List<Extra>> byLocation(List<Extra> extras) {
    Map<String, List<Extra>> map = new LinkedHashMap<>();
    for (Extra e : extras) {
      map.computeIfAbsent(e.location(), k -> new ArrayList<>()).add(e);
    }
    return map;
  }

  private static boolean isOneValue(String content) {
    try (JsonParser p = Json.LINES.createParser(ObjectReadContext.empty(), content)) {
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
      g.writeName("topics");
      g.writeStartArray();
      for (Topic t : bank.topics()) {
        topic(t, g, false);
      }
      g.writeEndArray();
    }
    g.writeName("questions");
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
    g.writeStringProperty("id", t.id());
    g.writeStringProperty("title", t.title());
    optional(g, "period", t.period());
    optional(g, "course", t.course());
    strings(g, "relatedTopics", t.relatedTopics());
    strings(g, "relatedQuestions", t.relatedQuestions());
    g.writeEndObject();
  }

  static void header(JsonGenerator g, String format) {
    g.writeStringProperty("format", format);
    g.writeNumberProperty("version", Json.VERSION);
  }

  private void start(List<String> members) {
    g.writeStartObject();
    if (!extras.isEmpty()) {
      current.add(new Object[] {here(), members});
    }
  }

  private final List<Object[]> current = new ArrayList<>();

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
    g.writeStringProperty("id", q.id());
    g.writeStringProperty("prompt", q.prompt());
    g.writeStringProperty("kind", q.kind().word());
    optional(g, "kindLabel", q.kindLabel());
    optional(g, "topic", q.topic());
    strings(g, "guidance", q.guidance());
    if (!q.actors().isEmpty()) {
      g.writeArrayPropertyStart("actors");
      for (Actor a : q.actors()) {
        actor(a);
      }
      g.writeEndArray();
    }
    if (!q.objectives().isEmpty()) {
      g.writeArrayPropertyStart("objectives");
      for (Objective o : q.objectives()) {
        objective(o);
      }
      g.writeEndArray();
    }
    if (!q.consequences().isEmpty()) {
      g.writeArrayPropertyStart("consequences");
      for (Consequence c : q.consequences()) {
        consequence(c);
      }
      g.writeEndArray();
    }
    if (!q.evidence().isEmpty()) {
      g.writeArrayPropertyStart("evidence");
      for (Evidence e : q.evidence()) {
        evidence(e);
      }
      g.writeEndArray();
    }
    if (!q.perceptions().isEmpty()) {
      g.writeArrayPropertyStart("perceptions");
      for (Perception p : q.perceptions()) {
        perception(p);
      }
      g.writeEndArray();
    }
    if (!q.sources().isEmpty()) {
      g.writeArrayPropertyStart("sources");
      for (Source s : q.sources()) {
        source(s);
      }
      g.writeEndArray();
    }
    if (!q.interpretations().isEmpty()) {
      g.writeArrayPropertyStart("interpretations");
      for (Interpretation i : q.interpretations()) {
        interpretation(i);
      }
      g.writeEndArray();
    }
    if (!q.criteria().isEmpty()) {
      g.writeArrayPropertyStart("criteria");
      for (Criterion c : q.criteria()) {
        criterion(c);
      }
      g.writeEndArray();
    }
    if (q.exam().isPresent()) {
      g.writeName("exam");
      exam(q.exam().get());
    }
    strings(g, "tags", q.tags());
    end();
  }

  void actor(Actor a) {
    start(Members.ACTOR.names());
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("name", a.name());
    g.writeStringProperty("kind", a.kind().word());
    g.writeStringProperty("role", a.role().word());
    strings(g, "members", a.members());
    if (!a.representatives().isEmpty()) {
      g.writeArrayPropertyStart("representatives");
      for (Representative r : a.representatives()) {
        representative(r);
      }
      g.writeEndArray();
    }
    if (!a.identifiers().isEmpty()) {
      g.writeObjectPropertyStart("identifiers");
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
    g.writeStringProperty("name", r.name());
    date(g, "from", r.from());
    date(g, "until", r.until());
    end();
  }

  void objective(Objective o) {
    start(Members.OBJECTIVE.names());
    g.writeStringProperty("id", o.id());
    strings(g, "actors", o.actors());
    g.writeStringProperty("statement", o.statement());
    g.writeStringProperty("horizon", o.horizon().word());
    g.writeStringProperty("importance", o.importance().word());
    g.writeStringProperty("basis", o.basis().word());
    g.writeName("outcome");
    outcome(o.outcome());
    end();
  }

  void outcome(Outcome o) {
    start(Members.OUTCOME.names());
    g.writeStringProperty("status", o.status().word());
    text(g, "rationale", o.rationale());
    strings(g, "evidence", o.evidence());
    statusBeforeEvidence(o.statusBeforeEvidence());
    if (!o.readings().isEmpty()) {
      g.writeArrayPropertyStart("readings");
      for (Reading r : o.readings()) {
        reading(r);
      }
      g.writeEndArray();
    }
    end();
  }

  void reading(Reading r) {
    start(Members.READING.names());
    g.writeStringProperty("id", r.id());
    g.writeStringProperty("intent", r.intent());
    g.writeStringProperty("status", r.status().word());
    text(g, "rationale", r.rationale());
    strings(g, "evidence", r.evidence());
    statusBeforeEvidence(r.statusBeforeEvidence());
    end();
  }

  private void statusBeforeEvidence(Optional<OutcomeStatus> status) {
    if (status.isPresent()) {
      g.writeStringProperty("statusBeforeEvidence", status.get().word());
    }
  }

  void consequence(Consequence c) {
    start(Members.CONSEQUENCE.names());
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("statement", c.statement());
    date(g, "date", c.date());
    g.writeStringProperty("horizon", c.horizon().word());
    if (!c.effects().isEmpty()) {
      g.writeArrayPropertyStart("effects");
      for (ActorEffect e : c.effects()) {
        effect(e);
      }
      g.writeEndArray();
    }
    g.writeBooleanProperty("balanceOfPower", c.balanceOfPower());
    strings(g, "evidence", c.evidence());
    end();
  }

  void effect(ActorEffect e) {
    start(Members.EFFECT.names());
    g.writeStringProperty("actor", e.actor());
    g.writeStringProperty("effect", e.effect().word());
    text(g, "note", e.note());
    end();
  }

  void evidence(Evidence e) {
    start(Members.EVIDENCE.names());
    g.writeStringProperty("id", e.id());
    g.writeStringProperty("statement", e.statement());
    date(g, "date", e.date());
    if (!e.quantities().isEmpty()) {
      g.writeArrayPropertyStart("quantities");
      for (Quantity q : e.quantities()) {
        quantity(q);
      }
      g.writeEndArray();
    }
    optional(g, "source", e.source());
    date(g, "knownFrom", e.knownFrom());
    end();
  }

  void quantity(Quantity q) {
    start(Members.QUANTITY.names());
    g.writeName("value");
    // Plain digits, never an exponent: the shortest exact form the model keeps.
    g.writeNumber(q.value().toPlainString());
    g.writeStringProperty("unit", q.unit());
    g.writeBooleanProperty("approximate", q.approximate());
    end();
  }

  void perception(Perception p) {
    start(Members.PERCEPTION.names());
    g.writeStringProperty("id", p.id());
    g.writeStringProperty("actor", p.actor());
    g.writeStringProperty("heldBy", p.heldBy());
    g.writeStringProperty("statement", p.statement());
    g.writeStringProperty("view", p.view().word());
    g.writeStringProperty("period", p.period().word());
    date(g, "date", p.date());
    strings(g, "evidence", p.evidence());
    end();
  }

  void source(Source s) {
    start(Members.SOURCE.names());
    g.writeStringProperty("id", s.id());
    g.writeStringProperty("title", s.title());
    optional(g, "author", s.author());
    date(g, "date", s.date());
    optional(g, "locator", s.locator());
    end();
  }

  void interpretation(Interpretation i) {
    start(Members.INTERPRETATION.names());
    g.writeStringProperty("id", i.id());
    g.writeStringProperty("claim", i.claim());
    strings(g, "favours", i.favours());
    if (i.stance().isPresent()) {
      g.writeStringProperty("stance", i.stance().get().word());
    }
    optional(g, "source", i.source());
    Provenance p = i.provenance();
    // An empty provenance is the default, so leaving it out reads back equal.
    if (!p.equals(Provenance.builder().build()) || wanted("provenance")) {
      g.writeName("provenance");
      provenance(p);
    }
    strings(g, "supportingEvidence", i.supportingEvidence());
    strings(g, "challengingEvidence", i.challengingEvidence());
    end();
  }

  void provenance(Provenance p) {
    start(Members.PROVENANCE.names());
    optional(g, "author", p.author());
    optional(g, "work", p.work());
    date(g, "date", p.date());
    optional(g, "school", p.school());
    optional(g, "nature", p.nature());
    optional(g, "origin", p.origin());
    optional(g, "purpose", p.purpose());
    end();
  }

  void criterion(Criterion c) {
    start(Members.CRITERION.names());
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("name", c.name());
    text(g, "description", c.description());
    g.writeNumberProperty("weight", c.weight());
    g.writeStringProperty("measure", c.measure().word());
    optional(g, "customMeasure", c.customMeasure());
    end();
  }

  void exam(ExamMetadata e) {
    start(Members.EXAM.names());
    optional(g, "board", e.board());
    optional(g, "paper", e.paper());
    optional(g, "commandWord", e.commandWord());
    if (e.marks().isPresent()) {
      g.writeNumberProperty("marks", e.marks().getAsInt());
    }
    strings(g, "assessmentObjectives", e.assessmentObjectives());
    if (!e.interpretations().isEmpty()) {
      g.writeArrayPropertyStart("interpretations");
      for (LabelledInterpretation li : e.interpretations()) {
        labelled(li);
      }
      g.writeEndArray();
    }
    if (!e.levels().isEmpty()) {
      g.writeArrayPropertyStart("levels");
      for (LevelDescriptor l : e.levels()) {
        level(l);
      }
      g.writeEndArray();
    }
    strings(g, "indicativeContent", e.indicativeContent());
    end();
  }

  void labelled(LabelledInterpretation li) {
    start(Members.LABELLED.names());
    g.writeStringProperty("label", li.label());
    g.writeStringProperty("interpretation", li.interpretation());
    end();
  }

  void level(LevelDescriptor l) {
    start(Members.LEVEL.names());
    g.writeNumberProperty("level", l.level());
    g.writeNumberProperty("minMarks", l.minMarks());
    g.writeNumberProperty("maxMarks", l.maxMarks());
    g.writeStringProperty("descriptor", l.descriptor());
    end();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (!value.isEmpty()) {
      g.writeStringProperty(name, value);
    }
  }

  private static void date(JsonGenerator g, String name, Optional<HistoricalDate> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (!values.isEmpty()) {
      g.writeArrayPropertyStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }
}
