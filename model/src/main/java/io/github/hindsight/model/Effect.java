package io.github.hindsight.model;

/** How a consequence or a perception bears on an actor. */
public enum Effect {
  /** Good for the actor. */
  POSITIVE,
  /** Bad for the actor. */
  NEGATIVE,
  /** Good in part and bad in part. */
  MIXED,
  /** Neither good nor bad. */
  NEUTRAL;

  /**
   * The lower-case word used in text formats, for example {@code partly-achieved}.
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
  public static Effect fromWord(String word) {
    return Words.fromWord(Effect.class, word);
  }
}
