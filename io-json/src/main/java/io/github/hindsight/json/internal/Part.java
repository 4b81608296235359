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
import java.util.function.Function;
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
          r -> r.topicBody(r.beginClosed("a topic", Json.TOPIC_MEMBERS))),
      new Part<>(Actor.class, "an actor object", false, QuestionWriter::actor, QuestionReader::actor),
      new Part<>(Objective.class, "an objective object", false, QuestionWriter::objective, QuestionReader::objective),
      new Part<>(Outcome.class, "an outcome object", false, QuestionWriter::outcome, QuestionReader::outcome),
      new Part<>(Reading.class, "a reading object", false, QuestionWriter::reading, QuestionReader::reading),
      new Part<>(Consequence.class, "a consequence object", false, QuestionWriter::consequence, QuestionReader::consequence),
      new Part<>(ActorEffect.class, "an effect object", false, QuestionWriter::effect, QuestionReader::effect),
      new Part<>(Evidence.class, "an evidence object", false, QuestionWriter::evidence, QuestionReader::evidence),
      new Part<>(Perception.class, "a perception object", false, QuestionWriter::perception, QuestionReader::perception),
      new Part<>(Source.class, "a source object", false, QuestionWriter::source, QuestionReader::source),
      new Part<>(Interpretation.class, "an interpretation object", false, QuestionWriter::interpretation,
          QuestionReader::interpretation),
      new Part<>(Provenance.class, "a provenance object", false, QuestionWriter::provenance, QuestionReader::provenance),
      new Part<>(Criterion.class, "a criterion object", false, QuestionWriter::criterion, QuestionReader::criterion),
      new Part<>(ExamMetadata.class, "an exam object", false, QuestionWriter::exam, QuestionReader::exam),
      new Part<>(LabelledInterpretation.class, "a labelled interpretation object", false, QuestionWriter::labelled,
          QuestionReader::labelled),
      new Part<>(LevelDescriptor.class, "a level object", false, QuestionWriter::level, QuestionReader::level));

  private final Class<T> type;
  private final String what;
  private final boolean keepsExtras;
  private final BiConsumer<QuestionWriter, T> writer;
  private final Function<QuestionReader, @Nullable T> reader;

  private Part(Class<T> type, String what, boolean keepsExtras, BiConsumer<QuestionWriter, T> writer,
      Function<QuestionReader, @Nullable T> reader) {
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
    return r.result(reader.apply(r));
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
