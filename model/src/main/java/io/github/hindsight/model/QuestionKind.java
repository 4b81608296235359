package io.github.hindsight.model;

/** What an interpretation question asks; {@link #OTHER} with a label names any other kind. */
public enum QuestionKind {
  /** Who won, or who gained most. */
  WHO_WON,
  /** How far an actor achieved its aims. */
  HOW_FAR_AIMS_ACHIEVED,
  /** How successful a policy or actor was. */
  HOW_SUCCESSFUL,
  /** To what extent a statement holds. */
  TO_WHAT_EXTENT,
  /** How convincing an interpretation is. */
  HOW_CONVINCING,
  /** Another kind, named by the question's kind label. */
  OTHER;

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
  public static QuestionKind fromWord(String word) {
    return Words.fromWord(QuestionKind.class, word);
  }
}
