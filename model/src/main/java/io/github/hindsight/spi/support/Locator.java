package io.github.hindsight.spi.support;

import io.github.hindsight.model.ModelPath;
import io.github.hindsight.spi.Location;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Where a model path within one {@link BankPart} was read, such as {@code questions[1].topic} or
 * {@code questions[0].actors[2]}, with the indices those of the part's own lists. A format that
 * remembers where it read each value answers with a line and column; one that does not gives the
 * document and the path's JSON pointer.
 */
@FunctionalInterface
public interface Locator {

  /**
   * Locates a model path.
   *
   * @param path a path within the part, such as {@code questions[1].topic}
   * @return where it was read, or the nearest enclosing value that was; never null
   */
  Location locate(ModelPath path);

  /**
   * A locator that knows no lines: each path becomes its JSON pointer in the named document.
   *
   * @param source the document
   * @return the locator
   */
  static Locator pointers(String source) {
    Objects.requireNonNull(source, "source");
    return new Locators.Pointers(source);
  }

  /**
   * A locator for a part whose questions and topics were read one by one, each knowing where its
   * own paths are: {@code questions[3].objectives[0]} is {@code objectives[0]} of question 3. A
   * path naming neither is located in the document alone, with the path's pointer.
   *
   * @param source the document
   * @param question the locator of the question with an index, for paths within it
   * @param topic the locator of the topic with an index, for paths within it
   * @return the locator
   */
  static Locator byItem(String source, IntFunction<Locator> question, IntFunction<Locator> topic) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(topic, "topic");
    return new Locators.ByItem(pointers(source), question, topic);
  }
}
