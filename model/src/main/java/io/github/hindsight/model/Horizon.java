package io.github.hindsight.model;

/** When an objective was meant to be met, or when a consequence was felt. */
public enum Horizon {
  /** Within the event itself. */
  IMMEDIATE,
  /** In the months after. */
  SHORT_TERM,
  /** In the years after. */
  LONG_TERM;

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
  public static Horizon fromWord(String word) {
    return Words.fromWord(Horizon.class, word);
  }
}
