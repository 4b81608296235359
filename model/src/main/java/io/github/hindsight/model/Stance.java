package io.github.hindsight.model;

/** Where an interpretation stands on the statement a question puts, such as "the treaty was too harsh". */
public enum Stance {
  /** It agrees with the statement. */
  AGREES,
  /** It agrees in part: the statement holds, but not as far as it goes. */
  PARTLY_AGREES,
  /** It disagrees with the statement. */
  DISAGREES;

  /**
   * The lower-case word used in text formats, for example {@code partly-agrees}.
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
  public static Stance fromWord(String word) {
    return Words.fromWord(Stance.class, word);
  }
}
