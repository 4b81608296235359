package io.github.hindsight.model;

/** What a judgement criterion measures. */
public enum Measure {
  /** How far each actor achieved its objectives, weighted by importance. */
  OBJECTIVES_ACHIEVED,
  /** How the consequences bore on each actor. */
  CONSEQUENCES,
  /** How each actor was perceived at the time. */
  PERCEPTION,
  /** How far the objectives that actors shared were achieved. */
  SHARED_OBJECTIVES,
  /** How the consequences marked as touching the balance of power bore on each actor. */
  BALANCE_OF_POWER,
  /** A measure supplied by a custom criterion, named by the criterion's custom measure. */
  CUSTOM;

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
  public static Measure fromWord(String word) {
    return Words.fromWord(Measure.class, word);
  }
}
