package io.github.hindsight.model;

/** Whether an objective was declared by its holders or is inferred by historians. */
public enum Basis {
  /** Declared by the actors themselves. */
  STATED,
  /** Inferred by historians from what the actors did. */
  INFERRED;

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
  public static Basis fromWord(String word) {
    return Words.fromWord(Basis.class, word);
  }
}
