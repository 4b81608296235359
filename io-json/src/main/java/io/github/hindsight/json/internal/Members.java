package io.github.hindsight.json.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.ActorKind;
import io.github.hindsight.model.ActorRole;
import io.github.hindsight.model.Basis;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Effect;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.HistoricalDate;
import io.github.hindsight.model.Horizon;
import io.github.hindsight.model.Importance;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Measure;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.OutcomeStatus;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Period;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Quantity;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Representative;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Stance;
import io.github.hindsight.model.Topic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Every object of the format, member by member, in the order the writer writes them: the one
 * place where a member's name is written. The JSON schemas describe the same members; {@code
 * MembersMatchSchemaTest} holds the two together.
 */
final class Members {
  private static final ValueReader<String> STRING = r -> r.tokens().string();
  /** A string that validation may point at, such as an id or a reference to one. */
  private static final ValueReader<String> REF = QuestionReader::ref;
  private static final Table.Elements<String> STRINGS = new Table.Elements<>("an array of strings", STRING);
  private static final Table.Elements<String> REFS = new Table.Elements<>("an array of strings", REF);
  private static final ValueReader<Map<String, String>> STRING_MAP = r -> r.tokens().stringMap();
  private static final ValueReader<HistoricalDate> DATE = r -> r.tokens().parsed(HistoricalDate::parse);
  private static final ValueReader<Integer> WHOLE_NUMBER = r -> r.tokens().wholeNumber();
  private static final ValueReader<Double> NUMBER = r -> r.tokens().number();
  private static final ValueReader<Boolean> BOOLEAN = r -> r.tokens().bool();
  private static final ValueReader<BigDecimal> DECIMAL = r -> r.tokens().decimal();
  private static final ValueReader<Horizon> HORIZON = word(Horizon::fromWord);
  private static final ValueReader<OutcomeStatus> STATUS = word(OutcomeStatus::fromWord);
  private static final ValueReader<Effect> EFFECT_WORD = word(Effect::fromWord);

  /** A representative with a period; one without is written as its name alone. */
  static final Table<Representative.Builder, Representative> REPRESENTATIVE = Table.of("a representative", Representative::builder,
          Representative.Builder::build)
      .required("name", STRING, Representative.Builder::name)
      .optional("from", DATE, Representative.Builder::from)
      .optional("until", DATE, Representative.Builder::until);

  static final Table<Actor.Builder, Actor> ACTOR = Table.of("an actor", Actor::builder, Actor.Builder::build)
      .required("id", REF, Actor.Builder::id)
      .required("name", STRING, Actor.Builder::name)
      .optional("kind", word(ActorKind::fromWord), Actor.Builder::kind)
      .optional("role", word(ActorRole::fromWord), Actor.Builder::role)
      .optionalEach("members", REFS, Actor.Builder::addMember)
      .optional("representatives", Members::representatives, Actor.Builder::representatives)
      .optional("identifiers", STRING_MAP, Actor.Builder::identifiers);

  static final Table<Reading.Builder, Reading> READING = Table.of("a reading", Reading::builder, Reading.Builder::build)
      .required("id", REF, Reading.Builder::id)
      .required("intent", STRING, Reading.Builder::intent)
      .required("status", STATUS, Reading.Builder::status)
      .optional("rationale", STRING, Reading.Builder::rationale)
      .optionalEach("evidence", REFS, Reading.Builder::addEvidence)
      .optional("statusBeforeEvidence", STATUS, Reading.Builder::statusBeforeEvidence);

  static final Table<Outcome.Builder, Outcome> OUTCOME = Table.of("an outcome", Outcome::builder, Outcome.Builder::build)
      .required("status", STATUS, Outcome.Builder::status)
      .optional("rationale", STRING, Outcome.Builder::rationale)
      .optionalEach("evidence", REFS, Outcome.Builder::addEvidence)
      .optional("statusBeforeEvidence", STATUS, Outcome.Builder::statusBeforeEvidence)
      .optionalEach("readings", objects("readings", READING), Outcome.Builder::addReading);

