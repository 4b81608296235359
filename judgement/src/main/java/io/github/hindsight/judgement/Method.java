package io.github.hindsight.judgement;

import io.github.hindsight.model.QuestionKind;
import java.util.Locale;
import java.util.Objects;

/**
 * How a question is answered, chosen by its {@link QuestionKind}. Every judgement scores the same
 * facts the same way; the method decides what the answer is made of and what the reports lead with.
 */
public enum Method {
  /** Who won: the sides ranked by their weighted totals, with the margin and its label. */
  CONTEST,
  /** How far, how successful: for each actor, how far its own aims were met, on the {@link Extent} scale; no winner. */
  EXTENT_OF_AIMS,
  /** How convincing, to what extent: the interpretations weighed by the evidence for and against each. */
  INTERPRETATIONS;

  /**
   * The method for a kind of question. A question of kind {@link QuestionKind#OTHER} is judged by
   * the closest method: {@link #INTERPRETATIONS} when it has interpretations and no objectives,
   * {@link #CONTEST} otherwise.
   *
   * @param kind the kind
   * @param interpretationsOnly whether the question has interpretations and no objectives
   * @return the method
   */
  public static Method of(QuestionKind kind, boolean interpretationsOnly) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case WHO_WON -> CONTEST;
      case HOW_FAR_AIMS_ACHIEVED, HOW_SUCCESSFUL -> EXTENT_OF_AIMS;
      case TO_WHAT_EXTENT, HOW_CONVINCING -> INTERPRETATIONS;
      case OTHER -> interpretationsOnly ? INTERPRETATIONS : CONTEST;
    };
  }

  /**
   * The lower-case word used in text formats.
   *
   * @return the word, such as {@code extent-of-aims}
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * What the method does, in a phrase.
   *
   * @return the phrase, such as {@code a contest between the sides}
   */
  public String describe() {
    return switch (this) {
      case CONTEST -> "a contest between the sides";
      case EXTENT_OF_AIMS -> "how far each actor met its own aims, with no winner named";
      case INTERPRETATIONS -> "the interpretations weighed by the evidence for and against each";
    };
  }
}
