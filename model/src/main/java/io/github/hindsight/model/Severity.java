package io.github.hindsight.model;

/** How serious a validation problem is. */
public enum Severity {
  /** The question is not consistent: something it refers to does not exist. */
  ERROR,
  /** The question is consistent but probably not what the author meant. */
  WARNING;

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
  public static Severity fromWord(String word) {
    return Words.fromWord(Severity.class, word);
  }
}