  static final Table<Objective.Builder, Objective> OBJECTIVE = Table.of("an objective", Objective::builder, Objective.Builder::build)
      .required("id", REF, Objective.Builder::id)
      .optionalEach("actors", REFS, Objective.Builder::addActor)
      .required("statement", STRING, Objective.Builder::statement)
      .optional("horizon", HORIZON, Objective.Builder::horizon)
      .optional("importance", word(Importance::fromWord), Objective.Builder::importance)
      .optional("basis", word(Basis::fromWord), Objective.Builder::basis)
      .required("outcome", object("an object for the outcome", OUTCOME), Objective.Builder::outcome);

  static final Table<ActorEffect.Builder, ActorEffect> EFFECT = Table.of("an effect", ActorEffect::builder, ActorEffect.Builder::build)
      .required("actor", REF, ActorEffect.Builder::actor)
      .required("effect", EFFECT_WORD, ActorEffect.Builder::effect)
      .optional("note", STRING, ActorEffect.Builder::note);

  static final Table<Consequence.Builder, Consequence> CONSEQUENCE = Table.of("a consequence", Consequence::builder, Consequence.Builder::build)
      .required("id", REF, Consequence.Builder::id)
      .required("statement", STRING, Consequence.Builder::statement)
      .optional("date", DATE, Consequence.Builder::date)
      .optional("horizon", HORIZON, Consequence.Builder::horizon)
      .optionalEach("effects", objects("effects", EFFECT), Consequence.Builder::addEffect)
      .optional("balanceOfPower", BOOLEAN, Consequence.Builder::balanceOfPower)
      .optionalEach("evidence", REFS, Consequence.Builder::addEvidence);

  static final Table<Quantity.Builder, Quantity> QUANTITY = Table.of("a quantity", Quantity::builder, Quantity.Builder::build)
      .required("value", DECIMAL, Quantity.Builder::value)
      .required("unit", STRING, Quantity.Builder::unit)
      .optional("approximate", BOOLEAN, Quantity.Builder::approximate);

  static final Table<Evidence.Builder, Evidence> EVIDENCE = Table.of("a piece of evidence", Evidence::builder, Evidence.Builder::build)
      .required("id", REF, Evidence.Builder::id)
      .required("statement", STRING, Evidence.Builder::statement)
      .optional("date", DATE, Evidence.Builder::date)
      .optionalEach("quantities", objects("quantities", QUANTITY), Evidence.Builder::addQuantity)
      .optional("source", REF, Evidence.Builder::source)
      .optional("knownFrom", DATE, Evidence.Builder::knownFrom);

  static final Table<Perception.Builder, Perception> PERCEPTION = Table.of("a perception", Perception::builder, Perception.Builder::build)
      .required("id", REF, Perception.Builder::id)
      .required("actor", REF, Perception.Builder::actor)
      .required("heldBy", STRING, Perception.Builder::heldBy)
      .required("statement", STRING, Perception.Builder::statement)
      .required("view", EFFECT_WORD, Perception.Builder::view)
      .optional("period", word(Period::fromWord), Perception.Builder::period)
      .optional("date", DATE, Perception.Builder::date)
      .optionalEach("evidence", REFS, Perception.Builder::addEvidence);

  static final Table<Source.Builder, Source> SOURCE = Table.of("a source", Source::builder, Source.Builder::build)
      .required("id", REF, Source.Builder::id)
      .required("title", STRING, Source.Builder::title)
      .optional("author", STRING, Source.Builder::author)
      .optional("date", DATE, Source.Builder::date)
      .optional("locator", STRING, Source.Builder::locator);

  static final Table<Provenance.Builder, Provenance> PROVENANCE = Table.of("a provenance", Provenance::builder, Provenance.Builder::build)
      .optional("author", STRING, Provenance.Builder::author)
      .optional("work", STRING, Provenance.Builder::work)
      .optional("date", DATE, Provenance.Builder::date)
      .optional("school", STRING, Provenance.Builder::school)
      .optional("nature", STRING, Provenance.Builder::nature)
      .optional("origin", STRING, Provenance.Builder::origin)
      .optional("purpose", STRING, Provenance.Builder::purpose);

