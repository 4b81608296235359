package io.github.hindsight.model;

/** When a perception was held, relative to the event. */
public enum Period {
  /** Held during or just after the event, with what was known then. */
  AT_THE_TIME,
  /** Held later, with evidence that came out afterwards. */
  LATER;

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
  public static Period fromWord(String word) {
    return Words.fromWord(Period.class, word);
  }
}
