package io.github.hindsight.testkit;

import io.github.hindsight.model.Question;
import io.github.hindsight.model.Topic;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A document the format under test wrote, handed to {@link FormatContractTest#checkStructure} so
 * that a plugin can check what only it knows: that brackets close, that a deck has one note per
 * aim, that a parser of the target tool accepts it.
 */
public final class WrittenDocument {
  /** The writer method a document came from. */
  public enum Path {
    /** {@code writeQuestion}: one question. */
    QUESTION,
    /** {@code writeBank}: the sample bank. */
    BANK,
    /** {@code openSink}, some questions written one at a time, then {@code close}. */
    SINK
  }

  private final Path path;
  private final byte[] bytes;
  private final List<Question> questions;
  private final List<Topic> topics;

  WrittenDocument(Path path, byte[] bytes, List<Question> questions, List<Topic> topics) {
    this.path = path;
    this.bytes = bytes.clone();
    this.questions = List.copyOf(questions);
    this.topics = List.copyOf(topics);
  }

  /** @return the writer method that wrote it */
  public Path path() {
    return path;
  }

  /** @return a copy of the bytes written */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** @return the bytes decoded as UTF-8 */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** @return the questions it was written from, in order; none for an empty sink */
  public List<Question> questions() {
    return questions;
  }

  /** @return the topics it was written from; none except for a bank */
  public List<Topic> topics() {
    return topics;
  }

  /** @return the path and the number of questions, such as {@code SINK of 3 questions} */
  @Override
  public String toString() {
    return path + " of " + questions.size() + (questions.size() == 1 ? " question" : " questions");
  }
}