  static final Table<Interpretation.Builder, Interpretation> INTERPRETATION = Table.of("an interpretation", Interpretation::builder,
          Interpretation.Builder::build)
      .required("id", REF, Interpretation.Builder::id)
      .required("claim", STRING, Interpretation.Builder::claim)
      .optionalEach("favours", REFS, Interpretation.Builder::addFavour)
      .optional("stance", word(Stance::fromWord), Interpretation.Builder::stance)
      .optional("source", REF, Interpretation.Builder::source)
      .optional("provenance", object("an object for the provenance", PROVENANCE), Interpretation.Builder::provenance)
      .optionalEach("supportingEvidence", REFS, Interpretation.Builder::addSupportingEvidence)
      .optionalEach("challengingEvidence", REFS, Interpretation.Builder::addChallengingEvidence);

  static final Table<Criterion.Builder, Criterion> CRITERION = Table.of("a criterion", Criterion::builder, Criterion.Builder::build)
      .required("id", REF, Criterion.Builder::id)
      .required("name", STRING, Criterion.Builder::name)
      .optional("description", STRING, Criterion.Builder::description)
      .optional("weight", NUMBER, Criterion.Builder::weight)
      .required("measure", word(Measure::fromWord), Criterion.Builder::measure)
      .optional("customMeasure", STRING, Criterion.Builder::customMeasure);

  static final Table<LabelledInterpretation.Builder, LabelledInterpretation> LABELLED = Table.of("a labelled interpretation",
          LabelledInterpretation::builder, LabelledInterpretation.Builder::build)
      .required("label", STRING, LabelledInterpretation.Builder::label)
      .required("interpretation", REF, LabelledInterpretation.Builder::interpretation);

  static final Table<LevelDescriptor.Builder, LevelDescriptor> LEVEL = Table.of("a level", LevelDescriptor::builder, LevelDescriptor.Builder::build)
      .required("level", WHOLE_NUMBER, LevelDescriptor.Builder::level)
      .required("minMarks", WHOLE_NUMBER, LevelDescriptor.Builder::minMarks)
      .required("maxMarks", WHOLE_NUMBER, LevelDescriptor.Builder::maxMarks)
      .required("descriptor", STRING, LevelDescriptor.Builder::descriptor);

  static final Table<ExamMetadata.Builder, ExamMetadata> EXAM = Table.of("the exam", ExamMetadata::builder, ExamMetadata.Builder::build)
      .optional("board", STRING, ExamMetadata.Builder::board)
      .optional("paper", STRING, ExamMetadata.Builder::paper)
      .optional("commandWord", STRING, ExamMetadata.Builder::commandWord)
      .optional("marks", WHOLE_NUMBER, ExamMetadata.Builder::marks)
      .optionalEach("assessmentObjectives", STRINGS, ExamMetadata.Builder::addAssessmentObjective)
      .optionalEach("interpretations", objects("labelled interpretations", LABELLED), ExamMetadata.Builder::addInterpretation)
      .optionalEach("levels", objects("levels", LEVEL), ExamMetadata.Builder::addLevel)
      .optionalEach("indicativeContent", STRINGS, ExamMetadata.Builder::addIndicativeContent);

