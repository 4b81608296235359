package io.github.hindsight.model;

/**
 * The part an actor plays in a question: only the sides are ranked against each other; the
 * others appear in what followed and in how things were seen.
 */
public enum ActorRole {
  /** A side, with aims of its own, ranked against the other sides; the default. */
  SIDE,
  /** A party affected by the events, such as a population that suffered them, without a stake in the contest. */
  AFFECTED,
  /** A go-between that brokered or carried messages between the sides, such as the United Nations' Secretary-General. */
  MEDIATOR,
  /** A party that watched and judged, such as an ally or world opinion, without acting in the events. */
  OBSERVER;

  /**
   * The lower-case word used in text formats, for example {@code affected}.
   *
   * @return the word
   */
  public String word() {
    return Words.word(this);
  }

  /**
   * The constant for a word as returned by {@link #word()}.
   *
   * @param word the word
   * @return the constant
   * @throws IllegalArgumentException naming the words expected
   */
  public static ActorRole fromWord(String word) {
    return Words.fromWord(ActorRole.class, word);
  }
}
