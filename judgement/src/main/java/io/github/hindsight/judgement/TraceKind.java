package io.github.hindsight.judgement;

import java.util.Locale;

/** What a trace entry is about. */
public enum TraceKind {
  /** An objective and what became of it. */
  OBJECTIVE,
  /** A consequence and its effect on the actor. */
  CONSEQUENCE,
  /** A perception of the actor. */
  PERCEPTION,
  /** An item scored by a custom criterion. */
  CUSTOM,
  /** Nothing counted for the actor on the criterion, so it is left out of the actor's total. */
  NO_BASIS;

  /**
   * The lower-case word used in text formats.
   *
   * @return the word, such as {@code no-basis}
   */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
