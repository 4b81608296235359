package io.github.hindsight.model;

/** What became of an objective. */
public enum OutcomeStatus {
  /** The objective was met. */
  ACHIEVED,
  /** The objective was met in part. */
  PARTLY_ACHIEVED,
  /** The objective was not met. */
  NOT_ACHIEVED,
  /** The evidence does not settle it. */
  UNCLEAR,
  /** The answer depends on which reading of the actor's intent is accepted; see the outcome's readings. */
  DEPENDS_ON_READING;

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
  public static OutcomeStatus fromWord(String word) {
    return Words.fromWord(OutcomeStatus.class, word);
  }
}
