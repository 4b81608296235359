package io.github.hindsight.spi.support;

import io.github.hindsight.model.ModelPath;
import java.util.List;
import java.util.Optional;

/**
 * A question or topic of a bank, by its place in the bank's list, as the first two segments of
 * a path within the bank name it: {@code questions[3]} of {@code questions[3].actors[0]}.
 *
 * @param question true for a question, false for a topic
 * @param index the place in the list, from 0
 */
record BankItem(boolean question, int index) {
  private static final ModelPath QUESTIONS = ModelPath.of("questions");
  private static final ModelPath TOPICS = ModelPath.of("topics");

  /** @return the item a path lies in, or empty if it names no question or topic */
  static Optional<BankItem> of(ModelPath path) {
    List<ModelPath.Segment> s = path.segments();
    boolean question = path.startsWith(QUESTIONS);
    if (s.size() < 2 || !(question || path.startsWith(TOPICS)) || !(s.get(1) instanceof ModelPath.Index i)) {
      return Optional.empty();
    }
    return Optional.of(new BankItem(question, i.index()));
  }

  /** @return the path of the item in a list of its own, with another index */
  ModelPath at(int index) {
    return (question ? QUESTIONS : TOPICS).index(index);
  }

  /** @return the rest of a path within the item, such as {@code actors[0]} */
  ModelPath within(ModelPath path) {
    return path.subpath(2);
  }
}
