package io.github.hindsight.model;

/** How much an objective mattered to the actors who held it. */
public enum Importance {
  /** A secondary aim. */
  LOW,
  /** A real but not a central aim. */
  MEDIUM,
  /** A central aim. */
  HIGH;

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
  public static Importance fromWord(String word) {
    return Words.fromWord(Importance.class, word);
  }
}
