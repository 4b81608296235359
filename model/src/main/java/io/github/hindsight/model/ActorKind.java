package io.github.hindsight.model;

/** What sort of party an actor is. */
public enum ActorKind {
  /** A state or government. */
  STATE,
  /** An individual. */
  PERSON,
  /** An organisation, such as an alliance or a party. */
  ORGANISATION,
  /** A looser group, such as hard-liners or public opinion. */
  GROUP;

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
  public static ActorKind fromWord(String word) {
    return Words.fromWord(ActorKind.class, word);
  }
}
