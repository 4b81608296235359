package io.github.hindsight.json.internal;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.ActorEffect;
import io.github.hindsight.model.Consequence;
import io.github.hindsight.model.Criterion;
import io.github.hindsight.model.Evidence;
import io.github.hindsight.model.ExamMetadata;
import io.github.hindsight.model.Interpretation;
import io.github.hindsight.model.LabelledInterpretation;
import io.github.hindsight.model.LevelDescriptor;
import io.github.hindsight.model.Objective;
import io.github.hindsight.model.Outcome;
import io.github.hindsight.model.Perception;
import io.github.hindsight.model.Provenance;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionBank;
import io.github.hindsight.model.Reading;
import io.github.hindsight.model.Source;
import io.github.hindsight.model.Topic;
import io.github.hindsight.spi.FormatException;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A model type that has an object of its own in the format: a question, a bank, or a part of a
 * question such as an actor. Written and read by the same code as in a whole document, on a
 * parser or generator that is already where the object goes, as in an application's own JSON.
 *
 * @param <T> the model type
 */
public final class Part<T> {
  /** Where problems found in an application's document are said to be. */
  static final String SOURCE = "<json>";

  /** Every part, the question and the bank first. */
  public static final List<Part<?>> ALL = List.of(
      new Part<>(Question.class, "a question object", true, (w, q) -> QuestionWriter.writeDocument(q, w.g),
          QuestionReader::questionDocument),
      new Part<>(QuestionBank.class, "a bank object", true, (w, b) -> QuestionWriter.writeBank(b, w.g),
          JsonDocumentReader::bankObject),
      new Part<>(Topic.class, "a topic object", false, (w, t) -> QuestionWriter.topic(t, w.g, false),
          Members.TOPIC),
      new Part<>(Actor.class, "an actor object", false, QuestionWriter::actor, Members.ACTOR),
      new Part<>(Objective.class, "an objective object", false, QuestionWriter::objective, Members.OBJECTIVE),
      new Part<>(Outcome.class, "an outcome object", false, QuestionWriter::outcome, Members.OUTCOME),
      new Part<>(Reading.class, "a reading object", false, QuestionWriter::reading, Members.READING),
      new Part<>(Consequence.class, "a consequence object", false, QuestionWriter::consequence, Members.CONSEQUENCE),
      new Part<>(ActorEffect.class, "an effect object", false, QuestionWriter::effect, Members.EFFECT),
      new Part<>(Evidence.class, "an evidence object", false, QuestionWriter::evidence, Members.EVIDENCE),
      new Part<>(Perception.class, "a perception object", false, QuestionWriter::perception, Members.PERCEPTION),
      new Part<>(Source.class, "a source object", false, QuestionWriter::source, Members.SOURCE),
      new Part<>(Interpretation.class, "an interpretation object", false, QuestionWriter::interpretation,
          Members.INTERPRETATION),
      new Part<>(Provenance.class, "a provenance object", false, QuestionWriter::provenance, Members.PROVENANCE),
      new Part<>(Criterion.class, "a criterion object", false, QuestionWriter::criterion, Members.CRITERION),
      new Part<>(ExamMetadata.class, "an exam object", false, QuestionWriter::exam, Members.EXAM),
      new Part<>(LabelledInterpretation.class, "a labelled interpretation object", false, QuestionWriter::labelled,
          Members.LABELLED),
      new Part<>(LevelDescriptor.class, "a level object", false, QuestionWriter::level, Members.LEVEL));

  private final Class<T> type;
  private final String what;
  private final boolean keepsExtras;
  private final BiConsumer<QuestionWriter, T> writer;
  private final ValueReader<T> reader;

  private Part(Class<T> type, String what, boolean keepsExtras, BiConsumer<QuestionWriter, T> writer,
      ValueReader<T> reader) {
    this.type = type;
    this.what = what;
    this.keepsExtras = keepsExtras;
    this.writer = writer;
    this.reader = reader;
  }

  /** @return the model type */
  public Class<T> type() {
    return type;
  }

  /**
   * Writes a value as its object.
   *
   * @param value the value
   * @param g where to write
   */
  public void write(T value, JsonGenerator g) {
    writer.accept(QuestionWriter.standalone(g), value);
  }

  /**
   * Reads the value at the parser's current token, which must start its object.
   *
   * @param p the parser
   * @param strict whether unknown members are refused; only questions keep them otherwise
   * @return the value
   * @throws FormatException listing every problem, located in the parser's document
   */
  public T read(JsonParser p, boolean strict) {
    QuestionReader r = new QuestionReader(p, SOURCE, strict || !keepsExtras, 0);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      r.typeError(what);
      throw r.failure();
    }
    return r.result(reader.read(r));
  }

  /**
   * The failure for a value that is not there, such as a JSON {@code null}, at the parser's
   * current token.
   *
   * @param p the parser
   * @return the exception, located
   */
  public FormatException missing(JsonParser p) {
    return QuestionReader.typeErrorAt(p, what);
  }
}
