package io.github.hindsight.fuzzing;

import io.github.hindsight.model.Actor;
import io.github.hindsight.model.InvalidModelException;
import io.github.hindsight.model.Question;
import io.github.hindsight.model.QuestionKind;
import io.github.hindsight.testkit.samples.RandomQuestions;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A generated question with fuzzed text in its fields, decoded from bytes laid out so that a seed
 * can be written by hand: eight bytes of seed for {@link RandomQuestions} (big-endian), one byte
 * of size, then edits, each a byte naming the field, three bytes giving the length of the text in
 * UTF-16 units (big-endian) and the text in UTF-16BE, so that any {@code char}, a lone surrogate
 * too, can be written. Input that runs out early ends the seed, the size or the last text there.
 */
final class Edits {
  /** The fields an edit can change, by the number of its first byte (modulo their count). */
  enum Field {
    ID, PROMPT, KIND_LABEL, TOPIC, GUIDANCE, TAG, ACTOR_ID, ACTOR_NAME
  }

  private Edits() {}

  /**
   * @param input the fuzzed bytes
   * @return the edited question, or empty if an edit made what the model refuses to build
   */
  static Optional<Question> question(byte[] input) {
    ByteBuffer in = ByteBuffer.wrap(input);
    long seed = 0;
    for (int i = 0; i < Long.BYTES && in.hasRemaining(); i++) {
      seed = seed << 8 | (in.get() & 0xff);
    }
    int size = in.hasRemaining() ? 1 + (in.get() & 0xff) % 3 : 1;
    Question question = RandomQuestions.question(seed, size);
    try {
      while (in.hasRemaining()) {
        Field field = Field.values()[(in.get() & 0xff) % Field.values().length];
        question = edit(question, field, text(in));
      }
    } catch (InvalidModelException refused) {
      // The model refuses such text in that field at once; there is nothing to write.
      return Optional.empty();
    }
    return Optional.of(question);
  }

  private static String text(ByteBuffer in) {
    int length = 0;
    for (int i = 0; i < 3 && in.hasRemaining(); i++) {
      length = length << 8 | (in.get() & 0xff);
    }
    StringBuilder text = new StringBuilder();
    while (text.length() < length && in.remaining() >= 2) {
      text.append(in.getChar());
    }
    return text.toString();
  }

  private static Question edit(Question q, Field field, String text) {
    return switch (field) {
      case ID -> q.withId(text);
      case PROMPT -> q.withPrompt(text);
      case KIND_LABEL -> q.withKind(QuestionKind.OTHER).withKindLabel(text);
      case TOPIC -> q.withTopic(text);
      case GUIDANCE -> q.withGuidance(append(q.guidance(), text));
      case TAG -> q.withTags(append(q.tags(), text));
      case ACTOR_ID -> q.actors().isEmpty() ? q : q.withActors(replaceFirst(q.actors(), q.actors().get(0).withId(text)));
      case ACTOR_NAME -> q.actors().isEmpty() ? q : q.withActors(replaceFirst(q.actors(), q.actors().get(0).withName(text)));
    };
  }

  private static List<String> append(List<String> list, String text) {
    List<String> out = new ArrayList<>(list);
    out.add(text);
    return out;
  }

  private static List<Actor> replaceFirst(List<Actor> actors, Actor first) {
    List<Actor> out = new ArrayList<>(actors);
    out.set(0, first);
    return out;
  }
}