  /** A question; its document opens with the {@link Table#HEADER}. */
  static final Table<Question.Builder, Question> QUESTION = Table.keeping("a question", Question::builder,
          (r, b) -> b.extras(r.extras()).build())
      .required("id", REF, Question.Builder::id)
      .required("prompt", STRING, Question.Builder::prompt)
      .optional("kind", word(QuestionKind::fromWord), Question.Builder::kind)
      .optional("kindLabel", STRING, Question.Builder::kindLabel)
      .optional("topic", REF, Question.Builder::topic)
      .optionalEach("guidance", STRINGS, Question.Builder::addGuidance)
      .optionalEach("actors", objects("actors", ACTOR), Question.Builder::addActor)
      .optionalEach("objectives", objects("objectives", OBJECTIVE), Question.Builder::addObjective)
      .optionalEach("consequences", objects("consequences", CONSEQUENCE), Question.Builder::addConsequence)
      .optionalEach("evidence", objects("evidence", EVIDENCE), Question.Builder::addEvidence)
      .optionalEach("perceptions", objects("perceptions", PERCEPTION), Question.Builder::addPerception)
      .optionalEach("sources", objects("sources", SOURCE), Question.Builder::addSource)
      .optionalEach("interpretations", objects("interpretations", INTERPRETATION), Question.Builder::addInterpretation)
      .optionalEach("criteria", objects("criteria", CRITERION), Question.Builder::addCriterion)
      .optional("exam", object("an object for the exam", EXAM), Question.Builder::exam)
      .optionalEach("tags", STRINGS, Question.Builder::addTag);

  /** A topic, in a bank or, after the {@link Table#HEADER}, on a line of JSON Lines. */
  static final Table<Topic.Builder, Topic> TOPIC = Table.closed("a topic", Topic::builder, Topic.Builder::build)
      .required("id", REF, Topic.Builder::id)
      .required("title", STRING, Topic.Builder::title)
      .optional("period", STRING, Topic.Builder::period)
      .optional("course", STRING, Topic.Builder::course)
      .optionalEach("relatedTopics", REFS, Topic.Builder::addRelatedTopic)
      .optionalEach("relatedQuestions", REFS, Topic.Builder::addRelatedQuestion);

  /** The member of a bank that holds its topics. */
  static final String TOPICS = "topics";
  /** The member of a bank that holds its questions. */
  static final String QUESTIONS = "questions";

  /** A bank; its document opens with the {@link Table#HEADER}. */
  static final Table<BankBody, BankBody> BANK = Table.closed("a bank", BankBody::new, b -> b)
      .optional(TOPICS, list("topics", TOPIC), (b, topics) -> b.topics = topics)
      .optional(QUESTIONS, list("questions", QuestionReader::questionInBank), (b, questions) -> b.questions = questions);

  /** Every table, for the test against the schemas. */
  static final List<Table<?, ?>> ALL = List.of(REPRESENTATIVE, ACTOR, READING, OUTCOME, OBJECTIVE, EFFECT, CONSEQUENCE, QUANTITY, EVIDENCE, PERCEPTION, SOURCE,
      PROVENANCE, INTERPRETATION, CRITERION, LABELLED, LEVEL, EXAM, QUESTION, TOPIC, BANK);

  /** The topics and questions of a bank object, before the bank is assembled from them. */
  static final class BankBody {
    List<Topic> topics = List.of();
    List<Question> questions = List.of();
  }

  private Members() {}

  /** Representatives: each a name, or an object with a name and a period. */
  private static @Nullable List<Representative> representatives(QuestionReader r) {
    if (!r.tokens().array("an array of names or representative objects")) {
      return null;
    }
    JsonParser p = r.tokens().parser();
    List<Representative> out = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      Representative one = null;
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        one = r.tokens().parsed(Representative::of);
      } else if (p.currentToken() == JsonToken.START_OBJECT) {
        one = REPRESENTATIVE.read(r);
      } else {
        r.typeError("a name or a representative object");
      }
      if (one == null) {
        ok = false;
      } else {
        out.add(one);
      }
    }
    return ok ? out : null;
  }

  private static <E> ValueReader<E> word(Function<String, E> fromWord) {
    return r -> r.tokens().parsed(fromWord);
  }

  private static <E> ValueReader<List<E>> list(String what, ValueReader<E> element) {
    Table.Elements<E> elements = objects(what, element);
    return r -> r.list(elements.expected(), elements.element());
  }

  /** An array of objects, each read as {@code element} says. */
  private static <E> Table.Elements<E> objects(String what, ValueReader<E> element) {
    return new Table.Elements<>("an array of " + what, r -> r.object("an object", element));
  }

  private static <E> ValueReader<E> object(String what, ValueReader<E> value) {
    return r -> r.object(what, value);
  }
}
