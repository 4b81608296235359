package io.github.hindsight.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * How one kind of value is read at the parser's current token, such as a string, a date or a
 * list of actors; the {@link Members} tables name one for each member.
 *
 * @param <V> the value
 */
@FunctionalInterface
interface ValueReader<V> {
  /**
   * Reads the value; one that cannot be read has been reported and skipped.
   *
   * @param r the reader
   * @return the value, or null if there were problems
   */
  @Nullable V read(QuestionReader r);
}
